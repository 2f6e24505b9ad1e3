import { analyseWorkbook, type Analysis } from "../../../src/core/analyse";
import { documentText } from "../../../src/core/document";
import { gridSource } from "../../../src/core/grid";
import { issue } from "../../../src/core/issues";
import { buildReport } from "../../../src/core/narrative";
import type { Outline } from "../../../src/core/outline";
import { d, financeLine, lot, sheetOf, task } from "../fixtures/records";
import { analysisOf, blocksText, narrativeSheet, sectionAt } from "./report-fixtures";

describe("buildReport", () => {
  it("refuses an analysis without a summary, saying why", () => {
    const analysis: Analysis = { ...analysisOf(), summary: undefined };
    expect(() => buildReport(analysis, { lang: "vi" })).toThrow(/analysis\.summary/);
  });

  it("numbers the default outline from position: no number twice in a part", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(document.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      "I. ĐÁNH GIÁ CHUNG",
      "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021",
    ]);
    expect(sectionAt(document, ["II."]).sections.map((s) => s.number)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11."]);
    expect(sectionAt(document, ["III."]).sections.map((s) => s.number)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]);
    expect(sectionAt(document, ["III.", "3."]).sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      "3.1. Công tác Sở hữu trí tuệ.",
      "3.2. Công tác Sáng kiến.",
      "3.3. Các Cuộc thi Sáng tạo kỹ thuật.",
    ]);
  });

  it("names the periods in the part headings: after the second half of 2021 comes the first half of 2022", () => {
    const { document } = buildReport(analysisOf({}, { from: d("2021-07-01"), to: d("2021-12-31") }), { lang: "vi" });
    expect(document.sections.map((s) => s.heading)).toEqual([
      "ĐÁNH GIÁ CHUNG",
      "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021",
      "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2022",
    ]);
  });

  it("follows a department's own outline: numbers from position, keys of its own, computed content where it says", () => {
    const outline: Outline = {
      parts: [
        {
          key: "KQ",
          heading: { vi: "Kết quả {period}", en: "Results in {period}" },
          children: [
            { key: "LO", heading: { vi: "Hàng nhập khẩu.", en: "Imports." }, computed: "lots" },
            { key: "KHAC", heading: { vi: "Việc khác năm {year}.", en: "Other work in {year}." } },
          ],
        },
        { key: "CHUNG", heading: { vi: "Đánh giá chung", en: "Overview" } },
      ],
    };
    const narrative = narrativeSheet([
      ["khac", "Việc khác."],
      ["CHUNG", "Tốt."],
      ["II.1", "Mục cũ."],
    ]);
    const { document, issues } = buildReport(
      analysisOf({ narrative, lots: sheetOf("lots", [lot(2)]), finance: sheetOf("finance", [financeLine(2, "1", "Thu", 1, 1)]) }),
      {
        lang: "vi",
        outline,
      },
    );
    expect(document.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(["I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2021", "II. ĐÁNH GIÁ CHUNG"]);
    expect(sectionAt(document, ["I."]).sections.map((s) => `${s.number} ${s.heading}`)).toEqual(["1. Hàng nhập khẩu.", "2. Việc khác năm 2021."]);
    expect(blocksText(sectionAt(document, ["I.", "1."]).blocks)[0]).toMatch(/^Công tác kiểm tra chất lượng hàng hóa nhập khẩu: .*: 01 lô/);
    expect(blocksText(sectionAt(document, ["I.", "2."]).blocks)).toEqual(["Việc khác."]);
    expect(blocksText(sectionAt(document, ["II."]).blocks)).toEqual(["Tốt."]);
    expect(issues.filter((i) => i.code === "section-unknown").map((i) => i.params)).toEqual([{ section: "II.1", known: "KQ, LO, KHAC, CHUNG" }]);
    // No finance section in this outline: no finance appendix either.
    expect(document.appendices).toEqual([]);
  });

  it("writes the same report in English for partners", () => {
    const tasks = [
      task(2, { field: "Nông nghiệp và phát triển nông thôn" }),
      task(3),
      task(4, { status: "Đã nghiệm thu", acceptedOn: d("2021-03-01"), title: "Đề tài A" }),
    ];
    const analysis = analysisOf({ tasks: sheetOf("tasks", tasks), lots: sheetOf("lots", [lot(2), lot(3, { group: "Đồ chơi trẻ em" })]) });
    const { document } = buildReport(analysis, { lang: "en" });
    expect(document.language).toBe("en");
    expect(document.header).toMatchObject({
      parentAgency: "People's Committee of Lang Son Province",
      agency: "Department of Science and Technology",
      place: "Lang Son",
    });
    expect(document.subject).toBe("Results of science and technology activities in the first half of 2021 and directions for the second half of 2021");
    expect(document.sections.map((s) => s.heading)).toEqual([
      "GENERAL ASSESSMENT",
      "RESULTS IN THE FIRST HALF OF 2021",
      "DIRECTIONS AND TASKS FOR THE SECOND HALF OF 2021",
    ]);
    expect(blocksText(sectionAt(document, ["II.", "2."]).blocks)).toEqual([
      "3 tasks (research projects) were managed: agriculture and rural development 1; medicine and pharmacy 2. 1 task that had reached the end of its term was evaluated and accepted[^“Đề tài A”.].",
    ]);
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.1."]).blocks)).toEqual([
      "Quality inspection of imported goods: 2 import lots registered for quality inspection were processed[^Children's toys: 1 lot; Steel: 1 lot.], goods under the management of the Ministry of Science and Technology.",
    ]);
    expect(document.distribution).toEqual(["As above;", "File: VT."]);
    expect(document.signer.titleLines).toEqual(["Director"]);
    expect(documentText(document)).not.toMatch(/\b0\d\b/);
  });

  it("adds an appendix of the rows left out for errors when asked", () => {
    const base = analysisOf({ lots: sheetOf("lots", [lot(2), lot(3)]) });
    const errors = [
      issue("value-missing", "error", { sheet: "Lô hàng", cell: "C3", row: 3 }, { column: "Tổ chức nhập khẩu" }),
      issue("category-unknown", "warning", { sheet: "Lô hàng", cell: "D2", row: 2 }, { column: "Nhóm hàng", value: "x", nearest: "Thép", allowed: "Thép" }),
      issue("column-missing", "error", { sheet: "Kiểm định" }, { column: "Ngày" }),
      issue("date-invalid", "error", { sheet: "Nhiệm vụ", row: 7 }, { column: "Ngày bắt đầu", value: "31/31/2021" }),
    ];
    const analysis: Analysis = { ...base, issues: errors, hasErrors: true };
    expect(buildReport(analysis, { lang: "vi" }).document.appendices).toEqual([]);
    const { document } = buildReport(analysis, { lang: "vi", includeExcludedRows: true });
    const appendix = document.appendices.at(-1)!;
    expect(appendix.title).toBe("Các dòng số liệu có lỗi chưa được tính vào báo cáo");
    const rows = blocksText(appendix.blocks).slice(1);
    expect(rows[0]).toBe("Trang | Ô | Lỗi");
    expect(rows.slice(1).map((r) => r.split(" | ").slice(0, 2).join(" | "))).toEqual(["Lô hàng | C3", "Nhiệm vụ | dòng 7"]);
    expect(rows[1]).toMatch(/Tổ chức nhập khẩu/);
    // The appendix states each fault; it does not address the clerk.
    expect(rows.slice(1).map((r) => r.split(" | ")[2])).toEqual([
      "Ô này để trống nhưng cột “Tổ chức nhập khẩu” bắt buộc phải có giá trị.",
      "“31/31/2021” không phải là ngày (cột “Ngày bắt đầu”).",
    ]);
    expect(blocksText(appendix.blocks).join("\n")).not.toMatch(/Hãy|Có phải/u);
  });

  it("with rows left out, the body says so and names the appendix; it never says there was nothing", () => {
    // The data holds every row; the summary, as the analysis makes it, only the rows without errors.
    const all = analysisOf({ lots: sheetOf("lots", [lot(2), lot(3)]), tasks: sheetOf("tasks", [task(2, { title: "Đề tài có lỗi" })]) });
    const counted = analysisOf({ lots: sheetOf("lots", [lot(2)]) });
    const errors = [
      issue("value-missing", "error", { sheet: "Lô hàng", cell: "C3", row: 3 }, { column: "Tổ chức nhập khẩu" }),
      issue("date-invalid", "error", { sheet: "Nhiệm vụ", cell: "F2", row: 2 }, { column: "Ngày bắt đầu", value: "31/31/2021" }),
      issue("excel-error", "error", { sheet: "Nhiệm vụ", cell: "G2", row: 2 }, { column: "Ngày kết thúc", value: "#REF!" }),
    ];
    const withoutErrorRows: Analysis = { ...all, summary: counted.summary, issues: errors, hasErrors: true };
    const { document } = buildReport(withoutErrorRows, { lang: "vi", includeExcludedRows: true });
    expect(document.appendices.map((a) => a.title)).toEqual(["Các dòng số liệu có lỗi chưa được tính vào báo cáo"]);
    const tasksText = blocksText(sectionAt(document, ["II.", "2."]).blocks);
    expect(tasksText).toEqual(["Chưa tổng hợp được số liệu về đề tài, dự án: 01 dòng của trang “Nhiệm vụ” có lỗi nên chưa được tính (chi tiết tại Phụ lục)."]);
    expect(documentText(document)).not.toContain("Trong kỳ không có đề tài, dự án nào");
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.1."]).blocks)[0]).toMatch(
      /Số liệu trên chưa tính 01 dòng có lỗi của trang “Lô hàng” \(chi tiết tại Phụ lục\)\.$/u,
    );
    const en = buildReport(withoutErrorRows, { lang: "en", includeExcludedRows: true }).document;
    expect(blocksText(sectionAt(en, ["II.", "2."]).blocks)).toEqual([
      "No figure on science and technology tasks could be summed up: 1 row of the “Nhiệm vụ” sheet has errors and is not counted (listed in the Appendix).",
    ]);
  });

  it("reads a workbook end to end through the grid: settings, lots and free text", async () => {
    const source = gridSource(false, [
      {
        name: "Thông tin",
        rows: [
          ["Mục", "Giá trị"],
          ["Cơ quan chủ quản", "UBND TỈNH LẠNG SƠN"],
          ["Cơ quan ban hành", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
          ["Ký hiệu cơ quan", "SKHCN"],
          ["Địa danh", "Lạng Sơn"],
          ["Từ ngày", "01/01/2021"],
          ["Đến ngày", "30/06/2021"],
          ["Kính gửi", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
          ["Chức vụ người ký", "GIÁM ĐỐC"],
          ["Người ký", "Nguyễn Thị Hà"],
        ],
      },
      {
        name: "Lô hàng",
        rows: [
          ["Số đăng ký", "Ngày đăng ký", "Tổ chức nhập khẩu", "Nhóm hàng", "Kết quả"],
          ["DK-1", "05/02/2021", "Công ty A", "Thép", "Đạt"],
          ["DK-2", "06/02/2021", "Công ty B", "Đồ chơi trẻ em", "Không đạt"],
          ["DK-3", "06/02/2020", "Công ty C", "Thép", "Đạt"],
        ],
      },
      {
        name: "Nội dung",
        rows: [
          ["Mục", "Nội dung"],
          ["I", "Trong 6 tháng đầu năm 2020, đơn vị đã tập trung chỉ đạo."],
          ["II.6.1", "Ban hành hướng dẫn công bố hợp quy [^ Gửi 12 doanh nghiệp.] trên địa bàn tỉnh."],
        ],
      },
    ]);
    const analysis = await analyseWorkbook(source);
    const { document, issues } = buildReport(analysis, { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.1."]).blocks)).toEqual([
      "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 02 lô" +
        "[^Đồ chơi trẻ em: 01 lô; Thép: 01 lô.] thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ. Trong đó có 01 lô không đạt yêu cầu.",
      "Ban hành hướng dẫn công bố hợp quy[^Gửi 12 doanh nghiệp.] trên địa bàn tỉnh.",
    ]);
    expect(issues.find((i) => i.code === "report-year-mismatch")).toMatchObject({ sheet: "Nội dung", cell: "B2", params: { phrase: "6 tháng đầu năm 2020" } });
  });
});
