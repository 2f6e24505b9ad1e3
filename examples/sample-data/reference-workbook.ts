/**
 * The reference sample (`bao-cao-mau-6-thang-2021.xlsx`): every sheet of the
 * contract, headers taken from the schema so they never drift from it.
 */
import {
  ACTIVITIES_SHEET,
  ACTIVITY_KINDS_SHEET,
  CALIBRATIONS_SHEET,
  FINANCE_SHEET,
  INFO_SHEET,
  LOTS_SHEET,
  NARRATIVE_SHEET,
  TASKS_SHEET,
  type SheetSpec,
} from "../../src/core/schema";
import { REFERENCE_ACTIVITY_KINDS, referenceActivityRows } from "./reference-activities";
import { referenceCalibrationRows } from "./reference-calibrations";
import { FINANCE_TITLE, referenceFinanceRows } from "./reference-finance";
import { referenceLotRows } from "./reference-lots";
import { NARRATIVE_PLANS } from "./reference-narrative-plans";
import { NARRATIVE_RESULTS } from "./reference-narrative-results";
import { referenceSettingsRows } from "./reference-settings";
import { referenceTaskRows } from "./reference-tasks";
import { headerRowOf, type SampleSheet, type SampleWorkbook } from "./sample-sheet";

export const REFERENCE_FILE = "bao-cao-mau-6-thang-2021.xlsx";

const headers = (spec: SheetSpec): string[] => spec.columns.map((c) => c.vi);

export function referenceWorkbook(): SampleWorkbook {
  const finance: SampleSheet = {
    name: FINANCE_SHEET.vi,
    titleRows: [FINANCE_TITLE],
    headers: headers(FINANCE_SHEET),
    rows: [],
    widths: [8, 70, 8, 20, 24, 20, 16],
    numberFormats: [undefined, undefined, undefined, "#,##0", "#,##0", "#,##0"],
  };
  const sheets: SampleSheet[] = [
    { name: INFO_SHEET.vi, headers: headers(INFO_SHEET), rows: referenceSettingsRows(), widths: [22, 90] },
    {
      name: TASKS_SHEET.vi,
      headers: headers(TASKS_SHEET),
      rows: referenceTaskRows(),
      widths: [13, 70, 11, 32, 40, 26, 14, 14, 12, 16, 16, 14],
    },
    { name: LOTS_SHEET.vi, headers: headers(LOTS_SHEET), rows: referenceLotRows(), widths: [15, 14, 48, 18, 32, 10, 11, 16, 12] },
    {
      name: CALIBRATIONS_SHEET.vi,
      headers: headers(CALIBRATIONS_SHEET),
      rows: referenceCalibrationRows(),
      widths: [12, 12, 24, 10, 14, 42, 11, 18],
    },
    // The formulas need the sheet row of the first line.
    { ...finance, rows: referenceFinanceRows(headerRowOf(finance) + 1) },
    {
      name: ACTIVITIES_SHEET.vi,
      headers: headers(ACTIVITIES_SHEET),
      rows: referenceActivityRows(),
      widths: [12, 28, 70, 10, 10, 40, 14, 16, 40],
      numberFormats: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, "#,##0"],
    },
    { name: ACTIVITY_KINDS_SHEET.vi, headers: headers(ACTIVITY_KINDS_SHEET), rows: REFERENCE_ACTIVITY_KINDS.map((r) => [...r]), widths: [36, 9, 110, 12] },
    {
      name: NARRATIVE_SHEET.vi,
      headers: headers(NARRATIVE_SHEET),
      rows: [...NARRATIVE_RESULTS, ...NARRATIVE_PLANS].map(([section, text]) => [section, text]),
      widths: [9, 140],
    },
  ];
  return { fileName: REFERENCE_FILE, sheets };
}
