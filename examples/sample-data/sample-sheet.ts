/**
 * A workbook as plain data, before exceljs writes it: what each cell holds,
 * typed the way a clerk would type it (dates as Date cells or as text,
 * numbers as numbers or as text, Excel errors, formulas with their result).
 */

export type ExcelErrorText = "#N/A" | "#REF!" | "#VALUE!" | "#DIV/0!";

export type SampleValue =
  | string
  | number
  | Date
  | null
  | { readonly error: ExcelErrorText }
  | { readonly formula: string; readonly result: number | { readonly error: ExcelErrorText } };

export interface SampleSheet {
  readonly name: string;
  /** Rows above the header (a title, a note); the header follows them. */
  readonly titleRows?: ReadonlyArray<string>;
  readonly headers: ReadonlyArray<string>;
  /** Data rows in sheet order; a row of nulls (or empty) is a blank row. */
  readonly rows: ReadonlyArray<ReadonlyArray<SampleValue>>;
  /** Column widths in characters, by column. */
  readonly widths?: ReadonlyArray<number>;
  /** Number formats of number cells, by column (e.g. "#,##0" for money). */
  readonly numberFormats?: ReadonlyArray<string | undefined>;
}

export interface SampleWorkbook {
  readonly fileName: string;
  readonly sheets: ReadonlyArray<SampleSheet>;
}

/** 1-based sheet row of the header. */
export function headerRowOf(sheet: SampleSheet): number {
  return (sheet.titleRows?.length ?? 0) + 1;
}

/** Lays a record out in the order of `keys`; missing fields become empty cells. */
export function rowOf<K extends string>(keys: ReadonlyArray<K>, record: Partial<Record<K, SampleValue | undefined>>): SampleValue[] {
  return keys.map((k) => record[k] ?? null);
}
