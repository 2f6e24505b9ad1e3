/**
 * Analysis → report: the one decision, document, clock and file name the
 * CLI and both panes write from. Rendering the bytes is src/render's.
 */
export { planReport, CHECK_REPORT, ReportBlock, reportClock, sourceDateClock, reportFileName } from "./plan-report";
export { reportFromSource, type SourceReport } from "./report-from-source";
export type { ReportPlan, ReadyReport, BlockedReport, ReportOptions } from "./plan-report";
