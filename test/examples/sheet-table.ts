/** Reads a sample sheet back as header → cell, the plain way (exceljs' normal reader). */
import type ExcelJS from "exceljs";

export interface TableRow {
  readonly row: number;
  /** The cell's value under `header`; formulas give their cached result. */
  get(header: string): unknown;
}

export interface Table {
  readonly headerRow: number;
  readonly headers: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<TableRow>;
}

/** A formula cell's cached result, else the value; empty cells are null. */
export function plain(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value) return value.result ?? null;
  return value ?? null;
}

/** The table whose header row starts with `firstHeader` in column A; blank rows are skipped. */
export function readTable(ws: ExcelJS.Worksheet, firstHeader: string): Table {
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount && headerRow === 0; r++) {
    if (ws.getCell(r, 1).value === firstHeader) headerRow = r;
  }
  if (headerRow === 0) throw new Error(`no header "${firstHeader}" on ${ws.name}`);
  const headers: string[] = [];
  ws.getRow(headerRow).eachCell({ includeEmpty: false }, (cell, col) => (headers[col - 1] = String(cell.value)));
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    rows.push({
      row: r,
      get: (header) => {
        const col = headers.indexOf(header);
        if (col < 0) throw new Error(`no column "${header}" on ${ws.name}`);
        return plain(row.getCell(col + 1).value);
      },
    });
  }
  return { headerRow, headers, rows };
}

export function asDate(v: unknown): Date | undefined {
  return v instanceof Date ? v : undefined;
}

/** Whether `d` falls inside [from, to], by UTC calendar day. */
export function within(d: Date | undefined, from: Date, to: Date): boolean {
  return d !== undefined && d.getTime() >= from.getTime() && d.getTime() <= to.getTime();
}
