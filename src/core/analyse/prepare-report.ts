/**
 * Between the analysis and the writers: builds the report document when the
 * workbook allows it, and says why not when it does not. The CLI, the task
 * pane and the Word host share this decision.
 */
import type { Analysis } from "./analyse-workbook";
import { buildReport, type BuildReportOptions, type BuiltReport } from "../narrative";
import { sortIssues, type Issue } from "../issues";

export const ReportBlock = {
  /** Errors in the workbook and the user did not ask to go on. */
  Errors: "errors",
  /** No valid reporting period in Thông tin: nothing can be summed up. */
  NoPeriod: "no-period",
} as const;
export type ReportBlock = (typeof ReportBlock)[keyof typeof ReportBlock];

export type PreparedReport =
  | { readonly ok: true; readonly built: BuiltReport; readonly issues: ReadonlyArray<Issue> }
  | { readonly ok: false; readonly reason: ReportBlock; readonly issues: ReadonlyArray<Issue> };

export interface PrepareOptions extends Omit<BuildReportOptions, "includeExcludedRows"> {
  /** Write the report despite errors, leaving the rows in error out and listing them in an appendix. */
  readonly force?: boolean;
}

/** All issues of the workbook and of the report, in one sorted list. */
export function prepareReport(analysis: Analysis, options: PrepareOptions): PreparedReport {
  if (!analysis.summary) return { ok: false, reason: ReportBlock.NoPeriod, issues: analysis.issues };
  const built = buildReport(analysis, { ...options, includeExcludedRows: options.force === true && analysis.hasErrors });
  const issues = sortIssues([...analysis.issues, ...built.issues], analysis.sheetOrder);
  if (analysis.hasErrors && !options.force) return { ok: false, reason: ReportBlock.Errors, issues };
  return { ok: true, built, issues };
}

/** Every issue a clerk should see when checking: the workbook's, and those of the report it would make (unknown sections, a year that contradicts the period). */
export function allIssues(analysis: Analysis): ReadonlyArray<Issue> {
  return analysis.summary ? prepareReport(analysis, { lang: "vi", force: true }).issues : analysis.issues;
}

/** The document's timestamps, from the workbook itself so the same workbook gives the same bytes: the issue date, else the period's end (UTC midnight). */
export function reportClock(analysis: Analysis): Date {
  const day = analysis.data.settings.values.issueDate ?? analysis.period?.to ?? 0;
  return new Date(day * 86_400_000);
}
