export { analyseWorkbook, analyseData } from "./analyse-workbook";
export type { Analysis } from "./analyse-workbook";
