import type { Summary } from "../../../src/core/summarise";
import {
  amount,
  chartBars,
  chartDescription,
  firstSource,
  numericColumn,
  sourceText,
  summaryTables,
  type FigureCell,
  type SummaryTable,
} from "../../../src/taskpane/summary";
import { analysisOf, SAMPLE } from "../fixtures";

function table(tables: SummaryTable[], id: string): SummaryTable {
  const found = tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** Each row as [label, the other cells' text]. */
const rowsOf = (t: SummaryTable) => t.rows.map((r) => r.map((c) => c.text));

describe("summary tables of the reference sample", () => {
  let summary: Summary;
  let tables: SummaryTable[];
  beforeAll(async () => {
    summary = (await analysisOf(SAMPLE)).summary!;
    tables = summaryTables(summary, "vi");
  });

  it("lists the tables in report order", () => {
    expect(tables.map((t) => t.id)).toEqual([
      "tasks",
      "tasks-by-field",
      "tasks-by-level",
      "lots-by-group",
      "lots-by-result",
      "activities",
      "calibrations",
      "finance",
    ]);
  });

  it("lists each kind of the activity register with its quantity, subjects and failures, pointing at their cells", () => {
    const activities = table(tables, "activities");
    expect(activities.rows).toHaveLength(summary.activities.kinds.length);
    const scales = activities.rows.find((r) => r[0]!.text === "Cân đối chứng")!;
    expect(scales.map((c) => c.text)).toEqual(["Cân đối chứng", "3.339", "30", "11"]);
    const failed = scales[3] as FigureCell;
    expect(failed.sources).toBe(summary.activities.kinds.find((k) => k.kind.name === "Cân đối chứng")!.failed.sources);
    expect(failed.label).toBe("Cân đối chứng, Không đạt, vi phạm");
  });

  it("writes each count from the summary, every field listed, with its source cells", () => {
    const byField = table(tables, "tasks-by-field");
    expect(rowsOf(byField)).toEqual(Object.entries(summary.tasks.byField).map(([field, f]) => [field, String(f.value)]));
    const cell = byField.rows.find((r) => r[0]!.text === "Y dược")![1] as FigureCell;
    expect(cell.kind).toBe("figure");
    expect(cell.sources).toBe(summary.tasks.byField["Y dược"].sources);
    expect(cell.label).toBe("Y dược, Số nhiệm vụ");
  });

  it("ends the lots by group with their total", () => {
    const lots = table(tables, "lots-by-group");
    expect(lots.rows.at(-1)!.map((c) => c.text)).toEqual(["Tổng", amount(summary.lots.total.value, "vi")]);
    const sum = Object.values(summary.lots.byGroup).reduce((n, f) => n + f.value, 0);
    expect(summary.lots.total.value).toBe(sum);
  });

  it("lists calibration lines under a heading per activity, in the summary's order", () => {
    const rows = table(tables, "calibrations").rows;
    const activities = [...new Set(summary.calibrations.rows.map((r) => r.activity))];
    expect(rows.filter((r) => r[0]!.kind === "heading").map((r) => r[0]!.text)).toEqual(activities);
    const lines = rows.filter((r) => r[0]!.kind !== "heading");
    expect(lines.map((r) => r.map((c) => c.text))).toEqual(
      summary.calibrations.rows.map((r) => [r.instrument, r.unit, String(r.quantity.value), String(r.passed), String(r.failed)]),
    );
    expect(numericColumn(table(tables, "calibrations"), 2)).toBe(true);
    expect(numericColumn(table(tables, "calibrations"), 1)).toBe(false);
  });

  it("puts revenue and expenditure side by side, with their percent of plan", () => {
    const finance = table(tables, "finance");
    expect(finance.columns).toEqual(["Khoản", "Thu", "Chi"]);
    expect(finance.rows.map((r) => r[0]!.text)).toEqual(["Dự toán năm", "Thực hiện trong kỳ", "Ước cả năm", "% dự toán"]);
    const { revenue, expenditure } = summary.finance;
    expect(finance.rows[1]!.slice(1).map((c) => c.text)).toEqual([amount(revenue.actual.value, "vi"), amount(expenditure.actual.value, "vi")]);
    const actual = finance.rows[1]![1] as FigureCell;
    expect(actual.sources).toBe(revenue.actual.sources);
    expect(actual.label).toBe("Thu, Thực hiện trong kỳ");
    const pct = (v: number | undefined) => (v === undefined ? "—" : `${v.toFixed(2).replace(".", ",")}%`);
    expect(finance.rows[3]!.slice(1).map((c) => c.text)).toEqual([pct(revenue.percentOfPlan), pct(expenditure.percentOfPlan)]);
    expect(numericColumn(finance, 1)).toBe(true);
    expect(numericColumn(finance, 0)).toBe(false);
  });

  it("speaks English labels in English, keeping the workbook's category names", () => {
    const en = summaryTables(summary, "en");
    expect(table(en, "tasks-by-field").columns).toEqual(["Field", "Tasks"]);
    expect(table(en, "tasks-by-field").rows[0]![0]!.text).toBe("Nông nghiệp và phát triển nông thôn");
  });
});

describe("numbers and sources", () => {
  it("writes amounts with only the decimals they need, the reader's way", () => {
    expect(amount(1234567, "vi")).toBe("1.234.567");
    expect(amount(1234.5, "vi")).toBe("1.234,5");
    expect(amount(1234.5, "en")).toBe("1,234.5");
    expect(amount(0.125, "vi")).toBe("0,125");
  });

  it("selects a figure's first range and names it as Excel would", () => {
    const sources = [
      { sheet: "Lô hàng", ranges: ["D5:D20", "D22"] },
      { sheet: "Tài chính", ranges: ["E3"] },
    ];
    expect(firstSource(sources)).toEqual({ sheet: "Lô hàng", address: "D5:D20" });
    expect(sourceText(sources)).toBe("'Lô hàng'!D5:D20 …");
    expect(sourceText([{ sheet: "Finance", ranges: ["E3"] }])).toBe("Finance!E3");
    expect(firstSource([{ sheet: "A", ranges: [] }])).toBeUndefined();
    expect(sourceText([])).toBe("");
  });

  it("draws bars against the largest value and describes them in words", () => {
    const f = (value: number) => ({ value, sources: [] });
    const bars = chartBars(
      [
        ["Thép", f(12)],
        ["Khác", f(3)],
        ["Mũ bảo hiểm", f(0)],
      ],
      "vi",
    );
    expect(bars.map((b) => b.fraction)).toEqual([1, 0.25, 0]);
    expect(chartDescription(bars)).toBe("Thép: 12; Khác: 3; Mũ bảo hiểm: 0");
    expect(chartBars([["A", f(0)]], "vi")[0]!.fraction).toBe(0);
  });
});
