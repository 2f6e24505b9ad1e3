import { DownloadReceiver, safeFileName } from "../../../src/taskpane/download/download-receiver";
import { downloadText } from "../../../src/taskpane/download/download-text";
import { CHUNK_LIMIT, fileChunks, toBase64 } from "../../../src/taskpane/save";

const PANE = "https://localhost:3000";

describe("the download dialog's receiver", () => {
  it("counts chunks as they come, then gives the file", () => {
    const data = Uint8Array.from({ length: 40_000 }, (_, i) => i % 251);
    const receiver = new DownloadReceiver(PANE);
    const states = fileChunks(toBase64(data), "bao-cao.docx").map((c) => receiver.accept(JSON.stringify(c), PANE));
    expect(states.slice(0, -1)).toEqual([
      { kind: "waiting", received: 1, total: 4 },
      { kind: "waiting", received: 2, total: 4 },
      { kind: "waiting", received: 3, total: 4 },
    ]);
    expect(states.at(-1)).toEqual({ kind: "ready", name: "bao-cao.docx", bytes: data });
  });

  it("ignores what is not a chunk and reports a damaged file", () => {
    const receiver = new DownloadReceiver(PANE);
    expect(receiver.accept('{"kind":"ready"}', PANE)).toBeUndefined();
    expect(receiver.accept(JSON.stringify({ kind: "file", name: "a.docx", index: 0, total: 1, data: "@@@@" }), PANE)).toEqual({
      kind: "broken",
      problem: "damaged",
    });
  });

  it("takes chunks only from its own origin (or a host that reports none)", () => {
    const chunk = JSON.stringify(fileChunks("AAAA", "a.docx")[0]);
    expect(new DownloadReceiver(PANE).accept(chunk, "https://evil.example")).toBeUndefined();
    expect(new DownloadReceiver(PANE).accept(chunk, "http://localhost:3000")).toBeUndefined();
    expect(new DownloadReceiver(PANE).accept(chunk, PANE)).toEqual({ kind: "ready", name: "a.docx", bytes: new Uint8Array([0, 0, 0]) });
    expect(new DownloadReceiver(PANE).accept(chunk, undefined)).toMatchObject({ kind: "ready" });
  });

  it("refuses a chunk claiming 200,000,000 chunks, or an over-long chunk, with a clear state and no allocation", () => {
    const receiver = new DownloadReceiver(PANE);
    const huge = { kind: "file", name: "a.docx", index: 0, total: 200_000_000, data: "A".repeat(CHUNK_LIMIT) };
    expect(receiver.accept(JSON.stringify(huge), PANE)).toEqual({ kind: "broken", problem: "too-large" });
    expect(receiver.accept(JSON.stringify({ ...huge, total: 2, data: "A".repeat(CHUNK_LIMIT + 4) }), PANE)).toEqual({ kind: "broken", problem: "too-large" });
    expect(receiver.accept(JSON.stringify({ ...huge, total: 2, data: "AAAA" }), PANE)).toEqual({ kind: "broken", problem: "inconsistent" });
    expect(downloadText("en").tooLarge).toMatch(/20 MB/);
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
