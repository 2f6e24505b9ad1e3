import { buildReport } from "../../../src/core/narrative";
import { financeLine, sheetOf } from "../fixtures/records";
import { analysisOf, blocksText, figureRuns, sectionAt } from "./report-fixtures";

const LINES = [
  financeLine(2, "1", "Thu", 1_200_000_000, 612_500_000, { item: "Thu sự nghiệp", estimate: 1_250_000_000 }),
  financeLine(3, "1.1", "Thu", 800_000_000, 412_500_000, { item: "Thu kiểm định, hiệu chuẩn", estimate: 850_000_000 }),
  financeLine(4, "1.2", "Thu", 400_000_000, 200_000_000, { item: "Thu thử nghiệm", estimate: 400_000_000 }),
  financeLine(5, "2", "Chi", 9_000_000_000, 4_125_000_000, { item: "Chi thường xuyên", note: "Số liệu mẫu" }),
];

describe("II.11 finance", () => {
  it("sums revenue and expenditure against the plan, centred note below", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }), { lang: "vi" });
    const s = sectionAt(document, ["II.", "11."]);
    expect(blocksText(s.blocks)).toEqual([
      "Tổng thu 6 tháng đầu năm 2021 ước đạt 612.500.000 đồng, bằng 51,04% dự toán năm (1.200.000.000 đồng); " +
        "tổng chi ước đạt 4.125.000.000 đồng, bằng 45,83% dự toán năm (9.000.000.000 đồng).",
      "(Có biểu ước thu – chi tài chính kèm theo)",
    ]);
    expect(s.blocks[1]).toMatchObject({ align: "center", runs: [{ italic: true }] });
    const [actual, percent, plan] = figureRuns(s.blocks);
    expect(actual!.sources).toEqual([{ sheet: "Tài chính", ranges: ["E2"] }]);
    expect(plan!.sources).toEqual([{ sheet: "Tài chính", ranges: ["D2"] }]);
    expect(percent!.sources).toEqual([{ sheet: "Tài chính", ranges: ["E2", "D2"] }]);
  });

  it("attaches the table: lines by kind, children marked, a total after each kind", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }), { lang: "vi" });
    expect(document.appendices).toHaveLength(1);
    const appendix = document.appendices[0]!;
    expect(appendix.title).toBe("Biểu ước thu – chi tài chính 6 tháng đầu năm 2021");
    expect(appendix.subtitle).toBe("(Kèm theo Báo cáo số       /BC-SKHCN ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2021 của Sở Khoa học và Công nghệ)");
    expect(blocksText(appendix.blocks)).toEqual([
      "Đơn vị tính: đồng",
      "Mã | Nội dung | Dự toán năm | Thực hiện kỳ báo cáo | Ước cả năm | % so với dự toán | Ghi chú",
      "1 | Thu sự nghiệp | 1.200.000.000 | 612.500.000 | 1.250.000.000 | 51,04% | ",
      "1.1 | - Thu kiểm định, hiệu chuẩn | 800.000.000 | 412.500.000 | 850.000.000 | 51,56% | ",
      "1.2 | - Thu thử nghiệm | 400.000.000 | 200.000.000 | 400.000.000 | 50,00% | ",
      " | Tổng thu | 1.200.000.000 | 612.500.000 | 1.250.000.000 | 51,04% | ",
      "2 | Chi thường xuyên | 9.000.000.000 | 4.125.000.000 |  | 45,83% | Số liệu mẫu",
      " | Tổng chi | 9.000.000.000 | 4.125.000.000 |  | 45,83% | ",
    ]);
    // A line's figures point at its own cells.
    const cells = figureRuns(appendix.blocks).map((f) => f.sources[0]?.ranges.join(","));
    expect(cells.slice(0, 3)).toEqual(["D2", "E2", "F2"]);
  });

  it("cites the report number once it has one", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }, { number: "125" }), { lang: "vi" });
    expect(document.appendices[0]!.subtitle).toBe("(Kèm theo Báo cáo số 125/BC-SKHCN ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2021 của Sở Khoa học và Công nghệ)");
  });

  it("says the sheet is empty and attaches nothing when there is no line", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "11."]).blocks)).toEqual([
      "Chưa có số liệu thu – chi tài chính của kỳ báo cáo (trang Tài chính không có dòng số liệu nào dùng được).",
    ]);
    expect(document.appendices).toEqual([]);
  });
});
