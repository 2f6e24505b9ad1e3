import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { summarise } from "../../../src/core/summarise";
import { H1_2021, financeLine as line, sheetOf, workbook } from "../fixtures/records";

const records = [
  line(2, "2", "Chi", 900, 450),
  line(3, "2.1", "Chi", 500, 250),
  line(4, "2.2", "Chi", 400, 200),
  line(5, "2.2.1", "Chi", 400, 200, { note: "Mua sắm thiết bị" }),
  line(6, "1", "Thu", 1000, 400, { estimate: 1000 }),
  line(7, "1.1", "Thu", 600, 300, { estimate: 600 }),
  line(8, "1.2", "Thu", 400, 100, { estimate: 400 }),
  line(9, "3", "Chi", 0, 0),
];
const src = (...ranges: string[]) => [{ sheet: "Tài chính", ranges }];
const run = (lines = records, issues: Parameters<typeof summarise>[1] = []) => summarise(workbook({ finance: sheetOf("finance", lines) }), issues, H1_2021);

describe("finance summary", () => {
  const summary = run();

  it("lists every line in outline order, with depth and percent of plan", () => {
    expect(summary.finance.lines.map((l) => [l.code, l.row, l.depth, l.percentOfPlan])).toEqual([
      ["1", 6, 0, 40],
      ["1.1", 7, 1, 50],
      ["1.2", 8, 1, 25],
      ["2", 2, 0, 50],
      ["2.1", 3, 1, 50],
      ["2.2", 4, 1, 50],
      ["2.2.1", 5, 2, 50],
      ["3", 9, 0, undefined],
    ]);
    expect(summary.finance.lines[0]).toEqual({
      row: 6,
      code: "1",
      item: "Mục 1",
      kind: "Thu",
      depth: 0,
      plan: 1000,
      actual: 400,
      estimate: 1000,
      percentOfPlan: 40,
    });
    expect(summary.finance.lines[6]).toEqual({
      row: 5,
      code: "2.2.1",
      item: "Mục 2.2.1",
      kind: "Chi",
      depth: 2,
      plan: 400,
      actual: 200,
      percentOfPlan: 50,
      note: "Mua sắm thiết bị",
    });
  });

  it("totals each kind from its top-level lines only", () => {
    expect(summary.finance.revenue).toEqual({
      plan: { value: 1000, sources: src("D6") },
      actual: { value: 400, sources: src("E6") },
      estimate: { value: 1000, sources: src("F6") },
      percentOfPlan: 40,
    });
    expect(summary.finance.expenditure).toEqual({
      plan: { value: 900, sources: src("D2", "D9") },
      actual: { value: 450, sources: src("E2", "E9") },
      percentOfPlan: 50,
    });
    expect(summary.rows.finance).toEqual({ total: 8, counted: 8, outsidePeriod: 0, excluded: 0 });
  });

  it("leaves out a line named by an error; its children then stand in for it in the total", () => {
    const s = run(records, [
      issue(
        IssueCode.FinanceSumMismatch,
        Severity.Error,
        { sheet: "Tài chính", cell: "D6", row: 6 },
        { column: "Dự toán năm (đồng)", value: 10, sum: 9, difference: 1, children: "D7:D8" },
      ),
      issue(IssueCode.FinanceParentMissing, Severity.Warning, { sheet: "Tài chính", cell: "A7", row: 7 }, { column: "Mã", code: "2.1", parent: "2" }),
    ]);
    expect(s.finance.lines.map((l) => l.code)).toEqual(["1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "3"]);
    expect(s.finance.revenue).toEqual({
      plan: { value: 1000, sources: src("D7:D8") },
      actual: { value: 400, sources: src("E7:E8") },
      estimate: { value: 1000, sources: src("F7:F8") },
      percentOfPlan: 40,
    });
    expect(s.rows.finance).toEqual({ total: 8, counted: 7, outsidePeriod: 0, excluded: 1 });
  });

  it("sums the shallowest lines of a kind that has no top-level line", () => {
    const s = run([line(2, "1.1", "Thu", 10, 5), line(3, "1.2", "Thu", 30, 10), line(4, "1.2.1", "Thu", 30, 10)]);
    expect(s.finance.revenue).toEqual({
      plan: { value: 40, sources: src("D2:D3") },
      actual: { value: 15, sources: src("E2:E3") },
      percentOfPlan: 37.5,
    });
    expect(s.finance.expenditure).toEqual({ plan: { value: 0, sources: [] }, actual: { value: 0, sources: [] } });
  });

  it("counts a line whose parent is missing once, beside the top-level lines", () => {
    const s = run([line(2, "1", "Chi", 10, 5), line(3, "1.1", "Chi", 10, 5), line(4, "2.1", "Chi", 7, 1)]);
    expect(s.finance.expenditure.plan).toEqual({ value: 17, sources: src("D2", "D4") });
  });

  it("keeps a line without a plan out of the percentages, and its estimate absent when blank", () => {
    const s = run([line(2, "1", "Thu", 0, 12)]);
    expect(s.finance.lines[0]!.percentOfPlan).toBeUndefined();
    expect(s.finance.lines[0]!.estimate).toBeUndefined();
    expect(s.finance.revenue.percentOfPlan).toBeUndefined();
  });
});
