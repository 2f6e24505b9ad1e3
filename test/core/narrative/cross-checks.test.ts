import { paragraph, placeholder } from "../../../src/core/document";
import { buildReport } from "../../../src/core/narrative";
import { issueMessage } from "../../../src/core/issues";
import { calibration, d, lot, sheetOf, task } from "../fixtures/records";
import { analysisOf, narrativeSheet, sectionAt, tasksIn } from "./report-fixtures";
import { paramsOf } from "../../support/issue-params";

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
    expect(found.map((i) => [i.cell, paramsOf(i).phrase])).toEqual([
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
    expect(found.map((i) => [paramsOf(i).section, paramsOf(i).phrase, paramsOf(i).periodName])).toEqual([
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
  const build = (emptySections?: "placeholder" | "omit", lang: "vi" | "en" = "vi") =>
    buildReport(analysisOf({ narrative: narrativeSheet([["II.3", "Có nội dung."]]) }), { lang, ...(emptySections ? { emptySections } : {}) });

  it("warns once, naming every leaf with neither computed content nor text", () => {
    const { issues } = build();
    const empty = issues.filter((i) => i.code === "report-section-empty");
    expect(empty).toHaveLength(1);
    const [warning] = empty;
    expect([warning?.sheet, warning?.cell]).toEqual(["Nội dung", undefined]);
    const keys = String(warning?.params.keys).split(", ");
    // Computed sections, parts with children and sections with text are not empty.
    for (const full of ["II.2", "II.3", "II.5", "II.6", "II.6.1", "II.9", "II.11", "II", "III", "III.3"]) expect(keys).not.toContain(full);
    expect(keys).toEqual([
      "I",
      "II.1",
      "II.4",
      "II.6.2",
      "II.7",
      "II.8",
      "II.10",
      "III.1",
      "III.2",
      "III.3.1",
      "III.3.2",
      "III.3.3",
      "III.4",
      "III.5",
      "III.6",
      "III.7",
      "III.8",
      "III.9",
    ]);
    expect(warning?.params.count).toBe(18);
    expect(String(warning?.params.sections)).toContain("II.10 “Công tác khác.”; III.1 “Công tác quản lý các nhiệm vụ khoa học và công nghệ.”");
    expect(issueMessage(warning!, "vi")).toMatch(/^18 mục chưa có nội dung: I “ĐÁNH GIÁ CHUNG”; II\.1 “Công tác tham mưu\.”; /u);
    expect(issueMessage(warning!, "en")).toMatch(/^18 section\(s\) have no content: I /u);
  });

  it("prints a highlighted placeholder with a comment saying what to write, by default", () => {
    const { document } = build();
    expect(sectionAt(document, ["II.", "10."])).toEqual({
      number: "10.",
      heading: "Công tác khác.",
      blocks: [
        paragraph(
          placeholder(
            "[Nội dung mục này chưa được nhập.]",
            "Mục II.10 “Công tác khác.” chưa có nội dung. Hãy viết kết quả thực hiện 6 tháng đầu năm 2021 (việc đã làm, số liệu, văn bản đã ban hành) thay cho dòng đánh dấu này, rồi xoá ghi chú. Lần sau có thể nhập trước ở trang Nội dung, cột Mục ghi “II.10”.",
          ),
        ),
      ],
      sections: [],
    });
    const plan = sectionAt(document, ["III.", "9."]).blocks[0];
    expect(plan?.kind === "paragraph" && plan.runs[0]?.kind === "text" ? plan.runs[0].placeholder?.comment : undefined).toContain(
      "phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    );
    const en = sectionAt(build(undefined, "en").document, ["II.", "10."]).blocks[0];
    expect(en?.kind === "paragraph" ? en.runs.map((r) => r.kind === "text" && r.text) : []).toEqual(["[This section has not been written yet.]"]);
  });

  it("leaves empty sections out when asked, closing the numbers up", () => {
    const { document, issues } = build("omit");
    // Part I (empty) and part III (all its sections empty) are left out; part II becomes I.
    expect(document.sections.map((s) => s.number)).toEqual(["I."]);
    const [results] = document.sections;
    expect(results?.number).toBe("I.");
    expect(results?.heading).toBe("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021");
    expect(results?.sections.map((s) => [s.number, s.heading])).toEqual([
      ["1.", "Công tác nghiên cứu khoa học và phát triển công nghệ."],
      ["2.", "Công tác quản lý công nghệ và an toàn bức xạ hạt nhân."],
      ["3.", "Công tác thông tin, thống kê khoa học và công nghệ."],
      ["4.", "Công tác tiêu chuẩn đo lường chất lượng."],
      ["5.", "Hoạt động sự nghiệp."],
      ["6.", "Kết quả thu – chi tài chính."],
    ]);
    expect(results?.sections[3]?.sections.map((s) => s.number)).toEqual(["4.1."]);
    // The warning still names them by the keys the clerk types.
    expect(issues.filter((i) => i.code === "report-section-empty").map((i) => paramsOf(i).count)).toEqual([18]);
  });
});

describe("cross-checks: figures in the text", () => {
  const accepted = (rows: ReadonlyArray<readonly [string, string]>) =>
    buildReport(
      analysisOf({
        narrative: narrativeSheet(rows),
        tasks: sheetOf("tasks", tasksIn("Y dược", 3, 2, { status: "Đã nghiệm thu", acceptedOn: d("2021-03-26") })),
      }),
      { lang: "vi" },
    ).issues.filter((i) => i.code === "report-figure-computed");

  it("compares a count of accepted tasks in the tasks section with the Nhiệm vụ sheet", () => {
    expect(accepted([["II.2", "Tổ chức nghiệm thu 03 đề tài, dự án."]])).toEqual([]);
    expect(accepted([["II.2", "Tổ chức nghiệm thu 04 đề tài, dự án."]]).map((i) => [i.cell, i.params])).toEqual([
      ["B2", { section: "II.2", phrase: "04 đề tài", figure: "tasks-accepted", sheet: "Nhiệm vụ", computed: 3 }],
    ]);
  });

  it("leaves a computed zero to the zero-figure warning, once", () => {
    const issues = buildReport(analysisOf({ narrative: narrativeSheet([["II.2", "Tổ chức nghiệm thu 03 đề tài, dự án."]]) }), { lang: "vi" }).issues;
    expect(issues.filter((i) => i.cell === "B2").map((i) => i.code)).toEqual(["report-zero-with-text"]);
    // Tasks managed but none accepted: the count of accepted tasks is compared.
    const managed = buildReport(
      analysisOf({ narrative: narrativeSheet([["II.2", "Tổ chức nghiệm thu 03 đề tài, dự án."]]), tasks: sheetOf("tasks", [task(2)]) }),
      { lang: "vi" },
    ).issues;
    expect(managed.filter((i) => i.cell === "B2").map((i) => [i.code, paramsOf(i).computed])).toEqual([["report-figure-computed", 0]]);
  });

  it("does not compare plans for the next period, or another section's text, with the period's figures", () => {
    expect(
      accepted([
        ["III.1", "Tổ chức nghiệm thu 05 đề tài trong 6 tháng cuối năm 2021."],
        ["II.4", "Tổ chức nghiệm thu 02 đề tài về sở hữu trí tuệ."],
      ]),
    ).toEqual([]);
  });

  it("checks the arithmetic of any section, the next period's too", () => {
    const found = buildReport(
      analysisOf({
        narrative: narrativeSheet([["III.4", "Tổ chức 06 Hội nghị tập huấn tại 05 huyện (Đình Lập, Văn Lãng, Tràng Định, Văn Quan, Cao Lộc, Bình Gia)."]]),
      }),
      {
        lang: "vi",
      },
    ).issues.filter((i) => i.code === "report-figure-list");
    expect(found.map((i) => [i.cell, i.params])).toEqual([["B2", { section: "III.4", phrase: "05 huyện", items: 6 }]]);
  });
});
