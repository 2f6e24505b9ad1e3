export { analyseWorkbook, analyseData } from "./analyse-workbook";
export type { Analysis, AnalyseOptions } from "./analyse-workbook";
export { prepareReport, reportClock, allIssues, ReportBlock } from "./prepare-report";
export type { PreparedReport, PrepareOptions } from "./prepare-report";
