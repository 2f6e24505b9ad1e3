/**
 * The Office.js requirement sets each Excel feature needs. The manifest is
 * shared with Word, so it cannot demand an ExcelApi set: the task pane checks
 * these at run time and turns off what the user's Excel cannot do.
 */

export const ExcelFeature = {
  /** Reading the workbook: `getUsedRangeOrNullObject(valuesOnly)` is ExcelApi 1.4 (tables' worksheet, `functions`, `getResizedRange` are 1.2). */
  Read: "read",
  /** Going to a cell: `activate` and `select` are ExcelApi 1.1. */
  Select: "select",
  /** "Tạo mẫu": `freezePanes` is ExcelApi 1.7, `dataValidation` 1.8 (`getItemOrNullObject` 1.4). */
  Template: "template",
} as const;
export type ExcelFeature = (typeof ExcelFeature)[keyof typeof ExcelFeature];

export interface RequirementSet {
  readonly feature: ExcelFeature;
  readonly name: string;
  readonly version: string;
}

export const EXCEL_REQUIREMENTS: ReadonlyArray<RequirementSet> = [
  { feature: ExcelFeature.Read, name: "ExcelApi", version: "1.4" },
  { feature: ExcelFeature.Select, name: "ExcelApi", version: "1.1" },
  { feature: ExcelFeature.Template, name: "ExcelApi", version: "1.8" },
];

/** `Office.context.requirements.isSetSupported`, passed in so this stays testable. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** The requirement sets the host lacks (empty when every feature can run). */
export function checkRequirements(isSetSupported: IsSetSupported, sets: ReadonlyArray<RequirementSet> = EXCEL_REQUIREMENTS): RequirementSet[] {
  return sets.filter((s) => !isSetSupported(s.name, s.version));
}

/** The features that can run, given what `checkRequirements` found missing. */
export function availableFeatures(missing: ReadonlyArray<RequirementSet>): ExcelFeature[] {
  return Object.values(ExcelFeature).filter((f) => !missing.some((m) => m.feature === f));
}
