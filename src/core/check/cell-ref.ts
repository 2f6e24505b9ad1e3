/** Where a record's field sits on its sheet, as an issue location. */
import { cellAddress } from "../grid";
import type { RowRecord, SheetData } from "../model";
import type { SheetSpec } from "../schema";

export interface IssueLocation {
  sheet: string;
  cell?: string;
  row: number;
}

/** A1 of a field's cell on a record's row; undefined when the column was not found. */
export function fieldCell<R extends RowRecord>(data: SheetData<R>, field: Exclude<keyof R, "row">, row: number): string | undefined {
  const col = data.columns[field];
  return col === undefined ? undefined : cellAddress(col, row);
}

/** The issue location of a field on a record's row (the cell is left out when the column is unknown). */
export function at<R extends RowRecord>(data: SheetData<R>, field: Exclude<keyof R, "row">, row: number): IssueLocation {
  const cell = fieldCell(data, field, row);
  return cell === undefined ? { sheet: data.sheet, row } : { sheet: data.sheet, cell, row };
}

/** The contract's header of a column ("Số đăng ký"), the name issues use. */
export function header(spec: SheetSpec, field: string): string {
  return spec.columns.find((c) => c.key === field)?.vi ?? field;
}

/** Sorts one sheet's issues by row, keeping the order rules found them within a row. */
export function byRow<T extends { readonly row?: number }>(issues: T[]): T[] {
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
