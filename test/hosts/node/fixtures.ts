/** Helpers for the Node host tests: a temp folder per run and a reader that collects a whole source. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GridRow, GridTable, WorkbookSource } from "../../../src/core/grid";

export interface ReadSheet {
  readonly name: string;
  readonly tables: ReadonlyArray<GridTable>;
  readonly rows: GridRow[];
}

/** Collects every sheet and row of a source (test-sized workbooks only). */
export async function readAll(source: WorkbookSource): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const sheet of source.sheets()) {
    const rows: GridRow[] = [];
    for await (const row of sheet.rows()) rows.push(row);
    out.push({ name: sheet.name, tables: sheet.tables, rows });
  }
  return out;
}

/** A temp folder removed after the test file. */
export function tempFolder(prefix: string): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes an exceljs workbook built by `build` to `path`. */
export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}
