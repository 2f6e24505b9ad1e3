/**
 * A sheet's record type, read off its spec: one optional field per column,
 * typed by the column's value type. The specs are the one place a column is
 * described; the records follow them, so the two cannot drift apart.
 */
import type { ColumnSpec, SheetSpec } from "./column-spec";

/** Dates are epoch days (see `grid/excel-date.ts`). */
export type EpochDay = number;

export interface RowRecord {
  /** 1-based sheet row the record was read from. */
  readonly row: number;
}

/** The value a column holds once read. */
export type ValueOf<C extends ColumnSpec> = C["type"] extends "date"
  ? EpochDay
  : C["type"] extends "number" | "integer"
    ? number
    : C["type"] extends "category"
      ? C["values"] extends ReadonlyArray<infer V>
        ? V
        : string
      : string;

/**
 * A record of sheet `S`: its row, and a field per column, undefined when the
 * cell was empty or its value could not be read (an issue then says why).
 */
export type RecordOf<S extends SheetSpec> = RowRecord & {
  -readonly [C in S["columns"][number] as C["key"]]?: ValueOf<C>;
};
