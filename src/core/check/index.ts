/** Row-level and cross-row checks of typed records (per-cell checks belong to the reader). */
export { checkWorkbook } from "./check-workbook";
export { uniqueKey } from "./unique-values";
export { figureIssues, knownFigures } from "./figures";
export type { FigureCheckScope, KnownFigure, KnownSheets, NarrativeCell } from "./figures";
