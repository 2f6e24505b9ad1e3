/**
 * A sample .xlsx as the stand-in's workbook, read with the project's own Node
 * reader: text → "String", numbers → "Double", dates → "Double" with
 * "dd/mm/yyyy", booleans, errors; empty cells "Empty". Each sheet's used range
 * starts at A1 and reaches its last row and column holding a value.
 */
import { columnLetter, type GridCell } from "../../../src/core/grid";
import { openXlsxSource } from "../../../src/hosts/node";
import type { StandInSheet, StandInWorkbook } from "./stand-in-types";

const TYPES = { s: "String", n: "Double", d: "Double", b: "Boolean", e: "Error" } as const;

function officeCell(cell: GridCell | null | undefined): [string | number | boolean, string, string] {
  if (!cell) return ["", "Empty", "General"];
  return [cell.v, TYPES[cell.t], cell.t === "d" ? "dd/mm/yyyy" : "General"];
}

export async function standInWorkbook(path: string): Promise<StandInWorkbook> {
  const source = await openXlsxSource(path);
  const sheets: StandInSheet[] = [];
  for await (const sheet of source.sheets()) {
    const byRow = new Map<number, ReadonlyArray<GridCell | null | undefined>>();
    let lastRow = 0;
    let lastColumn = 0;
    for await (const row of sheet.rows()) {
      const used = row.cells.reduce<number>((last, cell, c) => (cell ? c + 1 : last), 0);
      if (used === 0) continue;
      byRow.set(row.row, row.cells);
      lastRow = Math.max(lastRow, row.row);
      lastColumn = Math.max(lastColumn, used);
    }
    const values: Array<Array<string | number | boolean>> = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const cells = byRow.get(r) ?? [];
      const row = Array.from({ length: lastColumn }, (_x, c) => officeCell(cells[c]));
      values.push(row.map((x) => x[0]));
      valueTypes.push(row.map((x) => x[1]));
      numberFormat.push(row.map((x) => x[2]));
    }
    const usedRangeAddress = lastRow === 0 ? "" : `A1:${columnLetter(lastColumn - 1)}${lastRow}`;
    sheets.push({ name: sheet.name, usedRangeAddress, values, valueTypes, numberFormat, tables: sheet.tables });
  }
  return { sheets, date1904: source.date1904 };
}
