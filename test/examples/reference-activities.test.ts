// The reference sample's `Hoạt động` through the real reader, checks and summary: the figures of the
// reference README's table, and the same figures from a copy typed with English headers and sheet name.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSample } from "../../examples/build-samples";
import { APPRAISED_DOSSIERS, SEALED_STATIONS, referenceWorkbook } from "../../examples/sample-data";
import { analyseWorkbook, type Analysis } from "../../src/core/analyse";
import { openXlsxSource } from "../../src/hosts/node";
import { ACTIVITIES_SHEET, ACTIVITY_KINDS_SHEET } from "../../src/core/schema";
import { summaryToJson, type ActivityKindSummary } from "../../src/core/summarise";

let dir = "";
let vi: Analysis;
let en: Analysis;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lap-bao-cao-activities-"));
  const reference = referenceWorkbook();
  // The same rows typed by an English-speaking clerk: sheet names and headers in English.
  const english = {
    fileName: "english.xlsx",
    sheets: reference.sheets.map((s) => {
      const spec = [ACTIVITIES_SHEET, ACTIVITY_KINDS_SHEET].find((x) => x.vi === s.name);
      return spec ? { ...s, name: spec.en, headers: spec.columns.map((c) => c.en) } : s;
    }),
  };
  vi = await analyseWorkbook(await openXlsxSource(await writeSample(reference, dir)));
  en = await analyseWorkbook(await openXlsxSource(await writeSample(english, dir)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function kind(a: Analysis, name: string): ActivityKindSummary {
  const found = a.summary!.activities.kinds.find((k) => k.kind.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

describe("the reference sample's register", () => {
  it("reads without an issue and counts every row but the one licence issued in July", () => {
    expect(vi.issues).toEqual([]);
    const account = vi.summary!.rows.activities!;
    expect(account).toMatchObject({ outsidePeriod: 1, excluded: 0 });
    expect(account.counted).toBe(account.total - 1);
  });

  it("gives II.3: 30 projects in the 29 dossiers of note 1, 09 licences, 04 certificates, 01 class of 65", () => {
    const appraisals = kind(vi, "Thẩm định công nghệ");
    expect([appraisals.quantity.value, appraisals.list.length]).toEqual([30, APPRAISED_DOSSIERS.length]);
    expect(kind(vi, "Cấp giấy phép X-quang").quantity.value).toBe(9);
    expect(kind(vi, "Cấp chứng chỉ nhân viên bức xạ").quantity.value).toBe(4);
    const classes = kind(vi, "Đào tạo an toàn bức xạ");
    expect([classes.batches.value, classes.participants.value]).toEqual([1, 65]);
  });

  it("gives II.4: 01 initiative dossier; 03 conferences for over 600 people", () => {
    expect(kind(vi, "Xét công nhận sáng kiến").batchList.map((b) => [b.name, b.quantity.value])).toEqual([["đợt 1 năm 2021", 1]]);
    const conferences = kind(vi, "Hội nghị, hội thảo");
    expect(conferences.quantity.value).toBe(3);
    expect(conferences.participants.value).toBeGreaterThan(600);
  });

  it("gives II.6.1: 02 surveys, 13 samples each listed once, the lạp sườn failing; 02 declarations", () => {
    const surveys = kind(vi, "Khảo sát chất lượng");
    expect([surveys.batches.value, surveys.quantity.value, surveys.failed.value]).toEqual([2, 13, 1]);
    expect(surveys.list.map((s) => [s.name, s.quantity, s.failed])).toEqual([
      ["Rau bò khai", 1, false],
      ["Rau cải xoong", 1, false],
      ["Giò", 1, false],
      ["Chả", 1, false],
      ["Lạp sườn", 1, true],
      ["Xăng", 8, false],
    ]);
    expect(kind(vi, "Công bố hợp chuẩn").list.map((s) => s.name)).toEqual(["Công ty Cổ phần xi măng Đồng Bành", "Hợp tác xã Hòa Bình"]);
  });

  it("gives II.6.2: 05 stations sealed; 30 points and 3.339 codes, 3.328 right and 11 wrong, 0,33%", () => {
    expect(kind(vi, "Niêm phong cột đo xăng dầu").list.map((s) => s.name)).toEqual([...SEALED_STATIONS]);
    const scales = kind(vi, "Cân đối chứng");
    expect([scales.subjects.value, scales.quantity.value, scales.passed.value, scales.failed.value]).toEqual([30, 3339, 3328, 11]);
    expect(scales.passed.value + scales.failed.value).toBe(scales.quantity.value);
    expect(scales.failedPercent!.toFixed(2)).toBe("0.33");
    expect(kind(vi, "Lập biên bản hiện trạng cột đo xăng dầu").subjects.value).toBe(5);
  });

  it("gives II.7: 01 inspection of 09 establishments; the Tết campaign 13 examined, 02 fined, 2.550.000 đồng; petrol 12, none", () => {
    const inspection = kind(vi, "Thanh tra");
    expect([inspection.batches.value, inspection.subjects.value]).toEqual([1, 9]);
    expect(kind(vi, "Kiểm tra").batchList.map((b) => [b.subjects.value, b.failed.value, b.amount.value])).toEqual([
      [13, 2, 2_550_000],
      [12, 0, 0],
    ]);
  });

  it("gives the same figures when typed with English headers and sheet names", () => {
    expect(en.issues).toEqual([]);
    const activities = (a: Analysis) => summaryToJson(a.summary!).activities;
    expect(activities(en)).toEqual(activities(vi));
    expect(activities(en).kinds.length).toBe(13);
  });
});
