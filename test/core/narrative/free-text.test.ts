import { buildReport, inlineFootnoteRuns } from "../../../src/core/narrative";
import { footnote, text } from "../../../src/core/document";
import { toRuns } from "../../../src/core/document";
import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { analyseData } from "../../../src/core/analyse";
import { analysisOf, blocksText, narrativeSheet, REFERENCE_SETTINGS, sectionAt } from "./report-fixtures";

describe("inline footnotes", () => {
  it("turns [^ note] into a footnote where it stands, the space before it dropped", () => {
    expect(toRuns(inlineFootnoteRuns("hồ sơ của 30 [^ Dự án A; Dự án B.] dự án đầu tư."))).toEqual([
      text("hồ sơ của 30"),
      footnote("Dự án A; Dự án B."),
      text(" dự án đầu tư."),
    ]);
  });

  it("handles several notes, a note at the end, an empty note and an unclosed marker", () => {
    expect(toRuns(inlineFootnoteRuns("A[^1] B[^2]"))).toEqual([text("A"), footnote("1"), text(" B"), footnote("2")]);
    expect(toRuns(inlineFootnoteRuns("A [^  ] B"))).toEqual([text("A B")]);
    expect(toRuns(inlineFootnoteRuns("A [^ chưa đóng"))).toEqual([text("A [^ chưa đóng")]);
    expect(toRuns(inlineFootnoteRuns("[1] không phải ghi chú"))).toEqual([text("[1] không phải ghi chú")]);
  });
});

describe("free text", () => {
  it("places each row in its section in sheet order, trimmed, empty rows skipped, keys matched loosely", () => {
    const narrative = narrativeSheet([
      ["II.3", "  Đoạn thứ nhất.  "],
      ["I", "Đánh giá chung."],
      ["ii.3.", "Đoạn thứ hai [^ Ghi chú.] tiếp."],
      ["II.3", "   "],
      ["II. 6.2", "Đo lường."],
    ]);
    const { document } = buildReport(analysisOf({ narrative }), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "3."]).blocks)).toEqual(["Đoạn thứ nhất.", "Đoạn thứ hai[^Ghi chú.] tiếp."]);
    expect(blocksText(sectionAt(document, ["I."]).blocks)).toEqual(["Đánh giá chung."]);
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.2."]).blocks)).toEqual(["Đo lường."]);
  });

  it("warns of a key the outline does not know, pointing at the Mục cell, and leaves the row out", () => {
    const narrative = narrativeSheet([
      ["II.3", "Giữ."],
      ["II.12", "Lạc mục."],
    ]);
    const { document, issues } = buildReport(analysisOf({ narrative }), { lang: "vi" });
    const unknown = issues.filter((i) => i.code === "section-unknown");
    expect(unknown).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Nội dung", cell: "A3", row: 3, params: expect.objectContaining({ section: "II.12" }) }),
    ]);
    expect(String(unknown[0]!.params.known)).toMatch(/^I, II, II\.1, .*III\.9$/);
    expect(JSON.stringify(document)).not.toContain("Lạc mục");
  });

  it("leaves out rows an error names", () => {
    const narrative = narrativeSheet([
      ["II.3", "Hàng lỗi."],
      ["II.3", "Hàng tốt."],
    ]);
    const data = { settings: { values: REFERENCE_SETTINGS, cells: {} }, narrative };
    const analysis = analyseData(
      data,
      [issue(IssueCode.ControlCharsRemoved, Severity.Error, { sheet: "Nội dung", cell: "B2", row: 2 }, { column: "Nội dung", count: 1 })],
      ["Nội dung"],
    );
    const { document } = buildReport(analysis, { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "3."]).blocks)).toEqual(["Hàng tốt."]);
  });

  it("keeps the Vietnamese text as typed in an English report", () => {
    const narrative = narrativeSheet([["II.3", "Thẩm định cấp 09 Giấy phép."]]);
    const { document } = buildReport(analysisOf({ narrative }), { lang: "en" });
    expect(blocksText(sectionAt(document, ["II.", "3."]).blocks)).toEqual(["Thẩm định cấp 09 Giấy phép."]);
  });
});
