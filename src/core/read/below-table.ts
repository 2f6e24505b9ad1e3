/** Rows read below the end of the Excel table a sheet was found by: counted as they pass, named by one warning at the end. */
import { cellAddress } from "../grid";
import { IssueCode, issue, type Issue } from "../issues";
import type { Bounds } from "./sheet-matcher";

export class BelowTable {
  private first = 0;
  private last = 0;
  private count = 0;

  constructor(
    private readonly sheet: string,
    private readonly bounds: Bounds,
  ) {}

  /** Notes a row that was read (a record or a setting). */
  note(row: number): void {
    const table = this.bounds.table;
    if (!table || row <= table.lastRow) return;
    if (this.count++ === 0) this.first = row;
    this.last = row;
  }

  /** The warning naming the rows read below the table, when there were any. */
  issueInto(issues: Issue[]): void {
    const table = this.bounds.table;
    if (!table || this.count === 0) return;
    const cell = `${cellAddress(this.bounds.c1, this.first)}:${cellAddress(this.bounds.c2, this.last)}`;
    issues.push(
      issue(
        IssueCode.RowsBelowTable,
        "warning",
        { sheet: this.sheet, cell, row: this.first },
        { table: table.name, count: this.count, tableEnd: table.lastRow },
      ),
    );
  }
}
