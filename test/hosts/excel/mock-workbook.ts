/**
 * A live workbook for the Excel host tests, built on office-addin-mock's
 * `OfficeMockObject`: properties must be loaded and synced before they can be
 * read, as in Office.js. The mock has no notion of a range made on demand, so
 * the functions below (`getCell(...).getResizedRange`, `getUsedRangeOrNullObject`,
 * `functions.date`, a table's `getRange`) create each range as a new
 * `OfficeMockObject` child inside the context's tree, where `context.sync()`
 * reaches it. Collections list their `items` as frozen plain objects.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest, whose
// full entry point loads an ES module that jest's CommonJS runtime cannot require.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { cellAddress, columnLetter, qualify } from "../../../src/core/grid";

/** One cell as Office.js reports it: its value, value type and number format. */
export interface MockCell {
  readonly value: string | number | boolean;
  readonly type: "String" | "Double" | "Boolean" | "Error";
  readonly format?: string;
}

export interface MockSheetSpec {
  readonly name: string;
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly ref: string }>;
  /** The used range (values only): first row (1-based), first column (0-based), size. Absent: an empty sheet. */
  readonly used?: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
  /** The cell at a 1-based row and 0-based column, or null when empty. */
  readonly cell: (row: number, col: number) => MockCell | null;
}

export interface MockLog {
  syncs: number;
  /** Each block read: [first sheet row, rows, columns] and the properties loaded. */
  readonly blocks: Array<{ sheet: string; row: number; rows: number; cols: number; loaded: string[] }>;
  readonly usedRangeCalls: Array<{ sheet: string; valuesOnly: boolean | undefined }>;
  /** Calls that change what the user sees (not the workbook): "activate Lô hàng", "select Lô hàng!F4". */
  readonly actions: string[];
}

/**
 * The view of an `OfficeMockObject` these helpers use: `addMock` and `setValue`
 * are in the library's README though its typings mark them private, and
 * `_properties` is read only to find writes.
 */
interface MockNode {
  [key: string]: unknown;
  readonly _properties: Map<string, { readonly _value: unknown; readonly _isObject?: boolean }>;
  addMock(name: string): void;
  populate(data: object): void;
  setValue(name: string, value: unknown): void;
  load(props: string | string[]): unknown;
  sync(): Promise<void>;
}

/** 1 January 2000 as DATE() gives it in each date system. */
const DATE_2000 = { 1900: 36526, 1904: 35064 } as const;

/** Builds a mock `Excel` whose `run` hands out one context over `sheets`. */
export function mockExcel(sheets: ReadonlyArray<MockSheetSpec>, dateSystem: 1900 | 1904 = 1900) {
  const log: MockLog = { syncs: 0, blocks: [], usedRangeCalls: [], actions: [] };
  let made = 0;
  const loadItems = function (this: OfficeMockObject) {
    return OfficeMockObject.prototype.load.call(this, "items");
  };
  const root = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: { items: [], load: loadItems },
        tables: { items: [], load: loadItems },
        functions: {},
        ranges: {},
      },
    },
  }) as unknown as MockNode;
  const context = root.context as MockNode;
  const workbook = context.workbook as MockNode;
  const holder = workbook.ranges as MockNode;
  const created: MockNode[] = [root, context, workbook, holder, workbook.worksheets as MockNode, workbook.tables as MockNode, workbook.functions as MockNode];

  /** A new range-like object inside the tree, so `context.sync()` fills what was loaded. */
  function child(parent: MockNode, data: Record<string, unknown>): MockNode {
    const key = `r${made++}`;
    parent.addMock(key);
    const node = parent[key] as MockNode;
    node.populate(data);
    created.push(node);
    return node;
  }

  function block(spec: MockSheetSpec, row: number, col: number, rows: number, cols: number): MockNode {
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const v: unknown[] = [];
      const t: string[] = [];
      const f: string[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = spec.cell(row + r, col + c);
        v.push(cell ? cell.value : "");
        t.push(cell ? cell.type : "Empty");
        f.push(cell?.format ?? "General");
      }
      values.push(v);
      valueTypes.push(t);
      numberFormat.push(f);
    }
    const address = qualify(spec.name, `${cellAddress(col, row)}:${cellAddress(col + cols - 1, row + rows - 1)}`);
    const node = child(holder, { address, values, valueTypes, numberFormat });
    const entry = { sheet: spec.name, row, rows, cols, loaded: [] as string[] };
    log.blocks.push(entry);
    const load = node.load.bind(node);
    node.load = (props: string | string[]) => {
      entry.loaded.push(...(Array.isArray(props) ? props : props.split(",").map((p) => p.trim())));
      return load(props);
    };
    return node;
  }

  const sheetItems = sheets.map((spec) =>
    Object.freeze({
      name: spec.name,
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        log.usedRangeCalls.push({ sheet: spec.name, valuesOnly });
        const u = spec.used;
        const node = u
          ? child(holder, {
              address: qualify(spec.name, `${cellAddress(u.col, u.row)}:${cellAddress(u.col + u.cols - 1, u.row + u.rows - 1)}`),
              rowCount: u.rows,
              columnCount: u.cols,
            })
          : child(holder, { address: "", rowCount: 0, columnCount: 0 });
        // Office.js answers isNullObject without a load.
        Object.defineProperty(node, "isNullObject", { value: u === undefined, enumerable: false });
        return node;
      },
      getCell(row: number, col: number) {
        return Object.freeze({
          getResizedRange: (dr: number, dc: number) => block(spec, row + 1, col, dr + 1, dc + 1),
        });
      },
    }),
  );
  const tableItems = sheets.flatMap((spec) =>
    (spec.tables ?? []).map((t) =>
      Object.freeze({
        name: t.name,
        worksheet: Object.freeze({ name: spec.name }),
        getRange: () => child(holder, { address: qualify(spec.name, t.ref) }),
      }),
    ),
  );
  (workbook.worksheets as MockNode).setValue("items", sheetItems);
  (workbook.tables as MockNode).setValue("items", tableItems);
  (workbook.worksheets as MockNode).setValue("getItem", (name: string) => {
    if (!sheets.some((s) => s.name === name)) throw new Error(`ItemNotFound: ${name}`);
    return Object.freeze({
      activate: () => void log.actions.push(`activate ${name}`),
      getRange: (address: string) => Object.freeze({ select: () => void log.actions.push(`select ${name}!${address}`) }),
    });
  });
  (workbook.functions as MockNode).setValue("date", (y: number, m: number, d: number) =>
    child(workbook.functions as MockNode, { value: y === 2000 && m === 1 && d === 1 ? DATE_2000[dateSystem] : Number.NaN }),
  );

  const sync = context.sync.bind(context);
  context.sync = async () => {
    log.syncs++;
    await sync();
  };

  /** Properties set on any mock object after it was made: a write to the workbook. */
  function writes(): string[] {
    const out: string[] = [];
    for (const node of created) {
      for (const key of Object.keys(node)) {
        if (key.startsWith("_") || typeof node[key] === "function") continue;
        const prop = node._properties.get(key);
        if (!prop) out.push(key);
        else if (node[key] !== (prop._isObject ? prop : prop._value)) out.push(key);
      }
    }
    return out;
  }

  const excel = { run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext) };
  /** Adds a method to a collection (e.g. `worksheets.add` for the template writer's tests). */
  const extend = (collection: "worksheets" | "tables", name: string, fn: (...args: never[]) => unknown): void =>
    (workbook[collection] as MockNode).setValue(name, fn);
  return { excel, context: context as unknown as Excel.RequestContext, log, writes, extend };
}

/** A sheet from rows of cells starting at `row`, `col` (a plain value is a string or a number). */
export function sheetOf(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<MockCell | string | number | null>>,
  at: { row?: number; col?: number; tables?: MockSheetSpec["tables"] } = {},
): MockSheetSpec {
  const row0 = at.row ?? 1;
  const col0 = at.col ?? 0;
  const cols = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    tables: at.tables ?? [],
    used: rows.length > 0 ? { row: row0, col: col0, rows: rows.length, cols } : undefined,
    cell(r, c) {
      const v = rows[r - row0]?.[c - col0];
      if (v === null || v === undefined || v === "") return null;
      if (typeof v === "string") return { value: v, type: "String" };
      if (typeof v === "number") return { value: v, type: "Double" };
      return v;
    },
  };
}

export const columnRange = (col: number, r1: number, r2: number): string => `${columnLetter(col)}${r1}:${columnLetter(col)}${r2}`;
