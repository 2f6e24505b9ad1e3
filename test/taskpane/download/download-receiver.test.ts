import { DownloadReceiver, safeFileName } from "../../../src/taskpane/download/download-receiver";
import { downloadText } from "../../../src/taskpane/download/download-text";
import { fileChunks, toBase64 } from "../../../src/taskpane/save";

describe("the download dialog's receiver", () => {
  it("counts chunks as they come, then gives the file", () => {
    const data = Uint8Array.from({ length: 40_000 }, (_, i) => i % 251);
    const receiver = new DownloadReceiver();
    const states = fileChunks(toBase64(data), "bao-cao.docx").map((c) => receiver.accept(JSON.stringify(c)));
    expect(states.slice(0, -1)).toEqual([
      { kind: "waiting", received: 1, total: 4 },
      { kind: "waiting", received: 2, total: 4 },
      { kind: "waiting", received: 3, total: 4 },
    ]);
    expect(states.at(-1)).toEqual({ kind: "ready", name: "bao-cao.docx", bytes: data });
  });

  it("ignores what is not a chunk and reports a damaged file", () => {
    const receiver = new DownloadReceiver();
    expect(receiver.accept('{"kind":"ready"}')).toBeUndefined();
    expect(receiver.accept(JSON.stringify({ kind: "file", name: "a.docx", index: 0, total: 1, data: "@@@@" }))).toEqual({ kind: "broken" });
  });

  it("keeps the file name free of paths and control characters", () => {
    expect(safeFileName("../../bao-cao.docx")).toBe("..-..-bao-cao.docx");
    expect(safeFileName("a\u0000b:c.docx")).toBe("a-b-c.docx");
    expect(safeFileName("  ")).toBe("bao-cao.docx");
    expect(safeFileName("bao-cao-6-thang-dau-nam-2021.docx")).toBe("bao-cao-6-thang-dau-nam-2021.docx");
  });

  it("names its save button as the contract says", () => {
    expect(downloadText("vi").save).toBe("Lưu tệp");
    expect(downloadText("vi").waiting(2, 5)).toBe("Đang nhận tệp (2/5)…");
  });
});
