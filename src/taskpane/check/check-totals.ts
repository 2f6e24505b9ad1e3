/** The issues a pane lists for a reading, and their counts: the workbook's own and the report's checks, the same in Excel and in Word. */
import type { Analysis } from "../../core/analyse";
import { allIssues } from "../../core/report";
import { countBySeverity, type Issue, type Severity } from "../../core/issues";

export interface CheckTotals {
  readonly issues: ReadonlyArray<Issue>;
  readonly totals: Readonly<Record<Severity, number>>;
}

export function checkTotals(analysis: Analysis): CheckTotals {
  const issues = allIssues(analysis);
  return { issues, totals: countBySeverity(issues) };
}
