import { checkWorkbook } from "../../../src/core/check";
import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { summarise } from "../../../src/core/summarise";
import { H1_2021, calibration, d, financeLine, lot, sheetOf, task, workbook } from "../fixtures/records";

describe("summarise", () => {
  it("gives zero figures, every list value present, and no row account for absent sheets", () => {
    const s = summarise(workbook(), [], H1_2021);
    expect(s.period).toBe(H1_2021);
    expect(s.rows).toEqual({});
    expect(s.tasks.managed).toEqual({ value: 0, sources: [] });
    expect(Object.values(s.tasks.byField).map((f) => f.value)).toEqual([0, 0, 0, 0, 0]);
    expect(Object.values(s.lots.byGroup).map((f) => f.value)).toEqual([0, 0, 0, 0, 0]);
    expect(s.calibrations.rows).toEqual([]);
    expect(s.finance).toEqual({
      revenue: { plan: { value: 0, sources: [] }, actual: { value: 0, sources: [] } },
      expenditure: { plan: { value: 0, sources: [] }, actual: { value: 0, sources: [] } },
      lines: [],
    });
  });

  it("excludes only the rows an error names, on that sheet", () => {
    const data = workbook({
      lots: sheetOf("lots", [lot(2), lot(3), lot(4)]),
      calibrations: sheetOf("calibrations", [calibration(2), calibration(3), calibration(4)]),
    });
    const s = summarise(
      data,
      [
        issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: "C3", row: 3 }, { column: "Tổ chức nhập khẩu" }),
        issue(
          IssueCode.CategoryUnknown,
          Severity.Warning,
          { sheet: "Lô hàng", cell: "D4", row: 4 },
          { column: "Nhóm hàng", value: "Đồ chơi", nearest: "Đồ chơi trẻ em", allowed: "Đồ chơi trẻ em · Thép" },
        ),
        issue(IssueCode.ColumnMissing, Severity.Error, { sheet: "Kiểm định" }, { column: "Số lượng" }),
        issue(IssueCode.SettingMissing, Severity.Error, { sheet: "Thông tin", row: 2 }, { key: "Từ ngày" }),
      ],
      H1_2021,
    );
    expect(s.lots.total.value).toBe(2);
    expect(s.rows.lots).toEqual({ total: 3, counted: 2, outsidePeriod: 0, excluded: 1 });
    expect(s.rows.calibrations).toEqual({ total: 3, counted: 3, outsidePeriod: 0, excluded: 0 });
  });

  it("leaves out what the checks find: a repeated lot and a task ending before it starts", () => {
    const data = workbook({
      tasks: sheetOf("tasks", [task(2), task(3, { start: d("2021-02-01"), end: d("2021-01-31") })]),
      lots: sheetOf("lots", [lot(2, { registrationNo: "A" }), lot(3, { registrationNo: "a" })]),
      finance: sheetOf("finance", [financeLine(2, "1", "Thu", 5, 5), financeLine(3, "1.1", "Chi", 5, 5)]),
    });
    const s = summarise(data, checkWorkbook(data), H1_2021);
    expect(s.tasks.managed.value).toBe(1);
    expect(s.lots.total).toEqual({ value: 1, sources: [{ sheet: "Lô hàng", ranges: ["B2"] }] });
    expect(s.finance.lines.map((l) => l.code)).toEqual(["1"]);
    expect(s.rows).toEqual({
      tasks: { total: 2, counted: 1, outsidePeriod: 0, excluded: 1 },
      lots: { total: 2, counted: 1, outsidePeriod: 0, excluded: 1 },
      finance: { total: 2, counted: 1, outsidePeriod: 0, excluded: 1 },
    });
  });
});
