import { buildReport } from "../../../src/core/narrative";
import { issueMessage } from "../../../src/core/issues";
import { calibration, d, lot, sheetOf, task } from "../fixtures/records";
import { analysisOf, narrativeSheet, sectionAt } from "./report-fixtures";

function issuesFor(rows: ReadonlyArray<readonly [string, string]>, code: string, settings = {}) {
  return buildReport(analysisOf({ narrative: narrativeSheet(rows) }, settings), { lang: "vi" }).issues.filter((i) => i.code === code);
}

describe("cross-checks: the year of a period named in the text", () => {
  it("flags the reference's “Trong 6 tháng đầu năm 2020” in a 2021 report, on its cell", () => {
    const found = issuesFor([["I", "Trong 6 tháng đầu năm 2020, bên cạnh việc thực hiện tốt công tác phòng chống dịch."]], "report-year-mismatch");
    expect(found).toEqual([
      {
        code: "report-year-mismatch",
        severity: "warning",
        sheet: "Nội dung",
        cell: "B2",
        row: 2,
        params: { section: "I", phrase: "6 tháng đầu năm 2020", periodName: "6 tháng đầu năm 2021" },
      },
    ]);
    expect(issueMessage(found[0]!, "vi")).toBe("Mục I viết “6 tháng đầu năm 2020” nhưng báo cáo là về 6 tháng đầu năm 2021. Hãy kiểm tra lại năm.");
  });

  it("flags quarters and other halves, and does not flag dates, spans or a year alone", () => {
    const rows: Array<readonly [string, string]> = [
      ["II.1", "Kế hoạch số 201/KH-UBND ngày 23/12/2020 về Hỗ trợ hệ sinh thái khởi nghiệp giai đoạn 2021 – 2025."],
      ["II.4", "Nghiệm thu 02 nhiệm vụ thuộc chương trình phát triển tài sản trí tuệ giai đoạn 2016-2020."],
      ["II.5", "Xây dựng báo cáo thống kê kết quả thực hiện nhiệm vụ KHCN năm 2020."],
      ["II.8", "Kết quả quý I năm 2020 và 6 tháng cuối năm 2020; quý II năm 2021 đúng."],
    ];
    const found = issuesFor(rows, "report-year-mismatch");
    expect(found.map((i) => [i.cell, i.params.phrase])).toEqual([
      ["B5", "quý I năm 2020"],
      ["B5", "6 tháng cuối năm 2020"],
    ]);
  });

  it("expects the next period's year in the part about the next period", () => {
    const rows: Array<readonly [string, string]> = [
      ["III.1", "Tổ chức nghiệm thu trong 6 tháng đầu năm 2022."],
      ["III.2", "Tiếp tục như 6 tháng cuối năm 2021."],
      ["II.1", "Trong 6 tháng cuối năm 2021 đã làm."],
    ];
    const found = issuesFor(rows, "report-year-mismatch", { from: d("2021-07-01"), to: d("2021-12-31") });
    expect(found.map((i) => [i.params.section, i.params.phrase, i.params.periodName])).toEqual([
      ["III.2", "6 tháng cuối năm 2021", "6 tháng đầu năm 2022"],
    ]);
  });
});

describe("cross-checks: a zero figure where the text reports activity", () => {
  it("flags lots, tasks and calibrations at zero with text that counts them", () => {
    const found = issuesFor(
      [
        ["II.6.1", "Cấp đăng ký kiểm tra cho 45 lô hàng đồ chơi."],
        ["II.2", "Tổ chức nghiệm thu 03 đề tài, dự án."],
        ["II.9", "Quản lý phòng kiểm định - hiệu chuẩn theo ISO/IEC 17025:2017."],
        ["II.9", "Kiểm định cột đo xăng dầu 132 cột."],
      ],
      "report-zero-with-text",
    );
    expect(found.map((i) => [i.cell, i.params])).toEqual([
      ["B2", { section: "II.6.1", figure: "Lô hàng", phrase: "45 lô" }],
      ["B3", { section: "II.2", figure: "Nhiệm vụ", phrase: "nghiệm thu 03" }],
      ["B5", { section: "II.9", figure: "Kiểm định", phrase: "Kiểm định cột đo xăng dầu 132" }],
    ]);
  });

  it("does not flag when the figure is not zero", () => {
    const narrative = narrativeSheet([
      ["II.6.1", "Cấp đăng ký kiểm tra cho 45 lô hàng."],
      ["II.2", "Tổ chức nghiệm thu 03 đề tài."],
      ["II.9", "Kiểm định 132 cột."],
    ]);
    const analysis = analysisOf({
      narrative,
      lots: sheetOf("lots", [lot(2)]),
      tasks: sheetOf("tasks", [task(2)]),
      calibrations: sheetOf("calibrations", [calibration(2)]),
    });
    expect(buildReport(analysis, { lang: "vi" }).issues.filter((i) => i.code === "report-zero-with-text")).toEqual([]);
  });
});

describe("cross-checks: empty sections", () => {
  it("warns of each leaf with neither computed content nor text, and keeps its heading with no blocks", () => {
    const { document, issues } = buildReport(analysisOf({ narrative: narrativeSheet([["II.3", "Có nội dung."]]) }), { lang: "vi" });
    const empty = issues.filter((i) => i.code === "report-section-empty");
    expect(empty).toContainEqual({ code: "report-section-empty", severity: "warning", sheet: "Nội dung", params: { section: "II.10", heading: "Công tác khác." } });
    const flagged = empty.map((i) => i.params.section);
    // Computed sections, parts with children and sections with text are not empty.
    for (const full of ["II.2", "II.3", "II.5", "II.6", "II.6.1", "II.9", "II.11", "II", "III", "III.3"]) expect(flagged).not.toContain(full);
    expect(flagged).toContain("I");
    expect(flagged).toContain("III.3.2");
    expect(sectionAt(document, ["II.", "10."])).toEqual({ number: "10.", heading: "Công tác khác.", blocks: [], sections: [] });
  });
});
