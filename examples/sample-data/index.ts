/**
 * The sample workbooks as plain data (no exceljs here): the reference sample
 * that reproduces the 2021 half-year report's figures, and the mistakes
 * samples with the outcome planned for each mistake.
 */
export type { SampleSheet, SampleValue, SampleWorkbook, ExcelErrorText } from "./sample-sheet";
export { headerRowOf } from "./sample-sheet";
export { mulberry32, splitTotal, type Rng } from "./prng";
export { utc, vn } from "./dates";
export { referenceWorkbook, REFERENCE_FILE } from "./reference-workbook";
export { MANAGED_TASKS, OTHER_TASKS } from "./reference-tasks";
export { LOTS_IN_PERIOD } from "./reference-lots";
export { CALIBRATION_TARGETS, type CalibrationTarget } from "./reference-calibrations";
export { APPRAISED_DOSSIERS, RECORDED_STATIONS, REFERENCE_ACTIVITY_KINDS, SEALED_STATIONS, SCALE_CODES, referenceActivityRows } from "./reference-activities";
export { FINANCE_LINES, FINANCE_NOTE, FINANCE_TITLE } from "./reference-finance";
export { REFERENCE_BASIS, REFERENCE_DISTRIBUTION } from "./reference-settings";
export { mistakesWorkbook, MISTAKES_FILE } from "./mistakes-workbook";
export { missingColumnWorkbook, MISSING_COLUMN_FILE } from "./missing-column-workbook";
export { PLANNED_OUTCOMES, outcomesTable, type PlannedOutcome } from "./planned-outcomes";

import { missingColumnWorkbook } from "./missing-column-workbook";
import { mistakesWorkbook } from "./mistakes-workbook";
import { referenceWorkbook } from "./reference-workbook";
import type { SampleWorkbook } from "./sample-sheet";

/** Every sample workbook, in the order they are built. */
export function allSamples(): SampleWorkbook[] {
  return [referenceWorkbook(), mistakesWorkbook(), missingColumnWorkbook()];
}
