/**
 * Reads one data sheet as its rows stream past: finds the header row, then
 * turns each non-blank row into a typed record. Keeps the records, never the grid.
 */
import type { GridRow } from "../grid";
import { cellAddress } from "../grid";
import { IssueCode, issue, type Issue } from "../issues";
import type { SheetData } from "../model";
import type { SheetSpec } from "../schema";
import type { RecordOf } from "../schema";
import { ColumnReader } from "../values";
import { ValueProblem, isBlankCell } from "../values";
import { BelowTable } from "./below-table";
import { headerIssues, matchHeaderRow } from "./header-match";
import { WHOLE_SHEET, type Bounds } from "./sheet-matcher";

/** Non-blank rows searched for the header before giving up. */
export const HEADER_SEARCH_ROWS = 30;

export class DataSheetReader<S extends SheetSpec = SheetSpec> {
  private headerRow = 0;
  private searched = 0;
  private gaveUp = false;
  /** Per found column, in the spec's order: sheet column, field key, reader, required. */
  private cols: number[] = [];
  private keys: string[] = [];
  private readers: ColumnReader[] = [];
  private required: boolean[] = [];
  private readonly columns: Record<string, number> = {};
  private readonly records: RecordOf<S>[] = [];
  private readonly below: BelowTable;

  constructor(
    readonly spec: S,
    /** The worksheet's own name. */
    readonly sheet: string,
    private readonly issues: Issue[],
    private readonly date1904: boolean,
    private readonly bounds: Bounds = WHOLE_SHEET,
  ) {
    this.below = new BelowTable(sheet, bounds);
  }

  accept(row: GridRow): void {
    if (row.row < this.bounds.r1 || row.row > this.bounds.r2) return;
    if (this.headerRow > 0) this.readRecord(row);
    else if (!this.gaveUp) this.seekHeader(row);
  }

  /** The sheet's data, or undefined when no header row was found (an issue then says so). */
  finish(): SheetData<RecordOf<S>> | undefined {
    if (this.headerRow === 0) {
      if (!this.gaveUp) this.notFound();
      return undefined;
    }
    this.below.issueInto(this.issues);
    // Found columns are keyed by the spec's own column keys, the record's fields.
    const columns = this.columns as SheetData<RecordOf<S>>["columns"];
    return { key: this.spec.key, sheet: this.sheet, headerRow: this.headerRow, columns, records: this.records };
  }

  private seekHeader(row: GridRow): void {
    const end = Math.min(this.bounds.c2, row.cells.length - 1);
    let blank = true;
    for (let c = this.bounds.c1; c <= end && blank; c++) blank = isBlankCell(row.cells[c]);
    if (blank) return;
    const match = matchHeaderRow(row, this.spec, this.bounds);
    if (!match) {
      if (++this.searched >= HEADER_SEARCH_ROWS) this.notFound();
      return;
    }
    this.headerRow = row.row;
    headerIssues(match, this.spec, this.sheet, this.issues);
    // Left to right, so a row's issues come in the order the clerk reads the row.
    const found = this.spec.columns.map((c, i) => ({ c, col: match.columns[i]! })).filter((f) => f.col >= 0);
    found.sort((a, b) => a.col - b.col);
    for (const { c, col } of found) {
      this.cols.push(col);
      this.keys.push(c.key);
      this.readers.push(new ColumnReader(c, this.date1904));
      this.required.push(c.required);
      this.columns[c.key] = col;
    }
  }

  private notFound(): void {
    this.gaveUp = true;
    this.issues.push(issue(IssueCode.HeaderNotFound, "error", { sheet: this.sheet }, { sheet: this.spec.vi }));
  }

  private readRecord(row: GridRow): void {
    const { cells } = row;
    const n = this.cols.length;
    let blank = true;
    for (let i = 0; i < n && blank; i++) blank = isBlankCell(cells[this.cols[i]!]);
    if (blank) return;
    const record: Record<string, unknown> = { row: row.row };
    for (let i = 0; i < n; i++) {
      const col = this.cols[i]!;
      const cell = cells[col];
      // Only an empty slot or text can be blank: numbers and dates skip the call.
      if (cell == null || (cell.t === "s" && isBlankCell(cell))) {
        if (this.required[i]) this.problemAt(col, row.row, new ValueProblem(IssueCode.ValueMissing, { column: this.readers[i]!.name }));
        continue;
      }
      const value = this.readers[i]!.read(cell);
      // Values are strings and numbers: an object is the problem (told apart without a cross-module `instanceof` per cell).
      if (typeof value === "object") {
        this.problemAt(col, row.row, value);
        if (value.value !== undefined) record[this.keys[i]!] = value.value;
      } else record[this.keys[i]!] = value;
    }
    // Each field was filled under its column's key by that column's reader: the record is the spec's.
    this.records.push(record as RecordOf<S>);
    this.below.note(row.row);
  }

  private problemAt(col: number, row: number, p: ValueProblem): void {
    this.issues.push(issue(p.code, p.severity, { sheet: this.sheet, cell: cellAddress(col, row), row }, p.params));
  }
}
