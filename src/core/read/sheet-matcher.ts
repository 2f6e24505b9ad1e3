/** Which contract sheet a worksheet is: by its name, else by the Excel tables on it. */
import type { GridTable } from "../grid/grid-cell";
import { parseRange } from "../grid/a1";
import type { SheetSpec } from "../schema/column-spec";
import { SHEETS } from "../schema/sheets";
import { NameIndex } from "../text/name-index";

/** The part of a worksheet to read: 0-based columns c1…c2, 1-based rows r1…r2. */
export interface Bounds {
  readonly c1: number;
  readonly c2: number;
  readonly r1: number;
  readonly r2: number;
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
 * else one per table whose name matches (only the table's range is read).
 * Empty when the worksheet is not part of the contract.
 */
export function matchSheet(name: string, tables: ReadonlyArray<GridTable>, specs: ReadonlyArray<SheetSpec> = SHEETS): SheetTarget[] {
  const index = sheetIndex(specs);
  const byName = index.get(name);
  if (byName) return [{ spec: byName, bounds: WHOLE_SHEET }];
  const out: SheetTarget[] = [];
  for (const table of tables) {
    const spec = index.get(table.name);
    const range = parseRange(table.ref);
    if (!spec || !range || out.some((t) => t.spec === spec)) continue;
    out.push({ spec, bounds: range, table: table.name });
  }
  return out;
}
