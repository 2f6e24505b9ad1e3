import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { spellingKey, summarise } from "../../../src/core/summarise";
import { H1_2021, calibration as cal, d, sheetOf, workbook } from "../fixtures/records";

const calibrations = sheetOf("calibrations", [
  cal(2, { instrument: "Cân", quantity: 10 }),
  cal(3, { activity: "Hiệu chuẩn", instrument: "Quả cân", quantity: 5, unit: "quả" }),
  cal(4, { instrument: "  cân ", quantity: 3, unit: "Cái", result: "Không đạt" }),
  cal(5, { instrument: "Cột đo  xăng dầu", quantity: 7, unit: "cột" }),
  cal(6, { instrument: "Cân", quantity: 2, date: d("2021-07-01") }),
  cal(7, { activity: "Đo kiểm", instrument: "Điện trở tiếp địa", quantity: 54, unit: "điểm đo" }),
  cal(8, { instrument: "CÂN", quantity: 4 }),
  cal(9, { instrument: "Cân", quantity: 1, unit: "bộ" }),
  cal(10, { instrument: "Cân".normalize("NFD"), quantity: 6, date: d("2021-01-01") }),
  cal(11, { instrument: "cột đo xăng dầu", quantity: 3, unit: "cột", result: "Không đạt", date: d("2021-06-30") }),
]);
const issues = [issue(IssueCode.NumberNotInteger, Severity.Error, { sheet: "Kiểm định", cell: "D8", row: 8 }, { column: "Số lượng", value: 2.5 })];
const src = (...ranges: string[]) => [{ sheet: "Kiểm định", ranges }];

describe("calibrations summary", () => {
  const summary = summarise(workbook({ calibrations }), issues, H1_2021);

  it("sums quantities by activity in contract order, then instrument and unit in order of first appearance", () => {
    expect(summary.calibrations.rows).toEqual([
      { activity: "Kiểm định", instrument: "Cân", unit: "cái", quantity: { value: 19, sources: src("D2", "D4", "D10") }, passed: 16, failed: 3 },
      { activity: "Kiểm định", instrument: "Cột đo xăng dầu", unit: "cột", quantity: { value: 10, sources: src("D5", "D11") }, passed: 7, failed: 3 },
      { activity: "Kiểm định", instrument: "Cân", unit: "bộ", quantity: { value: 1, sources: src("D9") }, passed: 1, failed: 0 },
      { activity: "Hiệu chuẩn", instrument: "Quả cân", unit: "quả", quantity: { value: 5, sources: src("D3") }, passed: 5, failed: 0 },
      { activity: "Đo kiểm", instrument: "Điện trở tiếp địa", unit: "điểm đo", quantity: { value: 54, sources: src("D7") }, passed: 54, failed: 0 },
    ]);
  });

  it("accounts for every row", () => {
    expect(summary.rows.calibrations).toEqual({ total: 10, counted: 8, outsidePeriod: 1, excluded: 1 });
  });

  it("groups spellings that differ only in case, spaces or Unicode form", () => {
    expect(spellingKey(" Cột  đo\u00a0xăng dầu ")).toBe(spellingKey("cột đo xăng dầu"));
    expect(spellingKey("Cân".normalize("NFD"))).toBe(spellingKey("CÂN"));
    expect(spellingKey("Cân")).not.toBe(spellingKey("Can"));
  });

  it("has no lines when nothing falls in the period", () => {
    const later = { from: d("2022-01-01"), to: d("2022-06-30"), name: "6 tháng đầu năm 2022" };
    const s = summarise(workbook({ calibrations }), issues, later);
    expect(s.calibrations.rows).toEqual([]);
    expect(s.rows.calibrations).toEqual({ total: 10, counted: 0, outsidePeriod: 9, excluded: 1 });
  });
});
