/**
 * A host-neutral cell grid: what a workbook holds, cell by cell, before any
 * meaning is given to it. The Node reader fills it from an .xlsx file and the
 * Office.js reader from a live workbook; the core only ever sees this.
 */

/** One non-empty cell. `t` says what Excel holds, `v` the value. */
export type GridCell =
  /** Text (shared or inline string). */
  | { readonly t: "s"; readonly v: string }
  /** A number that is not formatted as a date. */
  | { readonly t: "n"; readonly v: number }
  /** A number formatted as a date: the Excel serial in the workbook's date system. */
  | { readonly t: "d"; readonly v: number }
  /** TRUE or FALSE. */
  | { readonly t: "b"; readonly v: boolean }
  /** An Excel error value such as `#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`. */
  | { readonly t: "e"; readonly v: string };

/**
 * One row of a sheet. `row` is the 1-based sheet row number; `cells[0]` is
 * column A (absolute columns, so a table that starts at column C leaves the
 * first two slots empty). Missing or `null` slots are empty cells.
 */
export interface GridRow {
  readonly row: number;
  readonly cells: ReadonlyArray<GridCell | null | undefined>;
}

/** An Excel table (ListObject) inside a sheet: its name and A1 range, header row included. */
export interface GridTable {
  readonly name: string;
  readonly ref: string;
}

/** What a host met reading a sheet's XML that loses or misplaces a cell or row; the core names each as an issue. */
export const GridProblemCode = {
  /** A row number that is not 1–1048576. params: value */
  RowNumberInvalid: "row-number-invalid",
  /** A row numbered at or before an earlier row; it is left out. params: value */
  RowNumberRepeated: "row-number-repeated",
  /** A cell reference that is not a cell of its row (A0, B-1, 12). params: value */
  CellReferenceInvalid: "cell-reference-invalid",
  /** A shared-string index past the end of the workbook's string table. params: value */
  SharedStringMissing: "shared-string-missing",
} as const;
export type GridProblemCode = (typeof GridProblemCode)[keyof typeof GridProblemCode];

export interface GridProblem {
  readonly code: GridProblemCode;
  /** The 1-based sheet row, when known. */
  readonly row?: number;
  /** The 0-based column, when known. */
  readonly col?: number;
  /** What was found, as it was written (each problem's message quotes it). */
  readonly params: { readonly value: string | number };
}

/** One worksheet as a host streams it. */
export interface SheetSource {
  /** The worksheet's name as the workbook spells it (used in every address). */
  readonly name: string;
  /** Tables the host knows of on this sheet (may be empty: the Node reader does not always know them). */
  readonly tables: ReadonlyArray<GridTable>;
  /** Rows in ascending order; blank rows may be left out or given with no cells. */
  rows(): AsyncIterable<GridRow> | Iterable<GridRow>;
  /**
   * The same rows, in the same order, a chunk at a time: one await per chunk
   * instead of one per row. Hosts that scan a file offer it; readers prefer it.
   */
  rowBatches?(): AsyncIterable<ReadonlyArray<GridRow>>;
  /** Problems met while reading `rows()`, complete once it has ended (hosts that cannot meet any leave it out). */
  problems?(): ReadonlyArray<GridProblem>;
}

/** A workbook as a host streams it: sheets in workbook order. */
export interface WorkbookSource {
  /** True when the workbook uses the 1904 date system (Excel for Mac's old default). */
  readonly date1904: boolean;
  sheets(): AsyncIterable<SheetSource> | Iterable<SheetSource>;
}
