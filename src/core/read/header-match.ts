/** Finding a sheet's header row and which column holds each contract column. */
import type { GridRow } from "../grid";
import { cellAddress } from "../grid";
import { IssueCode, issue, type Issue } from "../issues";
import type { SheetSpec } from "../schema";
import { NameIndex } from "../text";
import { cleanLabel } from "../text";
import { isBlankCell, numberText } from "../values";
import type { Bounds } from "./sheet-matcher";

export interface HeaderMatch {
  readonly row: number;
  /** Per contract column, in the spec's order: the 0-based column it was found in, or -1. */
  readonly columns: ReadonlyArray<number>;
  /** Headers that match no contract column, as written. */
  readonly unknown: ReadonlyArray<{ readonly col: number; readonly text: string }>;
  /** A second header for a column already found (the first is used). */
  readonly duplicates: ReadonlyArray<{ readonly field: number; readonly col: number; readonly firstCol: number }>;
  /** First and last non-empty header cell. */
  readonly firstCol: number;
  readonly lastCol: number;
}

const indexes = new WeakMap<SheetSpec, NameIndex<number>>();

/** The keys of a sheet's column names (Vietnamese, English, aliases), made once per sheet spec. */
export function columnIndex(spec: SheetSpec): NameIndex<number> {
  let index = indexes.get(spec);
  if (!index) {
    index = new NameIndex<number>();
    spec.columns.forEach((c, i) => {
      for (const name of [c.vi, c.en, ...(c.aliases ?? [])]) index!.add(name, i);
    });
    indexes.set(spec, index);
  }
  return index;
}

/** The header row's match, or undefined when fewer than half of the sheet's columns are named in it. */
export function matchHeaderRow(row: GridRow, spec: SheetSpec, bounds: Bounds): HeaderMatch | undefined {
  const index = columnIndex(spec);
  const columns = spec.columns.map(() => -1);
  const unknown: { col: number; text: string }[] = [];
  const duplicates: { field: number; col: number; firstCol: number }[] = [];
  let found = 0;
  let firstCol = -1;
  let lastCol = -1;
  const end = Math.min(bounds.c2, row.cells.length - 1);
  for (let col = bounds.c1; col <= end; col++) {
    const cell = row.cells[col];
    if (isBlankCell(cell)) continue;
    if (firstCol < 0) firstCol = col;
    lastCol = col;
    if (cell.t !== "s" && cell.t !== "n") continue;
    const text = cell.t === "s" ? cell.v : numberText(cell.v);
    const field = index.get(text);
    if (field === undefined) unknown.push({ col, text: cleanLabel(text) });
    else if (columns[field]! >= 0) duplicates.push({ field, col, firstCol: columns[field]! });
    else {
      columns[field] = col;
      found++;
    }
  }
  if (found === 0 || found * 2 < spec.columns.length) return undefined;
  return { row: row.row, columns, unknown, duplicates, firstCol, lastCol };
}

/** The issues a header row gives: unknown headers (once), duplicates, missing required columns. */
export function headerIssues(match: HeaderMatch, spec: SheetSpec, sheet: string, issues: Issue[]): void {
  const row = match.row;
  const { unknown } = match;
  if (unknown.length > 0) {
    const first = cellAddress(unknown[0]!.col, row);
    const cell = unknown.length === 1 ? first : `${first}:${cellAddress(unknown[unknown.length - 1]!.col, row)}`;
    issues.push(issue(IssueCode.ColumnUnknown, "info", { sheet, cell, row }, { columns: unknown.map((u) => u.text).join(", ") }));
  }
  for (const d of match.duplicates) {
    const column = spec.columns[d.field]!.vi;
    issues.push(
      issue(IssueCode.ColumnDuplicate, "warning", { sheet, cell: cellAddress(d.col, row), row }, { column, otherCell: cellAddress(d.firstCol, row) }),
    );
  }
  const headerRange = `${cellAddress(match.firstCol, row)}:${cellAddress(match.lastCol, row)}`;
  spec.columns.forEach((c, i) => {
    if (c.required && match.columns[i]! < 0) issues.push(issue(IssueCode.ColumnMissing, "error", { sheet, cell: headerRange, row }, { column: c.vi }));
  });
}
