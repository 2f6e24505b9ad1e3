/** How the workbook contract describes a sheet and its columns, as data. */

export const ValueType = {
  Text: "text",
  Date: "date",
  /** A number ≥ 0 or > 0 (see `min`), decimals allowed. */
  Number: "number",
  /** A whole number. */
  Integer: "integer",
  /** One of `values`. */
  Category: "category",
  /** An outline code: 1, 1.1, 1.1.2. */
  OutlineCode: "outline-code",
} as const;
export type ValueType = (typeof ValueType)[keyof typeof ValueType];

export interface ColumnSpec {
  /** Field name in the typed record. */
  readonly key: string;
  /** Header as the contract spells it (Vietnamese), unit included. */
  readonly vi: string;
  /** English alias, unit included. */
  readonly en: string;
  readonly type: ValueType;
  readonly required: boolean;
  /** Values must not repeat down the column. */
  readonly unique?: boolean;
  /** For categories: the allowed values, spelled as the contract spells them. */
  readonly values?: ReadonlyArray<string>;
  /** For numbers: "nonNegative" (≥ 0) or "positive" (> 0). */
  readonly min?: "nonNegative" | "positive";
  /** Other header spellings seen in real workbooks. */
  readonly aliases?: ReadonlyArray<string>;
  /** Values the template's drop-down offers on a column the reader does not hold to a list (activity kinds: a department adds its own). */
  readonly suggestions?: ReadonlyArray<string>;
}

/** What a column's drop-down offers: a category's values, else its suggestions. */
export function dropDownValues(column: ColumnSpec): ReadonlyArray<string> | undefined {
  return column.type === ValueType.Category ? column.values : column.suggestions;
}

export const SheetKey = {
  Info: "info",
  Tasks: "tasks",
  Lots: "lots",
  Calibrations: "calibrations",
  Finance: "finance",
  Narrative: "narrative",
  Activities: "activities",
  ActivityKinds: "activityKinds",
} as const;
export type SheetKey = (typeof SheetKey)[keyof typeof SheetKey];

export interface SheetSpec {
  readonly key: SheetKey;
  /** Sheet name as the contract spells it. */
  readonly vi: string;
  /** English alias. */
  readonly en: string;
  /** Other names accepted for the sheet or its table (e.g. "LoHang"). */
  readonly aliases?: ReadonlyArray<string>;
  /** A missing required sheet is an error; a missing optional one a warning. */
  readonly required: boolean;
  /** "quiet": an optional sheet with a built-in default (the activity catalogue) is not reported when absent. */
  readonly whenMissing?: "quiet";
  readonly columns: ReadonlyArray<ColumnSpec>;
}
