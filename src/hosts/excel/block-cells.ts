/**
 * Turns one block as Office.js loads it (values, valueTypes and numberFormat,
 * row by row) into grid rows with absolute row numbers and columns.
 */
import type { GridCell, GridRow } from "../../core/grid";
import { isDateFormat } from "../../core/grid";

/** The three properties loaded for a block, as Office.js returns them. */
export interface LoadedBlock {
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
}

export interface ConvertedBlock {
  /** Rows holding at least one value; blank rows are left out. */
  readonly rows: GridRow[];
  /** Estimated bytes the block cost on the wire, to size the next one. */
  readonly bytes: number;
}

// Bytes a cell costs besides its value: quotes, commas, the type name and a short format code.
const CELL_OVERHEAD = 24;
const NUMBER_BYTES = 18;

/** Converts blocks of one range; remembers which number formats are dates so each is parsed once. */
export class BlockConverter {
  private readonly dateFormats = new Map<string, boolean>();

  /** `firstColumn` is the range's first column (0 = A): that many empty slots start each row. */
  constructor(private readonly firstColumn: number) {}

  /** `firstRow` is the 1-based sheet row of the block's first row. */
  convert(block: LoadedBlock, firstRow: number): ConvertedBlock {
    const rows: GridRow[] = [];
    let bytes = 0;
    const pad = this.firstColumn;
    for (let r = 0; r < block.values.length; r++) {
      const values = block.values[r] ?? [];
      const types = block.valueTypes[r] ?? [];
      const formats = block.numberFormat[r] ?? [];
      let cells: Array<GridCell | null> | undefined;
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        const format = formats[c];
        const code = typeof format === "string" ? format : "General";
        bytes += CELL_OVERHEAD + code.length + (typeof value === "string" ? 2 * value.length : NUMBER_BYTES);
        const cell = this.cell(value, types[c] ?? "Unknown", code);
        if (!cell) continue;
        if (!cells) cells = new Array<GridCell | null>(pad + values.length).fill(null);
        cells[pad + c] = cell;
      }
      if (cells) rows.push({ row: firstRow + r, cells });
    }
    return { rows, bytes };
  }

  /** One cell: the value type says what Excel holds, the number format whether a number is a date. */
  cell(value: unknown, type: string, format: string): GridCell | null {
    switch (type) {
      case "Empty":
        return null;
      case "Error":
        return { t: "e", v: String(value) };
      case "Boolean":
        return typeof value === "boolean" ? { t: "b", v: value } : null;
      case "Double":
      case "Integer":
        if (typeof value !== "number") return null;
        return this.isDate(format) ? { t: "d", v: value } : { t: "n", v: value };
      default:
        // "String", and the odd "Unknown" or "RichValue" cell that still shows a plain value.
        if (typeof value === "string") return value === "" ? null : { t: "s", v: value };
        if (typeof value === "number") return { t: "n", v: value };
        return null;
    }
  }

  private isDate(format: string): boolean {
    let known = this.dateFormats.get(format);
    if (known === undefined) {
      known = isDateFormat(format);
      this.dateFormats.set(format, known);
    }
    return known;
  }
}
