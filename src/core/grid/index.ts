export type { GridCell, GridRow, GridTable, GridProblem, SheetSource, WorkbookSource } from "./grid-cell";
export { GridProblemCode } from "./grid-cell";
export { columnLetter, columnIndex, cellAddress, parseCellAddress, parseRange, qualify, columnRuns } from "./a1";
export { serialToEpochDay, epochDayToSerial, epochDay, civilDate, isoDate, vnDate } from "./excel-date";
export { gridSource } from "./array-source";
export type { ArrayCell, ArraySheet, ArraySourceOptions } from "./array-source";
export { isDateFormat } from "./date-format";
