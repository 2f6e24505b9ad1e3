export { analyseWorkbook, analyseData } from "./analyse-workbook";
export type { Analysis, AnalyseOptions } from "./analyse-workbook";
