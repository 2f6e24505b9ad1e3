/** Which rows count: in the period, free of errors; and the tally of how each row was used. */
import { Severity, type Issue } from "../issues";
import type { EpochDay } from "../model";
import type { Period, RowAccount } from "./summary";

export function inPeriod(day: EpochDay | undefined, period: Period): boolean {
  return day !== undefined && day >= period.from && day <= period.to;
}

/** Rows named by an error, per sheet: those records are left out of every figure. */
export function errorRowsBySheet(issues: ReadonlyArray<Issue>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const i of issues) {
    if (i.severity !== Severity.Error || i.sheet === undefined || i.row === undefined) continue;
    let rows = out.get(i.sheet);
    if (rows === undefined) out.set(i.sheet, (rows = new Set()));
    rows.add(i.row);
  }
  return out;
}

/** Tallies how each row of a sheet was used. */
export class RowTally {
  total = 0;
  counted = 0;
  outsidePeriod = 0;
  excluded = 0;

  account(): RowAccount {
    return { total: this.total, counted: this.counted, outsidePeriod: this.outsidePeriod, excluded: this.excluded };
  }
}
