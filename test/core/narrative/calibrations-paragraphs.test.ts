import { buildReport } from "../../../src/core/narrative";
import type { CalibrationRecord } from "../../../src/core/model";
import { calibration, sheetOf } from "../fixtures/records";
import { analysisOf, blocksText, figureRuns, narrativeSheet, sectionAt } from "./report-fixtures";

// The reference's note 12, one row a line (in the sheet: calibration first, to show the note's order is fixed).
const LINES: ReadonlyArray<Partial<CalibrationRecord>> = [
  { activity: "Hiệu chuẩn", instrument: "Cân", quantity: 11, unit: "cái" },
  { activity: "Kiểm định", instrument: "Cột đo xăng dầu", quantity: 132, unit: "cột" },
  { activity: "Kiểm định", instrument: "Cân các loại", quantity: 205, unit: "cái" },
  { activity: "Kiểm định", instrument: "Taximet", quantity: 6, unit: "cái" },
  { activity: "Kiểm định", instrument: "Huyết áp kế", quantity: 338, unit: "cái" },
  { activity: "Kiểm định", instrument: "Áp kế", quantity: 10, unit: "cái" },
  { activity: "Kiểm định", instrument: "Công tơ điện", quantity: 946, unit: "cái" },
  { activity: "Kiểm định", instrument: "Quả cân", quantity: 6, unit: "quả" },
  { activity: "Kiểm định", instrument: "Máy điện tim, điện não", quantity: 4, unit: "máy" },
  { activity: "Kiểm định", instrument: "Đồng hồ nước", quantity: 59, unit: "cái" },
  { activity: "Kiểm định", instrument: "Ca đồng", quantity: 24, unit: "cái" },
  { activity: "Kiểm định", instrument: "Máy X-quang", quantity: 10, unit: "máy" },
  { activity: "Đo kiểm", instrument: "Điện trở tiếp địa", quantity: 54, unit: "điểm đo" },
  { activity: "Đo kiểm", instrument: "Kiểm xạ", quantity: 16, unit: "phòng X-quang" },
  { activity: "Hiệu chuẩn", instrument: "Quả cân", quantity: 106, unit: "quả" },
];

const REFERENCE = LINES.map((fields, i) => calibration(i + 2, fields));

const NOTE =
  "Kiểm định cột đo xăng dầu 132 cột; Kiểm định cân các loại 205 cái; Kiểm định taximet 06 cái; Kiểm định huyết áp kế 338 cái; " +
  "Kiểm định áp kế 10 cái; Kiểm định công tơ điện 946 cái; Kiểm định quả cân 06 quả; Kiểm định máy điện tim, điện não 04 máy; " +
  "Kiểm định đồng hồ nước 59 cái; Kiểm định ca đồng 24 cái; Kiểm định máy X-quang 10 máy; Đo kiểm điện trở tiếp địa 54 điểm đo; " +
  "Đo kiểm kiểm xạ 16 phòng X-quang; Hiệu chuẩn cân 11 cái; Hiệu chuẩn quả cân 106 quả.";

describe("II.9 calibrations", () => {
  it("lists every line in the reference's form, the computed paragraph before the free text", () => {
    const narrative = narrativeSheet([["II.9", "Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017."]]);
    const { document } = buildReport(analysisOf({ calibrations: sheetOf("calibrations", REFERENCE), narrative }), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "9."]).blocks)).toEqual([
      `Tổ chức kiểm định, đo kiểm và hiệu chuẩn phương tiện đo[^${NOTE}]: ` +
        "kiểm định 132 cột, 1.588 cái, 06 quả và 14 máy; đo kiểm 54 điểm đo và 16 phòng X-quang; hiệu chuẩn 11 cái và 106 quả.",
      "Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017.",
    ]);
  });

  it("points each quantity at its cells, and each total at the cells it adds up", () => {
    const { document } = buildReport(analysisOf({ calibrations: sheetOf("calibrations", REFERENCE) }), { lang: "vi" });
    const figures = figureRuns(sectionAt(document, ["II.", "9."]).blocks);
    // 15 lines in the note, then 8 totals: four units verified, two measured, two calibrated.
    expect(figures).toHaveLength(15 + 8);
    // "Hiệu chuẩn cân 11 cái" is row 2; quantity is column D.
    expect(figures[13]).toMatchObject({ text: "11", sources: [{ sheet: "Kiểm định", ranges: ["D2"] }] });
    // "kiểm định … 1.588 cái" adds the seven lines counted in "cái", never the "cột", the "quả" or what was calibrated.
    expect(figures[16]).toMatchObject({ text: "1.588", sources: [{ sheet: "Kiểm định", ranges: ["D4", "D5", "D6", "D7", "D8", "D11", "D12"] }] });
    expect(figures[21]).toMatchObject({ text: "11", sources: [{ sheet: "Kiểm định", ranges: ["D2"] }] });
  });

  it("never adds unlike units, nor one activity to another, nor states failures without the totals before them", () => {
    const rows = [
      calibration(2, { activity: "Kiểm định", instrument: "Cân", quantity: 5, unit: "cái", result: "Không đạt" }),
      calibration(3, { activity: "Hiệu chuẩn", instrument: "Cân", quantity: 4, unit: "cái", result: "Không đạt" }),
      calibration(4, { activity: "Kiểm định", instrument: "Quả cân", quantity: 3, unit: "quả" }),
    ];
    const { document } = buildReport(analysisOf({ calibrations: sheetOf("calibrations", rows) }), { lang: "vi" });
    const [text] = blocksText(sectionAt(document, ["II.", "9."]).blocks);
    expect(text).toBe(
      "Tổ chức kiểm định và hiệu chuẩn phương tiện đo[^Kiểm định cân 05 cái; Kiểm định quả cân 03 quả; Hiệu chuẩn cân 04 cái.]: " +
        "kiểm định 05 cái và 03 quả; hiệu chuẩn 04 cái. Trong đó, không đạt yêu cầu: kiểm định 05 cái; hiệu chuẩn 04 cái.",
    );
    expect(text).not.toMatch(/\b(09|08|12)\b/);
  });

  it("English: activities, instruments and units in English; an instrument the glossary lacks is quoted as typed", () => {
    const rows = [
      calibration(2, { activity: "Kiểm định", instrument: "Cột đo xăng dầu", quantity: 132, unit: "cột" }),
      calibration(3, { activity: "Hiệu chuẩn", instrument: "Cân", quantity: 1, unit: "cái" }),
      calibration(4, { activity: "Kiểm định", instrument: "Tỷ trọng kế", quantity: 2, unit: "cái" }),
    ];
    const { document } = buildReport(analysisOf({ calibrations: sheetOf("calibrations", rows) }), { lang: "en" });
    expect(blocksText(sectionAt(document, ["II.", "9."]).blocks)).toEqual([
      "Measuring instruments were verified and calibrated[^Verification of petrol dispensers: 132 dispensers; Verification of “Tỷ trọng kế”: 2 units; Calibration of scales: 1 unit.]: " +
        "verification of 132 dispensers and 2 units; calibration of 1 unit.",
    ]);
  });

  it("adds how many instruments failed", () => {
    const rows = [
      calibration(2, { quantity: 5 }),
      calibration(3, { quantity: 2, result: "Không đạt" }),
      calibration(4, { instrument: "Taximet", quantity: 1, result: "Không đạt" }),
    ];
    const { document } = buildReport(analysisOf({ calibrations: sheetOf("calibrations", rows) }), { lang: "vi" });
    const blocks = sectionAt(document, ["II.", "9."]).blocks;
    expect(blocksText(blocks)).toEqual([
      "Tổ chức kiểm định phương tiện đo[^Kiểm định cân 07 cái; Kiểm định taximet 01 cái.]: kiểm định 08 cái. " +
        "Trong đó, không đạt yêu cầu: kiểm định 03 cái.",
    ]);
    expect(figureRuns(blocks).at(-1)).toMatchObject({ text: "03", sources: [{ sheet: "Kiểm định", ranges: ["D2:D3", "D4"] }] });
  });

  it("says so when nothing was verified", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "9."]).blocks)).toEqual(["Trong kỳ chưa có số liệu kiểm định, hiệu chuẩn phương tiện đo."]);
  });
});
