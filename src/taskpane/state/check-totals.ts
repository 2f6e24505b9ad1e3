/** The issues a pane lists for a reading, and their counts: the workbook's own and the report's checks, the same in Excel and in Word. */
import { countBySeverity, type Issue, type Severity } from "../../core/issues";

/** "all" or one severity. */
export type SeverityFilter = Severity | "all";

export interface CheckTotals {
  readonly issues: ReadonlyArray<Issue>;
  readonly totals: Readonly<Record<Severity, number>>;
}

export function totalsOf(issues: ReadonlyArray<Issue>): CheckTotals {
  return { issues, totals: countBySeverity(issues) };
}
