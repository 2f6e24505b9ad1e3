jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { docxBodyText } from "../../support/docx-text";
import { parseProvenance } from "../../../src/core/living";
import { insertMessage, insertWordReport, readWorkbookBytes } from "../../../src/taskpane/word";
import { MISTAKES_BYTES, noPause, SAMPLE_BYTES, wordPaneHost } from "./word-fixtures";

const BEFORE = ["Thư mời họp giao ban tháng 7", "Nội dung cuộc họp: đánh giá kết quả 6 tháng."];
const paragraphs = async (bytes: Uint8Array) => (await docxBodyText(bytes)).split("\n").filter((l) => l.trim().length > 0);

describe("insertWordReport", () => {
  it("writes the reference sample's report and puts it after what the document holds", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1", "1.2", "1.3", "1.4", "1.5"], paragraphs: BEFORE });
    const { analysis } = await readWorkbookBytes(SAMPLE_BYTES, () => undefined, noPause);
    const result = await insertWordReport(host, analysis, { lang: "vi", where: "end", force: false });
    if (result.kind !== "inserted") throw new Error(`expected inserted, got ${result.kind}`);
    expect(result.fileName).toBe("bao-cao-6-thang-dau-nam-2021.docx");
    const report = await paragraphs(result.bytes);
    expect(report).toContain("BÁO CÁO");
    expect(mock.state.paragraphs).toEqual([...BEFORE, ...report]);
    expect(result).toMatchObject({ where: "end", keptLayout: true, recorded: true, leftOut: 0 });
    // The report's record went in beside it, so that Cập nhật số liệu knows the report.
    expect(mock.state.parts.map((p) => parseProvenance(p.xml)?.period)).toEqual(["6 tháng đầu năm 2021"]);
    expect(insertMessage(result, "vi")).toEqual({
      intent: result.warnings > 0 ? "warning" : "success",
      lines: expect.arrayContaining(["Đã chèn báo cáo vào cuối văn bản, sau nội dung cũ."]),
    });
  });

  it("blocks a workbook with errors, listing them, and inserts when forced, leaving their rows out", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1"], paragraphs: BEFORE });
    const { analysis } = await readWorkbookBytes(MISTAKES_BYTES, () => undefined, noPause);
    const blocked = await insertWordReport(host, analysis, { lang: "vi", where: "start", force: false });
    if (blocked.kind !== "blocked") throw new Error(`expected blocked, got ${blocked.kind}`);
    expect(blocked.errors.length).toBeGreaterThan(0);
    expect(blocked.errors.every((i) => i.severity === "error")).toBe(true);
    expect(mock.calls).toEqual([]);
    expect(mock.state.paragraphs).toEqual(BEFORE);

    const forced = await insertWordReport(host, analysis, { lang: "vi", where: "start", force: true });
    if (forced.kind !== "inserted") throw new Error(`expected inserted, got ${forced.kind}`);
    expect(forced.leftOut).toBe(blocked.errors.length);
    expect(forced.keptLayout).toBe(false);
    const report = await paragraphs(forced.bytes);
    expect(mock.state.paragraphs).toEqual([...report, ...BEFORE]);
    const message = insertMessage(forced, "en");
    expect(message.intent).toBe("warning");
    expect(message.lines[1]).toMatch(/page header, paper size and margins may not be kept/);
    // Word 1.1 keeps no custom XML part: the clerk is told the report cannot be updated in place.
    expect(forced.recorded).toBe(false);
    expect(message.lines[2]).toMatch(/“Update figures” will not work on the report just inserted/);
    expect(mock.state.parts).toEqual([]);
  });

  it("keeps the report's bytes for the download when Word refuses a new document", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1", "1.2", "1.3"], paragraphs: BEFORE, failWith: "NotAllowed" });
    const { analysis } = await readWorkbookBytes(SAMPLE_BYTES, () => undefined, noPause);
    const result = await insertWordReport(host, analysis, { lang: "vi", where: "new-document", force: false });
    if (result.kind !== "not-inserted") throw new Error(`expected not-inserted, got ${result.kind}`);
    expect(result.problem).toEqual({ code: "not-allowed", method: "new-document", errorCode: "NotAllowed" });
    expect(await paragraphs(result.bytes)).toContain("BÁO CÁO");
    expect(mock.state.paragraphs).toEqual(BEFORE);
    expect(insertMessage(result, "vi").lines[0]).toMatch(/tải tệp \.docx về/);
  });
});
