/** Revenue and expenditure lines, with totals per kind. */
import { compareOutline, isUnder, outlineDepth } from "../values";
import type { FinanceRecord, SheetData } from "../model";
import type { FinanceKind } from "../schema";
import { ZERO, figure } from "./figure";
import { RowTally } from "./row-account";
import type { FinanceLine, FinanceSummary, FinanceTotals, SheetSummary } from "./summary";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_TOTALS: FinanceTotals = { plan: ZERO, actual: ZERO };
export const EMPTY_FINANCE: FinanceSummary = { revenue: EMPTY_TOTALS, expenditure: EMPTY_TOTALS, lines: [] };

/**
 * The lines that make a kind's total: those with no ancestor among the lines
 * kept. With a whole outline these are the top-level lines (children are
 * already inside their parents); when a parent is absent or left out for an
 * error, its shallowest descendants present take its place.
 * `lines` are in outline order, so each line's ancestors come just before it.
 */
function roots(lines: ReadonlyArray<FinanceLine>): FinanceLine[] {
  const out: FinanceLine[] = [];
  const chain: string[] = [];
  for (const l of lines) {
    while (chain.length > 0 && !isUnder(l.code, chain[chain.length - 1]!)) chain.pop();
    if (chain.length === 0) out.push(l);
    chain.push(l.code);
  }
  return out;
}

/** Sheets are usually typed in outline order already: then there is nothing to sort. */
function inOrder(lines: ReadonlyArray<FinanceLine>): boolean {
  for (let i = 1; i < lines.length; i++) if (compareOutline(lines[i - 1]!.code, lines[i]!.code) > 0) return false;
  return true;
}

function totals(data: SheetData<FinanceRecord>, lines: ReadonlyArray<FinanceLine>, kind: FinanceKind): FinanceTotals {
  const top = roots(lines.filter((l) => l.kind === kind));
  const rows = top.map((l) => l.row).sort((a, b) => a - b);
  let plan = 0;
  let actual = 0;
  let estimate = 0;
  const estimateRows: number[] = [];
  for (const l of top) {
    plan += l.plan;
    actual += l.actual;
    if (l.estimate !== undefined) {
      estimate += l.estimate;
      estimateRows.push(l.row);
    }
  }
  const { sheet, columns } = data;
  const out: Mutable<FinanceTotals> = {
    plan: figure(plan, sheet, columns.plan, rows),
    actual: figure(actual, sheet, columns.actual, rows),
  };
  if (estimateRows.length > 0)
    out.estimate = figure(
      estimate,
      sheet,
      columns.estimate,
      estimateRows.sort((a, b) => a - b),
    );
  if (plan !== 0) out.percentOfPlan = (actual / plan) * 100;
  return out;
}

/**
 * Every finance line free of errors (the sheet is the period's own, so no
 * date filter), in outline order, and the revenue and expenditure totals.
 */
export function summariseFinance(data: SheetData<FinanceRecord>, errorRows: ReadonlySet<number>): SheetSummary<FinanceSummary> {
  const tally = new RowTally();
  const lines: FinanceLine[] = [];
  for (const f of data.records) {
    tally.total++;
    const { code, kind, plan, actual } = f;
    if (errorRows.has(f.row) || code === undefined || kind === undefined || plan === undefined || actual === undefined) {
      tally.excluded++;
      continue;
    }
    tally.counted++;
    const line: Mutable<FinanceLine> = { row: f.row, code, item: f.item ?? "", kind, depth: outlineDepth(code), plan, actual };
    if (f.estimate !== undefined) line.estimate = f.estimate;
    if (plan !== 0) line.percentOfPlan = (actual / plan) * 100;
    if (f.note !== undefined) line.note = f.note;
    lines.push(line);
  }
  if (!inOrder(lines)) lines.sort((a, b) => compareOutline(a.code, b.code));
  return {
    summary: { revenue: totals(data, lines, "Thu"), expenditure: totals(data, lines, "Chi"), lines },
    rows: tally.account(),
  };
}
