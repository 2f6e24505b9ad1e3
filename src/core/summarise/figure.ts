/** Building figures that remember their cells. */
import { columnRuns } from "../grid";
import type { Figure } from "./summary";

export const ZERO: Figure = { value: 0, sources: [] };

/** A figure whose sources are one column's cells on the given rows (ascending). */
export function figure(value: number, sheet: string, col: number | undefined, rows: ReadonlyArray<number>): Figure {
  if (col === undefined || rows.length === 0) return { value, sources: [] };
  return { value, sources: [{ sheet, ranges: columnRuns(col, rows) }] };
}

/** A count of rows, pointing at one column of them. */
export function countOf(sheet: string, col: number | undefined, rows: ReadonlyArray<number>): Figure {
  return figure(rows.length, sheet, col, rows);
}

/** One empty row list per listed value, in list order. */
export function rowsPer<K extends string>(values: ReadonlyArray<K>): Record<K, number[]> {
  const out = {} as Record<K, number[]>;
  for (const v of values) out[v] = [];
  return out;
}

/** Counts per listed value, every value present (zero included), in list order. */
export function countsPer<K extends string>(
  values: ReadonlyArray<K>,
  rows: Readonly<Record<K, ReadonlyArray<number>>>,
  sheet: string,
  col: number | undefined,
): Record<K, Figure> {
  const out = {} as Record<K, Figure>;
  for (const v of values) out[v] = countOf(sheet, col, rows[v]);
  return out;
}
