/** The Node host: reads .xlsx files as streaming grids, classifies unreadable files, writes the template. */
export { openXlsxSource, type XlsxSourceOptions } from "./xlsx-source";
export {
  WorkbookFileProblemCode,
  WorkbookFileError,
  classifyWorkbookFile,
  toWorkbookFileProblem,
  type WorkbookFileProblem,
  type WorkbookFileProblemParams,
} from "./workbook-file-errors";
export { writeTemplate, type TemplateOptions } from "./template-writer";
export { readJsonFile, readReportFile, type JsonRead } from "./input-files";
export { writeOutputFile } from "./output-files";
export type { OutputFileProblem } from "./output-files";
export { outputClash } from "./output-paths";
export type { NamedOutput, OutputClash } from "./output-paths";
