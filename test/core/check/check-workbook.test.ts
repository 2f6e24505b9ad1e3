import { checkWorkbook } from "../../../src/core/check";
import { summarise } from "../../../src/core/summarise";
import { H1_2021, calibration, d, financeLine, lot, sheetOf, task, workbook } from "../fixtures/records";

describe("checkWorkbook", () => {
  it("finds nothing in a workbook without data sheets", () => {
    expect(checkWorkbook(workbook())).toEqual([]);
  });

  it("reports sheet by sheet, each in row order", () => {
    const data = workbook({
      finance: sheetOf("finance", [financeLine(2, "1.1", "Thu", 1, 1), financeLine(3, "1", "Thu", 2, 1), financeLine(4, "1.1", "Thu", 1, 1)]),
      lots: sheetOf("lots", [lot(2, { registrationNo: "A" }), lot(3, { registrationNo: "A" })]),
      tasks: sheetOf("tasks", [task(5, { acceptedOn: d("2021-01-01") })]),
    });
    expect(checkWorkbook(data).map((i) => [i.sheet, i.code, i.cell])).toEqual([
      ["Nhiệm vụ", "date-without-status", "K5"],
      ["Lô hàng", "duplicate-value", "A3"],
      ["Tài chính", "finance-sum-mismatch", "D3"],
      ["Tài chính", "duplicate-value", "A4"],
    ]);
  });

  it("keeps a repeated finance code out of its parent's sum", () => {
    const data = workbook({
      finance: sheetOf("finance", [financeLine(2, "1", "Thu", 1, 1), financeLine(3, "1.1", "Thu", 1, 1), financeLine(4, "1.1", "Thu", 1, 1)]),
    });
    expect(checkWorkbook(data).map((i) => i.code)).toEqual(["duplicate-value"]);
  });

  it("checks and sums up 300,000 rows in a few seconds at most (linear time)", () => {
    const n = 75_000;
    const groups = ["Thép", "Khác", "Đồ chơi trẻ em"] as const;
    const data = workbook({
      tasks: sheetOf(
        "tasks",
        Array.from({ length: n }, (_, i) => task(i + 2, { start: d("2020-01-01") + (i % 700) })),
      ),
      lots: sheetOf(
        "lots",
        Array.from({ length: n }, (_, i) => lot(i + 2, { group: groups[i % 3]!, registeredOn: d("2021-01-01") + (i % 365) })),
      ),
      calibrations: sheetOf(
        "calibrations",
        Array.from({ length: n }, (_, i) => calibration(i + 2, { instrument: i % 2 ? "Cân" : "cân " })),
      ),
      finance: sheetOf(
        "finance",
        Array.from({ length: n }, (_, i) =>
          financeLine(i + 2, i % 10 === 0 ? `${i / 10 + 1}` : `${Math.floor(i / 10) + 1}.${i % 10}`, "Chi", i % 10 === 0 ? 9 : 1, 1),
        ),
      ),
    });
    const started = performance.now();
    const issues = checkWorkbook(data);
    const summary = summarise(data, issues, H1_2021);
    const elapsed = performance.now() - started;
    expect(issues).toHaveLength(n / 10);
    expect(summary.lots.total.value).toBe(Math.floor(n / 365) * 181 + Math.min(n % 365, 181));
    expect(summary.calibrations.rows).toHaveLength(1);
    expect(summary.rows.finance).toEqual({ total: n, counted: n - n / 10, outsidePeriod: 0, excluded: n / 10 });
    expect(elapsed).toBeLessThan(5000);
  });
});
