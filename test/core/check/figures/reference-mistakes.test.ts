/**
 * The acceptance set: a copy of the bundled sample whose `Nội dung` repeats
 * the reference report's mistakes (../shared/reference/README.md), built here
 * from the sample's own rows. Every mistake is flagged at its cell; the
 * sample as it is raises no figure warning.
 */
import { analyseData, analyseWorkbook, type Analysis } from "../../../../src/core/analyse";
import { planReport } from "../../../../src/core/report";
import { issueMessage, type Issue } from "../../../../src/core/issues";
import type { NarrativeRecord } from "../../../../src/core/model";
import { openXlsxSource } from "../../../../src/hosts/node";
import { REFERENCE_SAMPLE } from "../../../support/reference-report";
import { paramsOf } from "../../../support/issue-params";

const FIGURE_CODES = ["report-figure-sum", "report-figure-percent", "report-figure-list", "report-figure-not-listed", "report-figure-computed"];

let sample: Analysis;
beforeAll(async () => {
  sample = await analyseWorkbook(await openXlsxSource(REFERENCE_SAMPLE));
});

function reportIssues(analysis: Analysis): ReadonlyArray<Issue> {
  const prepared = planReport(analysis, { lang: "vi" });
  if (!prepared.ok) throw new Error(`no report: ${prepared.reason}`);
  return prepared.built.issues;
}

/** The sample with some `Nội dung` rows rewritten: (section, what the sample says) → what the reference said. */
function withNarrative(edit: (record: NarrativeRecord) => NarrativeRecord): Analysis {
  const narrative = sample.data.narrative!;
  const data = { ...sample.data, narrative: { ...narrative, records: narrative.records.map(edit) } };
  return analyseData(data, sample.issues, sample.sheetOrder);
}

function replaced(record: NarrativeRecord, section: string, from: string, to: string): NarrativeRecord {
  if (record.section !== section || record.text === undefined || !record.text.includes(from)) return record;
  return { ...record, text: record.text.replace(from, to) };
}

const NOTE_3 =
  "Nhiệm vụ: “Giải pháp nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025”; “Ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn”; “Nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn, tại huyện Bắc Sơn, tỉnh Lạng Sơn”; “Nghiên cứu giá trị dinh dưỡng, dược học của mật ong hoa ngũ gia bì tại huyện Chi Lăng, tỉnh Lạng Sơn”.";

/** The reference's mistakes, typed into the sample's rows where the reference had them. */
function referenceMistakes(record: NarrativeRecord): NarrativeRecord {
  let r = record;
  // I: the year of another period.
  r = replaced(r, "I", "Trong 6 tháng đầu năm 2021", "Trong 6 tháng đầu năm 2020");
  // II.5: "Cấp 09 Giấy chứng nhận" with only four titles in its note.
  r = replaced(
    r,
    "II.5",
    "Xuất bản, phát hành lịch KH-CN năm 2021.",
    `Xuất bản, phát hành lịch KH-CN năm 2021. Cấp 09 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước[^${NOTE_3}].`,
  );
  // The sample computes the surveys and the scale codes from its Hoạt động register; the copy types the reference's sentences back.
  // II.6.1: note 6 lists 12 samples, none of them lạp sườn, while the text reports a failing one.
  r = replaced(
    r,
    "II.6.1",
    "Hội đồng sơ tuyển địa phương.",
    "Hội đồng sơ tuyển địa phương. Thực hiện 02 cuộc khảo sát chất lượng đối với thực phẩm, xăng[^Lấy 12 mẫu đi thử nghiệm: 01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng.]. Kết quả: 01 mẫu lap sườn có kết quả vượt quá giới hạn ô nhiễm vi sinh vật.",
  );
  // II.6.2: note 10 does not add up, and its percentage is of neither whole.
  r = replaced(
    r,
    "II.6.2",
    ". Góp phần nâng cao hiệu quả",
    ". Theo dõi, quản lý hoạt động 30 điểm cân đối chứng. Tổng số mã cân sử dụng 6 tháng đầu năm là: 3.339[^Mã cân đúng là 3.328, mã cân sai là 71, chiếm tỷ lệ 2,08%.]. Góp phần nâng cao hiệu quả",
  );
  return r;
}

const cellOf = (analysis: Analysis, section: string, contains: string): string => {
  const record = analysis.data.narrative!.records.find((r) => r.section === section && r.text?.includes(contains));
  if (record === undefined) throw new Error(`no row ${section} with ${contains}`);
  return `B${record.row}`;
};

describe("the bundled sample as it is", () => {
  it("raises no figure warning, and no other warning on its report", () => {
    const issues = reportIssues(sample);
    expect(issues.filter((i) => FIGURE_CODES.includes(i.code))).toEqual([]);
    expect(issues).toEqual([]);
  });
});

describe("a copy whose Nội dung repeats the reference's mistakes", () => {
  let copy: Analysis;
  let issues: ReadonlyArray<Issue>;
  beforeAll(() => {
    copy = withNarrative(referenceMistakes);
    // The copy really differs from the sample in those rows, and only there.
    const changed = copy.data.narrative!.records.filter((r, i) => r.text !== sample.data.narrative!.records[i]!.text).map((r) => r.section);
    expect(changed).toEqual(["I", "II.5", "II.6.1", "II.6.2"]);
    issues = reportIssues(copy);
  });

  const at = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.sheet, i.cell, i.params]);

  it("flags “Trong 6 tháng đầu năm 2020” in I at its cell", () => {
    expect(at("report-year-mismatch")).toEqual([
      ["Nội dung", cellOf(copy, "I", "2020"), { section: "I", phrase: "6 tháng đầu năm 2020", periodName: "6 tháng đầu năm 2021" }],
    ]);
  });

  it("flags “Cấp 09 Giấy chứng nhận” with four titles in its note (II.5) at its cell", () => {
    expect(at("report-figure-list")).toEqual([
      ["Nội dung", cellOf(copy, "II.5", "Cấp 09"), { section: "II.5", phrase: "09 Giấy chứng nhận đăng ký", items: 4 }],
    ]);
  });

  it("flags the failing lạp sườn sample that note 6's twelve samples do not list (II.6.1) at its cell", () => {
    expect(at("report-figure-not-listed")).toEqual([
      [
        "Nội dung",
        cellOf(copy, "II.6.1", "lap sườn"),
        {
          section: "II.6.1",
          phrase: "01 mẫu lap sườn",
          list: "12 mẫu",
          items: "01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng",
          listed: 0,
        },
      ],
    ]);
  });

  it("flags note 10 (II.6.2): 3.328 + 71 is not 3.339, and 2,08% is neither 71 of 3.339 nor of 3.399", () => {
    const cell = cellOf(copy, "II.6.2", "3.339");
    expect(at("report-figure-sum")).toEqual([["Nội dung", cell, { section: "II.6.2", parts: "3.328 + 71", sum: 3399, total: "3.339" }]]);
    expect(at("report-figure-percent")).toEqual([
      ["Nội dung", cell, { section: "II.6.2", percent: "2,08%", part: "71", whole: "3.339", expected: 2.13, sum: 3399, sumExpected: 2.09 }],
    ]);
  });

  it("raises nothing else: every warning is one of the mistakes, each quoting its figures in both languages", () => {
    expect(issues.map((i) => i.code).sort()).toEqual(
      ["report-figure-list", "report-figure-not-listed", "report-figure-percent", "report-figure-sum", "report-year-mismatch"].sort(),
    );
    for (const i of issues.filter((x) => FIGURE_CODES.includes(x.code))) {
      for (const lang of ["vi", "en"] as const) {
        const text = issueMessage(i, lang);
        for (const quoted of [paramsOf(i).phrase, paramsOf(i).parts, paramsOf(i).total, paramsOf(i).percent].filter((v) => v !== undefined))
          expect(text).toContain(`“${String(quoted)}”`);
      }
    }
  });

  it("flags a count of accepted tasks that the Nhiệm vụ sheet does not give (II.2) at its cell", () => {
    const withAccepted = withNarrative((r) =>
      replaced(r, "II.2", "Trình UBND tỉnh đặt hàng", "Tổ chức nghiệm thu 04 đề tài, dự án đã hết thời gian thực hiện. Trình UBND tỉnh đặt hàng"),
    );
    const found = reportIssues(withAccepted).filter((i) => i.code === "report-figure-computed");
    expect(found.map((i) => [i.sheet, i.cell, i.params])).toEqual([
      [
        "Nội dung",
        cellOf(withAccepted, "II.2", "nghiệm thu 04"),
        { section: "II.2", phrase: "04 đề tài", figure: "tasks-accepted", sheet: "Nhiệm vụ", computed: 3 },
      ],
    ]);
  });

  it("does not print the reference's duplicate section numbers: the outline numbers by position", () => {
    const prepared = planReport(copy, { lang: "vi" });
    if (!prepared.ok) throw new Error("no report");
    const numbers = (part: string) => prepared.built.document.sections.find((s) => s.number === part)!.sections.map((s) => s.number);
    expect(numbers("II.")).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11."]);
    expect(numbers("III.")).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]);
  });

  it("names, in one warning, the sections a clerk empties by typing the reference's duplicate numbers as keys", () => {
    // Hoạt động sự nghiệp under II.8 again, Công tác khác under II.9; in part III, thanh tra under III.6 … sự nghiệp under III.8.
    const shift: Record<string, string> = { "II.9": "II.8", "II.10": "II.9", "III.7": "III.6", "III.8": "III.7", "III.9": "III.8" };
    const shifted = withNarrative((r) => (r.section !== undefined && shift[r.section] !== undefined ? { ...r, section: shift[r.section] } : r));
    const empty = reportIssues(shifted).filter((i) => i.code === "report-section-empty");
    expect(empty.map((i) => [i.sheet, i.cell, paramsOf(i).keys, paramsOf(i).count])).toEqual([["Nội dung", undefined, "II.10, III.9", 2]]);
  });
});
