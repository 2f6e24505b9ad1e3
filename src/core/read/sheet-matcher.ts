/** Which contract sheet a worksheet is: by its name, else by the Excel tables on it. */
import type { GridTable } from "../grid";
import { parseRange } from "../grid";
import type { SheetSpec } from "../schema";
import { SHEETS } from "../schema";
import { NameIndex } from "../text";

/** The part of a worksheet to read: 0-based columns c1…c2, 1-based rows r1…r2. */
export interface Bounds {
  readonly c1: number;
  readonly c2: number;
  readonly r1: number;
  readonly r2: number;
  /**
   * The Excel table the part was found by. `r2` then reaches below the
   * table's last row (down to the next table in its columns), because rows
   * typed under a table that did not grow are still the clerk's data.
   */
  readonly table?: { readonly name: string; readonly lastRow: number };
}

export const WHOLE_SHEET: Bounds = { c1: 0, c2: Number.MAX_SAFE_INTEGER, r1: 1, r2: Number.MAX_SAFE_INTEGER };

/** A contract sheet found on a worksheet, and the part of it to read. */
export interface SheetTarget {
  readonly spec: SheetSpec;
  readonly bounds: Bounds;
  /** The table it was found by, when the worksheet's name did not match. */
  readonly table?: string;
}

const indexes = new WeakMap<ReadonlyArray<SheetSpec>, NameIndex<SheetSpec>>();

function sheetIndex(specs: ReadonlyArray<SheetSpec>): NameIndex<SheetSpec> {
  let index = indexes.get(specs);
  if (!index) {
    index = new NameIndex<SheetSpec>();
    for (const spec of specs) for (const name of [spec.vi, spec.en, ...(spec.aliases ?? [])]) index.add(name, spec);
    indexes.set(specs, index);
  }
  return index;
}

/**
 * The contract sheets on a worksheet: the one its name matches (read whole),
 * else one per table whose name matches (the table's columns, from its header
 * row down to the next table below it in those columns).
 * Empty when the worksheet is not part of the contract.
 */
export function matchSheet(name: string, tables: ReadonlyArray<GridTable>, specs: ReadonlyArray<SheetSpec> = SHEETS): SheetTarget[] {
  const index = sheetIndex(specs);
  const byName = index.get(name);
  if (byName) return [{ spec: byName, bounds: WHOLE_SHEET }];
  const out: SheetTarget[] = [];
  const ranges = tables.map((t) => parseRange(t.ref));
  tables.forEach((table, k) => {
    const spec = index.get(table.name);
    const range = ranges[k];
    if (!spec || !range || out.some((t) => t.spec === spec)) return;
    let below = Number.MAX_SAFE_INTEGER;
    for (const other of ranges) {
      if (other && other !== range && other.r1 > range.r2 && other.c1 <= range.c2 && other.c2 >= range.c1) below = Math.min(below, other.r1 - 1);
    }
    out.push({ spec, bounds: { ...range, r2: below, table: { name: table.name, lastRow: range.r2 } }, table: table.name });
  });
  return out;
}
