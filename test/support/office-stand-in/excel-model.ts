/**
 * The stand-in's workbook: sheets of cells (value, value type, number format),
 * tables, and the used range, as the test configured them. Writes go through
 * here too, so a template written by the add-in can be read back.
 */
import { boxAddress, parseBox, type Box } from "./a1";
import type { StandInSheet, StandInWorkbook } from "./stand-in-types";

export type CellValue = string | number | boolean;

export interface ModelTable {
  name: string;
  sheet: ModelSheet;
  box: Box;
}

export class ModelSheet {
  readonly values: CellValue[][];
  readonly types: string[][];
  readonly formats: string[][];
  visibility = "Visible";
  /** The used range the test set; cleared by the first write, then computed from the cells. */
  private usedAddress: string | undefined;

  constructor(
    public name: string,
    data?: StandInSheet,
  ) {
    this.values = (data?.values ?? []).map((r) => r.slice());
    this.types = (data?.valueTypes ?? []).map((r) => r.slice());
    this.formats = (data?.numberFormat ?? []).map((r) => r.slice());
    this.usedAddress = data?.usedRangeAddress;
  }

  value(r: number, c: number): CellValue {
    return this.values[r]?.[c] ?? "";
  }

  type(r: number, c: number): string {
    return this.types[r]?.[c] ?? "Empty";
  }

  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? "General";
  }

  /** The used range (values only), or undefined for a sheet with no value. */
  used(): Box | undefined {
    if (this.usedAddress !== undefined) return this.usedAddress === "" ? undefined : parseBox(this.usedAddress);
    let box: { r1: number; c1: number; r2: number; c2: number } | undefined;
    this.types.forEach((row, r) =>
      row.forEach((t, c) => {
        if (t === "Empty") return;
        if (!box) box = { r1: r, c1: c, r2: r, c2: c };
        else box = { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) };
      }),
    );
    return box;
  }

  /** Writes one property over `box`: a 2-D array the box's size, or one value for every cell. */
  write(box: Box, property: "values" | "numberFormat", data: unknown): void {
    this.usedAddress = undefined;
    const rows = box.r2 - box.r1 + 1;
    const cols = box.c2 - box.c1 + 1;
    const grid = Array.isArray(data) ? (data as unknown[][]) : undefined;
    if (grid && (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols))) {
      throw new Error(`InvalidArgument: ${property} is ${grid.length} rows for the ${rows}×${cols} range ${boxAddress(box)}`);
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = grid ? grid[r]![c] : data;
        const rr = box.r1 + r;
        const cc = box.c1 + c;
        if (property === "numberFormat") {
          (this.formats[rr] ??= [])[cc] = String(v);
          continue;
        }
        const value = typeof v === "number" || typeof v === "boolean" ? v : v === null || v === undefined ? "" : String(v);
        (this.values[rr] ??= [])[cc] = value;
        (this.types[rr] ??= [])[cc] = typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : value === "" ? "Empty" : "String";
      }
    }
  }
}

export class WorkbookModel {
  readonly sheets: ModelSheet[];
  readonly tables: ModelTable[] = [];
  readonly date1904: boolean;
  /** The active sheet's index. */
  active = 0;

  constructor(data: StandInWorkbook | undefined) {
    this.sheets = (data?.sheets ?? [{ name: "Sheet1", values: [], valueTypes: [], numberFormat: [] }]).map((s) => new ModelSheet(s.name, s));
    this.date1904 = data?.date1904 ?? false;
    data?.sheets.forEach((s, i) => {
      for (const t of s.tables ?? []) this.tables.push({ name: t.name, sheet: this.sheets[i]!, box: parseBox(t.ref) });
    });
  }

  sheet(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): ModelSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    const sheet = new ModelSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheet: ModelSheet, box: Box): ModelTable {
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name === `Table${n}`)) n++;
    const table = { name: `Table${n}`, sheet, box };
    this.tables.push(table);
    return table;
  }
}
