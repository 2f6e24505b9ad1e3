/**
 * Workbook source → analysis → report: `reportFromSource`, the one pipeline the
 * CLI and both panes run, and `planReport` to re-plan an analysis already made.
 * Rendering the bytes is src/render's.
 */
export { reportFromSource, planReport, CHECK_REPORT, ReportBlock, reportClock, sourceDateClock, reportFileName } from "./plan-report";
export type { SourceReport, ReportPlan, ReadyReport, BlockedReport, ReportOptions } from "./plan-report";
