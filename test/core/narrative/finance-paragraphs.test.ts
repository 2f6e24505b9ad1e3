import { buildReport } from "../../../src/core/narrative";
import { financeLine, sheetOf } from "../fixtures/records";
import { epochDay } from "../../../src/core/grid";
import { appendixHeading } from "../../../src/core/document";
import { analysisOf, blocksText, figureRuns, sectionAt } from "./report-fixtures";

const LINES = [
  financeLine(2, "1", "Thu", 1_200_000_000, 612_500_000, { item: "Thu sự nghiệp", estimate: 1_250_000_000 }),
  financeLine(3, "1.1", "Thu", 800_000_000, 412_500_000, { item: "Thu kiểm định, hiệu chuẩn", estimate: 850_000_000 }),
  financeLine(4, "1.2", "Thu", 400_000_000, 200_000_000, { item: "Thu thử nghiệm", estimate: 400_000_000 }),
  financeLine(5, "2", "Chi", 9_000_000_000, 4_125_000_000, { item: "Chi thường xuyên", note: "Số liệu mẫu" }),
];

const WHOLE_YEAR = { from: epochDay(2021, 1, 1), to: epochDay(2021, 12, 31) };

describe("II.11 finance", () => {
  it("half-year: actual in the period (never “ước đạt”), the estimate for the year, and the Phụ lục named", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }), { lang: "vi" });
    const s = sectionAt(document, ["II.", "11."]);
    expect(blocksText(s.blocks)).toEqual([
      "Tổng thu 6 tháng đầu năm 2021 đạt 612.500.000 đồng, bằng 51,04% dự toán năm (1.200.000.000 đồng), ước thực hiện cả năm 1.250.000.000 đồng; " +
        "tổng chi 6 tháng đầu năm 2021 đạt 4.125.000.000 đồng, bằng 45,83% dự toán năm (9.000.000.000 đồng).",
      "(Có biểu thu – chi tài chính kèm theo tại Phụ lục)",
    ]);
    expect(blocksText(s.blocks).join(" ")).not.toContain("ước đạt");
    expect(s.blocks[1]).toMatchObject({ align: "center", runs: [{ italic: true }] });
    // The period's name is a figure too, keyed so that update refreshes it.
    expect(figureRuns(s.blocks)[0]).toMatchObject({ key: "period.name", text: "6 tháng đầu năm 2021" });
    const [actual, percent, plan] = figureRuns(s.blocks).filter((f) => f.key !== "period.name");
    expect(actual!.sources).toEqual([{ sheet: "Tài chính", ranges: ["E2"] }]);
    expect(plan!.sources).toEqual([{ sheet: "Tài chính", ranges: ["D2"] }]);
    expect(percent!.sources).toEqual([{ sheet: "Tài chính", ranges: ["E2", "D2"] }]);
  });

  it("half-year: the Phụ lục has lines by kind, children marked, a total after each kind and the estimate column", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }), { lang: "vi" });
    expect(document.appendices).toHaveLength(1);
    const appendix = document.appendices[0]!;
    expect(appendix.title).toBe("Biểu thu – chi tài chính 6 tháng đầu năm 2021 và ước thực hiện cả năm");
    expect(appendixHeading(document, 0)).toEqual({
      label: "Phụ lục",
      title: "BIỂU THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021 VÀ ƯỚC THỰC HIỆN CẢ NĂM",
      attached: "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
    });
    expect(blocksText(appendix.blocks)).toEqual([
      "Đơn vị tính: đồng",
      "Mã | Nội dung | Dự toán năm | Thực hiện kỳ báo cáo | Ước thực hiện cả năm | % so với dự toán | Ghi chú",
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

  it("whole year: actual figures, no estimate column nor wording when the sheet's estimates are the actual figures", () => {
    const closed = LINES.map((l) => ({ ...l, estimate: l.estimate === undefined ? undefined : l.actual }));
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", closed) }, WHOLE_YEAR), { lang: "vi" });
    const text = blocksText(sectionAt(document, ["II.", "11."]).blocks);
    expect(text[0]).toBe(
      "Tổng thu năm 2021 đạt 612.500.000 đồng, bằng 51,04% dự toán năm (1.200.000.000 đồng); tổng chi năm 2021 đạt 4.125.000.000 đồng, bằng 45,83% dự toán năm (9.000.000.000 đồng).",
    );
    const appendix = document.appendices[0]!;
    expect(appendix.title).toBe("Biểu thu – chi tài chính năm 2021");
    expect(blocksText(appendix.blocks)[1]).toBe("Mã | Nội dung | Dự toán năm | Thực hiện kỳ báo cáo | % so với dự toán | Ghi chú");
    expect(blocksText(appendix.blocks).join("\n")).not.toMatch(/[Ưư]ớc/u);
  });

  it("whole year: the sheet's estimates are shown, and said to be estimates, when they differ from the actual figures", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }, WHOLE_YEAR), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "11."]).blocks)[0]).toContain(
      "đạt 612.500.000 đồng, bằng 51,04% dự toán năm (1.200.000.000 đồng), ước thực hiện cả năm 1.250.000.000 đồng",
    );
    expect(blocksText(document.appendices[0]!.blocks)[1]).toContain("Ước thực hiện cả năm");
  });

  it("English: actual in the period, estimate for the year", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }), { lang: "en" });
    expect(blocksText(sectionAt(document, ["II.", "11."]).blocks)).toEqual([
      "Revenue in the first half of 2021 was VND 612,500,000, 51.04% of the annual plan (VND 1,200,000,000), with VND 1,250,000,000 estimated for the year; " +
        "expenditure in the first half of 2021 was VND 4,125,000,000, 45.83% of the annual plan (VND 9,000,000,000).",
      "(The revenue and expenditure table is attached in the Appendix)",
    ]);
  });

  it("cites the report number, under ten with a leading zero, in the “Kèm theo” line", () => {
    const { document } = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }, { number: "7" }), { lang: "vi" });
    expect(appendixHeading(document, 0).attached).toBe("(Kèm theo Báo cáo số 07/BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)");
    const numbered = buildReport(analysisOf({ finance: sheetOf("finance", LINES) }, { number: "125", issueDate: epochDay(2021, 7, 5) }), { lang: "vi" });
    expect(appendixHeading(numbered.document, 0).attached).toBe("(Kèm theo Báo cáo số 125/BC-SKHCN ngày 05 tháng 7 năm 2021 của Sở Khoa học và Công nghệ)");
  });

  it("says the sheet is empty and attaches nothing when there is no line", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "11."]).blocks)).toEqual([
      "Chưa có số liệu thu – chi tài chính của kỳ báo cáo (trang Tài chính không có dòng số liệu nào dùng được).",
    ]);
    expect(document.appendices).toEqual([]);
  });
});
