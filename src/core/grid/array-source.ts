/**
 * A workbook from plain arrays, for tests and examples: each row an array
 * from column A, a string, number or boolean standing for a cell of that kind.
 */
import type { GridCell, GridRow, GridTable, SheetSource, WorkbookSource } from "./grid-cell";

export type ArrayCell = GridCell | string | number | boolean | null | undefined;

export interface ArraySheet {
  readonly name: string;
  /** Rows from `firstRow` (default 1) down; an empty string is an empty cell. */
  readonly rows: ReadonlyArray<ReadonlyArray<ArrayCell>>;
  readonly tables?: ReadonlyArray<GridTable>;
  readonly firstRow?: number;
}

export interface ArraySourceOptions {
  /** Stream sheets and rows as async iterables, as the file and Office readers do. */
  readonly async?: boolean;
}

function toCell(c: ArrayCell): GridCell | null {
  if (c === null || c === undefined || c === "") return null;
  if (typeof c === "string") return { t: "s", v: c };
  if (typeof c === "number") return { t: "n", v: c };
  if (typeof c === "boolean") return { t: "b", v: c };
  return c;
}

async function* each<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** A `WorkbookSource` over arrays: `gridSource(false, [{ name: "Lô hàng", rows: [["Số đăng ký", …], …] }])`. */
export function gridSource(date1904: boolean, sheets: ReadonlyArray<ArraySheet>, options: ArraySourceOptions = {}): WorkbookSource {
  const sources: SheetSource[] = sheets.map((s) => {
    const first = s.firstRow ?? 1;
    const rows: GridRow[] = s.rows.map((cells, i) => ({ row: first + i, cells: cells.map(toCell) }));
    return { name: s.name, tables: s.tables ?? [], rows: () => (options.async ? each(rows) : rows) };
  });
  return { date1904, sheets: () => (options.async ? each(sources) : sources) };
}
