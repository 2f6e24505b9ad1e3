import type { Analysis } from "../../../src/core/analyse";
import { buildReport } from "../../../src/core/narrative";
import { DEFAULT_OUTLINE, type Outline } from "../../../src/core/outline";
import { activitySheet, kindsSheet, type ActivityInput } from "../activities/activity-fixtures";
import { analysisOf, blocksText, figureRuns, sectionAt } from "./report-fixtures";

/** A few rows of each of the twelve built-in kinds. */
const ROWS: ActivityInput[] = [
  { kind: "Thẩm định công nghệ", subject: "Dự án A", quantity: 2 },
  { kind: "Thẩm định công nghệ", subject: "Dự án B" },
  { kind: "Cấp giấy phép X-quang", subject: "Bệnh viện A" },
  { kind: "Cấp chứng chỉ nhân viên bức xạ", subject: "Người A" },
  { kind: "Cấp chứng chỉ nhân viên bức xạ", subject: "Người B" },
  { kind: "Đào tạo an toàn bức xạ", subject: "Lớp 1", participants: 30 },
  { kind: "Đào tạo an toàn bức xạ", subject: "Lớp 2", participants: 35 },
  // Sheet order is not date order: the May batch comes first in the sheet.
  { kind: "Xét công nhận sáng kiến", subject: "Sáng kiến C", quantity: 3, batch: "đợt 2 năm 2021", on: "2021-05-20" },
  { kind: "Xét công nhận sáng kiến", subject: "Sáng kiến A", batch: "đợt 1 năm 2021", on: "2021-02-10" },
  { kind: "Xét công nhận sáng kiến", subject: "Sáng kiến B", batch: "Đợt 1 năm 2021 ", on: "2021-02-11" },
  { kind: "Hội nghị, hội thảo", subject: "Hội nghị X", participants: 120 },
  { kind: "Khảo sát chất lượng", subject: "Giò", batch: "KS thực phẩm", result: "Đạt" },
  { kind: "Khảo sát chất lượng", subject: "Chả", batch: "KS thực phẩm", result: "Không đạt", note: "vi sinh vật" },
  { kind: "Công bố hợp chuẩn", subject: "Công ty A" },
  { kind: "Niêm phong cột đo xăng dầu", subject: "CHXD A" },
  { kind: "Niêm phong cột đo xăng dầu", subject: "CHXD B" },
  { kind: "Niêm phong cột đo xăng dầu", subject: "chxd a " },
  { kind: "Cân đối chứng", subject: "Điểm 1", quantity: 1000, result: "Đạt" },
  { kind: "Cân đối chứng", subject: "Điểm 2", quantity: 500, result: "Đạt" },
  { kind: "Cân đối chứng", subject: "Điểm 2", quantity: 5, result: "Không đạt", note: "mã cân sai" },
  { kind: "Thanh tra", subject: "BV A", batch: "về an toàn bức xạ", result: "Không vi phạm" },
  { kind: "Thanh tra", subject: "BV B", batch: "về an toàn bức xạ", result: "Vi phạm", amount: 1_000_000, note: "thiếu giấy phép" },
  { kind: "Kiểm tra", subject: "CHXD C", batch: "Kiểm tra xăng", result: "Không vi phạm", on: "2021-03-15" },
  { kind: "Kiểm tra", subject: "Shop A", batch: "Kiểm tra Tết", result: "Không vi phạm", on: "2021-01-20" },
  { kind: "Kiểm tra", subject: "Shop B", batch: "Kiểm tra Tết", result: "Vi phạm", amount: 500_000, on: "2021-01-21" },
];

function texts(a: Analysis, lang: "vi" | "en", path: string[], outline?: Outline): string[] {
  const doc = buildReport(a, { lang, ...(outline ? { outline } : {}) }).document;
  return blocksText(sectionAt(doc, path).blocks);
}

describe("the register's paragraphs", () => {
  const analysis = analysisOf({ activities: activitySheet(ROWS) });

  it("writes each kind of II.3 in Vietnamese, numbers as the report writes them, the list in a footnote", () => {
    expect(texts(analysis, "vi", ["II.", "3."])).toEqual([
      "Tham gia thẩm định, có ý kiến về mặt công nghệ kịp thời, đúng tiến độ đối với hồ sơ của 03[^Dự án A (02 dự án); Dự án B.] dự án đầu tư, quy hoạch.",
      "Thẩm định cấp 01 Giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế.",
      "Cấp 02 chứng chỉ nhân viên bức xạ.",
      "Tổ chức 02 lớp đào tạo về an toàn bức xạ cho 65 nhân viên bức xạ làm việc tại cơ sở X-quang chẩn đoán y tế trên địa bàn tỉnh.",
    ]);
  });

  it("writes each kind of II.3 in English", () => {
    expect(texts(analysis, "en", ["II.", "3."])).toEqual([
      "Technology appraisal opinions were given on time on the dossiers of investment and planning projects: 3[^Dự án A (2 projects); Dự án B.].",
      "Licences to use diagnostic X-ray equipment in health care appraised and issued: 1.",
      "Radiation worker certificates issued: 2.",
      "Radiation safety classes held: 2, for 65 radiation workers of diagnostic X-ray facilities in the province.",
    ]);
  });

  it("writes a per-batch sentence once per batch, in date order, batches told apart like names (II.4)", () => {
    expect(texts(analysis, "vi", ["II.", "4."])).toEqual([
      "Thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh đợt 1 năm 2021, chấm đánh giá 02 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh. " +
        "Thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh đợt 2 năm 2021, chấm đánh giá 03 hồ sơ đề nghị công nhận sáng kiến cấp tỉnh.",
      "Tổ chức 01 hội nghị, hội thảo[^Hội nghị X.] cho 120 người tham dự.",
    ]);
    expect(texts(analysis, "en", ["II.", "4."])).toEqual([
      "The provincial Initiatives Council met (đợt 1 năm 2021); dossiers assessed for recognition as provincial initiatives: 2. " +
        "The provincial Initiatives Council met (đợt 2 năm 2021); dossiers assessed for recognition as provincial initiatives: 3.",
      "Conferences and workshops held: 1[^Hội nghị X.], attended by 120 people.",
    ]);
  });

  it("names what failed in the list, after the computed lots paragraph (II.6.1)", () => {
    expect(texts(analysis, "vi", ["II.", "6.", "6.1."]).slice(1)).toEqual([
      "Thực hiện 01 cuộc khảo sát chất lượng, lấy 02 mẫu đi thử nghiệm[^Giò; Chả: vi sinh vật.]. Kết quả: 01 mẫu không đạt yêu cầu.",
      "Thẩm định, ra thông báo tiếp nhận 01 hồ sơ công bố hợp chuẩn[^Công ty A.].",
    ]);
    expect(texts(analysis, "en", ["II.", "6.", "6.1."]).slice(1)).toEqual([
      "Quality surveys carried out: 1, with 2 samples tested[^Giò; Chả: vi sinh vật.]; samples that did not meet the requirements: 1.",
      "Declarations of conformity with standards appraised and acknowledged: 1[^Công ty A.].",
    ]);
  });

  it("lists each subject once with its quantity, and writes a scale-code note that adds up (II.6.2)", () => {
    expect(texts(analysis, "vi", ["II.", "6.", "6.2."])).toEqual([
      "Phối hợp với Cục Thuế tỉnh dán lại tem niêm phong số tổng, góp phần tăng cường công tác quản lý thuế đối với hoạt động kinh doanh xăng dầu trên địa bàn, cho 02 cửa hàng xăng dầu[^CHXD A (02 cột đo); CHXD B.].",
      "Theo dõi, quản lý hoạt động 02 điểm cân đối chứng. Tổng số mã cân sử dụng trong kỳ là: 1.505[^Mã cân đúng là 1.500, mã cân sai là 05, chiếm tỷ lệ 0,33%.].",
    ]);
    expect(texts(analysis, "en", ["II.", "6.", "6.2."])).toEqual([
      "With the provincial Tax Department, totaliser seals were re-applied to strengthen tax management of the petrol trade, at petrol stations: 2[^CHXD A (2 dispensers); CHXD B.].",
      "Reference scale points monitored: 2. Scale codes used in the period: 1,505[^Correct codes: 1,500; wrong codes: 5, 0.33% of the total.].",
    ]);
  });

  it("writes inspections per batch, the optional part or its alternative by whether anyone was fined (II.7)", () => {
    expect(texts(analysis, "vi", ["II.", "7."])).toEqual([
      "Thực hiện 01 cuộc thanh tra về an toàn bức xạ đối với 02 cơ sở[^BV A; BV B: thiếu giấy phép.]; phát hiện 01 cơ sở vi phạm, xử phạt vi phạm hành chính với tổng số tiền 1.000.000 đồng.",
      "Chủ trì và phối hợp với các cơ quan liên quan tổ chức kiểm tra Tết, kiểm tra được 02 cơ sở[^Shop A; Shop B: vi phạm.]. Trong đó, đã ra quyết định xử phạt vi phạm hành chính đối với 01 cơ sở với tổng số tiền xử phạt là 500.000 đồng. " +
        "Chủ trì và phối hợp với các cơ quan liên quan tổ chức kiểm tra xăng, kiểm tra được 01 cơ sở[^CHXD C.]. Không có cơ sở vi phạm.",
    ]);
    expect(texts(analysis, "en", ["II.", "7."])).toEqual([
      "Inspections held: 1 (về an toàn bức xạ), establishments inspected: 2[^BV A; BV B: thiếu giấy phép.]; in violation: 1; fines: VND 1,000,000.",
      "Kiểm tra Tết: establishments examined: 2[^Shop A; Shop B: violation.]; fined for administrative violations: 1, VND 500,000 in all. " +
        "Kiểm tra xăng: establishments examined: 1[^CHXD C.]; no violation was found.",
    ]);
  });

  it("points each figure at its cells: the fine at the amount cells, the percentage at results and quantities", () => {
    const doc = buildReport(analysis, { lang: "vi" }).document;
    const runs = figureRuns(sectionAt(doc, ["II.", "7."]).blocks);
    expect(runs.find((r) => r.text === "500.000")?.sources).toEqual([{ sheet: "Hoạt động", ranges: ["H26"] }]);
    const scale = figureRuns(sectionAt(doc, ["II.", "6.", "6.2."]).blocks);
    expect(scale.find((r) => r.text === "0,33%")?.sources).toEqual([{ sheet: "Hoạt động", ranges: ["G21", "D19:D21"] }]);
    expect(scale.find((r) => r.text === "1.505")?.sources).toEqual([{ sheet: "Hoạt động", ranges: ["D19:D21"] }]);
    expect(scale.find((r) => r.text === "1.500")?.sources).toEqual([{ sheet: "Hoạt động", ranges: ["D19:D20"] }]);
  });

  it("puts a kind's paragraph before the section's free text, and follows a department's override and its own kind", () => {
    const a = analysisOf({
      activities: activitySheet([
        { kind: "Cấp chứng chỉ nhân viên bức xạ", subject: "Người A" },
        { kind: "Lập biên bản hiện trạng", subject: "CHXD Q" },
      ]),
      activityKinds: kindsSheet([
        { kind: "Cấp chứng chỉ nhân viên bức xạ", sentence: "Cấp mới {số lượng} chứng chỉ cho {số đối tượng} người{danh sách}." },
        {
          kind: "Lập biên bản hiện trạng",
          section: "II.6.2",
          sentence: "Lập biên bản hiện trạng cột đo tại {số đối tượng} cửa hàng{danh sách}.",
          unit: "cửa hàng",
        },
      ]),
      narrative: {
        key: "narrative",
        sheet: "Nội dung",
        headerRow: 1,
        columns: { section: 0, text: 1 },
        records: [{ row: 2, section: "II.3", text: "Đoạn tự do." }],
      },
    });
    expect(texts(a, "vi", ["II.", "3."])).toEqual(["Cấp mới 01 chứng chỉ cho 01 người[^Người A.].", "Đoạn tự do."]);
    // The department's sentence is in its own words: the same in an English report.
    expect(texts(a, "en", ["II.", "3."])[0]).toBe("Cấp mới 1 chứng chỉ cho 1 người[^Người A.].");
    expect(texts(a, "vi", ["II.", "6.", "6.2."])).toEqual(["Lập biên bản hiện trạng cột đo tại 01 cửa hàng[^CHXD Q.]."]);
  });

  it("warns of a kind whose section the outline does not have, naming the catalogue cell", () => {
    const a = analysisOf({
      activities: activitySheet([{ kind: "Thanh tra", subject: "BV A" }]),
      activityKinds: kindsSheet([
        { kind: "Thanh tra", section: "II.12" },
        { kind: "Việc mới", section: "IV.1", sentence: "Làm {số lượng} việc." },
      ]),
    });
    const { issues } = buildReport(a, { lang: "vi" });
    expect(issues.filter((i) => i.code === "activity-section-unknown").map((i) => [i.severity, i.sheet, i.cell, i.params.kind, i.params.section])).toEqual([
      ["warning", "Danh mục hoạt động", "B2", "Thanh tra", "II.12"],
      ["warning", "Danh mục hoạt động", "B3", "Việc mới", "IV.1"],
    ]);
    // A department outline without II.7 loses the built-in inspections: said once, without a cell.
    const outline: Outline = { parts: DEFAULT_OUTLINE.parts.map((p) => ({ ...p, children: p.children?.filter((c) => c.key !== "II.7") })) };
    const b = analysisOf({ activities: activitySheet([{ kind: "Kiểm tra", subject: "Shop" }]) });
    const lost = buildReport(b, { lang: "vi", outline }).issues.filter((i) => i.code === "activity-section-unknown");
    expect(lost.map((i) => [i.sheet, i.cell, i.params.kind])).toEqual([[undefined, undefined, "Kiểm tra"]]);
  });
});
