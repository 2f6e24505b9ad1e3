/** Rules of the `Tài chính` sheet: lines nest by outline code and add up to their parents. */
import { columnRuns } from "../grid";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { FinanceRecord, SheetData } from "../model";
import { FINANCE_SHEET } from "../schema";
import { at, header } from "./cell-ref";
import { parentCode } from "../values";

const CODE = header(FINANCE_SHEET, "code");
const KIND = header(FINANCE_SHEET, "kind");
const AMOUNTS = ["plan", "actual", "estimate"] as const;
type Amount = (typeof AMOUNTS)[number];
const AMOUNT_HEADERS: Readonly<Record<Amount, string>> = {
  plan: header(FINANCE_SHEET, "plan"),
  actual: header(FINANCE_SHEET, "actual"),
  estimate: header(FINANCE_SHEET, "estimate"),
};

/** Differences below half a hundredth are floating-point noise, not a mistake. */
const TOLERANCE = 0.005;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Checks parents, kinds and sums; a repeated code takes no part in the tree
 * (it has its own error). `byCode` maps each code to the index of its first
 * line, as the unique check found it: outline codes are digits and dots, so
 * their unique key is the code itself.
 */
export function checkFinance(data: SheetData<FinanceRecord>, byCode: ReadonlyMap<string, number>, out: Issue[]): void {
  const lines = data.records;

  // Children by the index of their parent line, in sheet order.
  const children: Array<number[] | undefined> = new Array<number[] | undefined>(lines.length);
  const parents: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.code === undefined) continue;
    const parent = parentCode(line.code);
    if (parent === undefined) continue;
    const p = byCode.get(parent);
    if (p === undefined) {
      out.push(
        issue(IssueCode.FinanceParentMissing, Severity.Warning, at(data, "code", line.row), {
          column: CODE,
          code: line.code,
          parent,
        }),
      );
      continue;
    }
    const up = lines[p]!;
    if (line.kind !== undefined && up.kind !== undefined && line.kind !== up.kind) {
      out.push(
        issue(IssueCode.FinanceKindMismatch, Severity.Error, at(data, "kind", line.row), {
          column: KIND,
          code: line.code,
          parent,
        }),
      );
    }
    if (byCode.get(line.code) !== i) continue;
    const list = children[p];
    if (list === undefined) {
      children[p] = [i];
      parents.push(p);
    } else list.push(i);
  }

  for (const p of parents) {
    const kids = children[p]!.map((k) => lines[k]!);
    for (const field of AMOUNTS) checkSum(data, lines[p]!, kids, field, out);
  }
}

function checkSum(data: SheetData<FinanceRecord>, parent: FinanceRecord, kids: ReadonlyArray<FinanceRecord>, field: Amount, out: Issue[]): void {
  let sum = 0;
  let anyValue = parent[field] !== undefined;
  let allValues = anyValue;
  for (const kid of kids) {
    const v = kid[field];
    if (v === undefined) allValues = false;
    else {
      anyValue = true;
      sum += v;
    }
  }
  // Plan and actual are required: a missing one was reported by the reader and the sum cannot be judged.
  // The estimate is optional: once any line of the family has one, a blank counts as 0.
  if (field === "estimate" ? !anyValue : !allValues) return;
  const value = parent[field] ?? 0;
  const difference = value - sum;
  if (Math.abs(difference) < TOLERANCE) return;
  const col = data.columns[field];
  const kidRows = kids.map((k) => k.row).sort((a, b) => a - b);
  out.push(
    issue(IssueCode.FinanceSumMismatch, Severity.Error, at(data, field, parent.row), {
      column: AMOUNT_HEADERS[field],
      value,
      sum: round2(sum),
      difference: round2(difference),
      children: col === undefined ? kidRows.join(", ") : columnRuns(col, kidRows).join(", "),
    }),
  );
}
