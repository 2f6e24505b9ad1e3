/**
 * The `Excel` namespace of the stand-in: `Excel.run` hands out a request
 * context over the configured workbook, with the worksheets, tables, ranges
 * and functions the add-in uses (see src/hosts/excel). Reads follow the
 * proxy rules of excel-proxy.ts; writes are applied and logged.
 */
import { MAX_COLUMNS, MAX_ROWS, boxAddress, parseBox, sheetPrefix, type Box } from "./a1";
import type { ModelSheet, ModelTable, WorkbookModel } from "./excel-model";
import { Session } from "./excel-proxy";
import type { StandInLogEntry } from "./stand-in-types";

type Log = (entry: StandInLogEntry) => void;

/** DATE() as Excel computes it in the workbook's date system. */
function dateSerial(model: WorkbookModel, y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569 - (model.date1904 ? 1462 : 0);
}

function grid<T>(box: Box, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = box.r1; r <= box.r2; r++) {
    const row: T[] = [];
    for (let c = box.c1; c <= box.c2; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

class ExcelApi {
  private readonly sheets = new Map<ModelSheet, object>();
  private readonly tableObjects = new Map<ModelTable, object>();

  constructor(
    private readonly s: Session,
    private readonly model: WorkbookModel,
    private readonly log: Log,
  ) {}

  context(): object {
    return this.s.make({
      label: () => "context",
      methods: { sync: () => this.s.sync() },
      nav: { workbook: () => this.workbook(), trackedObjects: () => this.sink("context.trackedObjects", false) },
    });
  }

  private workbook(): object {
    const m = this.model;
    return this.s.make({
      label: () => "workbook",
      props: { name: () => "Book1.xlsx" },
      nav: {
        worksheets: () => this.worksheets(),
        tables: () => this.tables(() => m.tables, undefined),
        functions: () =>
          this.s.make({
            label: () => "workbook.functions",
            methods: {
              date: (y: number, mo: number, d: number) =>
                this.s.make({ label: () => `DATE(${y},${mo},${d})`, props: { value: () => dateSerial(m, y, mo, d), error: () => null } }),
            },
          }),
        application: () => this.s.make({ label: () => "workbook.application", props: { calculationMode: () => "Automatic" } }),
      },
      methods: { getSelectedRange: () => this.range(m.sheets[m.active]!, parseBox("A1")) },
    });
  }

  private worksheets(): object {
    const m = this.model;
    return this.s.make({
      label: () => "workbook.worksheets",
      items: () => m.sheets.map((sh) => this.worksheet(sh)),
      methods: {
        getItem: (name: string) => {
          const sheet = m.sheet(name);
          return sheet ? this.worksheet(sheet) : this.missingSheet(name);
        },
        getItemOrNullObject: (name: string) => {
          const sheet = m.sheet(name);
          return sheet
            ? this.worksheet(sheet)
            : this.s.make({ label: () => `worksheets.getItemOrNullObject(${name})`, isNull: true, props: { name: () => null } });
        },
        getActiveWorksheet: () => this.worksheet(m.sheets[m.active]!),
        add: (name?: string) => {
          this.log({ kind: "write", target: "workbook.worksheets", property: "add", value: name ?? null });
          return this.worksheet(m.addSheet(name ?? `Sheet${m.sheets.length + 1}`));
        },
      },
    });
  }

  private worksheet(sheet: ModelSheet): object {
    let ws = this.sheets.get(sheet);
    if (ws) return ws;
    const m = this.model;
    const label = () => `worksheet(${sheet.name})`;
    ws = this.s.make({
      label,
      props: {
        name: () => sheet.name,
        position: () => m.sheets.indexOf(sheet),
        visibility: () => sheet.visibility,
        id: () => `{sheet-${m.sheets.indexOf(sheet)}}`,
      },
      nav: { tables: () => this.tables(() => m.tables.filter((t) => t.sheet === sheet), sheet), freezePanes: () => this.sink(`${label()}.freezePanes`, true) },
      methods: {
        activate: () =>
          this.s.enqueue(() => {
            m.active = m.sheets.indexOf(sheet);
            this.log({ kind: "activate", sheet: sheet.name });
          }),
        getRange: (address?: string) => this.range(sheet, address ? parseBox(address) : { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLUMNS - 1 }),
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => this.range(sheet, { r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 }),
        getCell: (r: number, c: number) => this.range(sheet, { r1: r, c1: c, r2: r, c2: c }),
        getUsedRange: () => this.range(sheet, sheet.used() ?? parseBox("A1")),
        getUsedRangeOrNullObject: () => {
          const used = sheet.used();
          return used
            ? this.range(sheet, used)
            : this.s.make({
                label: () => `${label()}.usedRange(null)`,
                isNull: true,
                props: { address: () => null, rowCount: () => null, columnCount: () => null },
              });
        },
        delete: () => this.log({ kind: "write", target: label(), property: "delete", value: null }),
      },
      write: (property, value) => {
        if (property === "name") sheet.name = String(value);
        if (property === "visibility") sheet.visibility = String(value);
      },
    });
    this.sheets.set(sheet, ws);
    return ws;
  }

  /** getItem of a sheet that does not exist: anything queued or loaded on it fails the sync. */
  private missingSheet(name: string): object {
    const error = `ItemNotFound: the workbook has no sheet named "${name}"`;
    const fail = () =>
      this.s.enqueue(() => {
        throw new Error(error);
      });
    const broken = () => this.s.make({ label: () => `worksheet(${name})`, error, methods: { select: fail, load: fail }, props: { address: () => null } });
    return this.s.make({
      label: () => `worksheet(${name})`,
      error,
      props: { name: () => name },
      methods: { activate: fail, getRange: broken, getCell: broken },
    });
  }

  private range(sheet: ModelSheet, box: Box): object {
    if (box.r2 < box.r1 || box.c2 < box.c1 || box.r1 < 0 || box.c1 < 0)
      throw new Error(`InvalidArgument: a range cannot end before it starts (${JSON.stringify(box)})`);
    const label = () => sheetPrefix(sheet.name) + boxAddress(box);
    const at = (r: number, c: number, rows: number, cols: number) =>
      this.range(sheet, { r1: box.r1 + r, c1: box.c1 + c, r2: box.r1 + r + rows - 1, c2: box.c1 + c + cols - 1 });
    const rows = box.r2 - box.r1 + 1;
    const cols = box.c2 - box.c1 + 1;
    return this.s.make({
      label,
      cells: () => rows * cols,
      props: {
        address: label,
        addressLocal: label,
        rowCount: () => rows,
        columnCount: () => cols,
        cellCount: () => rows * cols,
        rowIndex: () => box.r1,
        columnIndex: () => box.c1,
        values: () => grid(box, (r, c) => sheet.value(r, c)),
        valueTypes: () => grid(box, (r, c) => sheet.type(r, c)),
        numberFormat: () => grid(box, (r, c) => sheet.format(r, c)),
        text: () => grid(box, (r, c) => String(sheet.value(r, c))),
        formulas: () => grid(box, (r, c) => sheet.value(r, c)),
      },
      nav: {
        format: () => this.sink(`${label()}.format`, true),
        dataValidation: () => this.sink(`${label()}.dataValidation`, true),
        worksheet: () => this.worksheet(sheet),
      },
      methods: {
        getCell: (r: number, c: number) => at(r, c, 1, 1),
        getResizedRange: (dr: number, dc: number) => at(0, 0, rows + dr, cols + dc),
        getOffsetRange: (dr: number, dc: number) => at(dr, dc, rows, cols),
        getRow: (r: number) => at(r, 0, 1, cols),
        getColumn: (c: number) => at(0, c, rows, 1),
        select: () => this.s.enqueue(() => this.log({ kind: "select", sheet: sheet.name, address: boxAddress(box) })),
        clear: (what?: string) => this.log({ kind: "write", target: label(), property: "clear", value: what ?? "All" }),
      },
      write: (property, value) => {
        if (property === "values" || property === "formulas") sheet.write(box, "values", value);
        if (property === "numberFormat") sheet.write(box, "numberFormat", value);
      },
    });
  }

  private tables(list: () => ModelTable[], sheet: ModelSheet | undefined): object {
    const m = this.model;
    const label = () => (sheet ? `worksheet(${sheet.name}).tables` : "workbook.tables");
    return this.s.make({
      label,
      items: () => list().map((t) => this.table(t)),
      methods: {
        getItem: (name: string) => {
          const t = list().find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (!t) throw new Error(`ItemNotFound: no table named "${name}"`);
          return this.table(t);
        },
        add: (address: string, hasHeaders: boolean) => {
          this.log({ kind: "write", target: label(), property: "add", value: [address, hasHeaders] });
          const bang = address.lastIndexOf("!");
          const owner = sheet ?? m.sheet(address.slice(0, Math.max(0, bang)).replace(/^'|'$/g, "").replace(/''/g, "'"));
          if (!owner) throw new Error(`InvalidArgument: no sheet in the table address "${address}"`);
          return this.table(m.addTable(owner, parseBox(address)));
        },
      },
    });
  }

  private table(t: ModelTable): object {
    let obj = this.tableObjects.get(t);
    if (obj) return obj;
    const label = () => `table(${t.name})`;
    obj = this.s.make({
      label,
      props: { name: () => t.name, style: () => "TableStyleMedium2", showTotals: () => false, showHeaders: () => true },
      nav: { worksheet: () => this.worksheet(t.sheet) },
      methods: {
        getRange: () => this.range(t.sheet, t.box),
        getHeaderRowRange: () => this.range(t.sheet, { ...t.box, r2: t.box.r1 }),
        getDataBodyRange: () => this.range(t.sheet, { ...t.box, r1: t.box.r1 + 1 }),
      },
      write: (property, value) => {
        if (property === "name") t.name = String(value);
      },
    });
    this.tableObjects.set(t, obj);
    return obj;
  }

  /**
   * Formats, validations, freeze panes: every property set or method called
   * on them is logged (as a write when `writes`), nothing is read back.
   */
  private sink(label: string, writes: boolean): object {
    return new Proxy(function () {}, {
      get: (_t, prop) => (typeof prop === "symbol" || prop === "then" ? undefined : this.sink(`${label}.${prop}`, writes)),
      set: (_t, prop, value: unknown) => {
        if (writes) this.log({ kind: "write", target: label, property: String(prop), value });
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        if (writes) this.log({ kind: "write", target: label.slice(0, label.lastIndexOf(".")), property: label.slice(label.lastIndexOf(".") + 1), value: args });
        return undefined;
      },
    });
  }
}

/** `Excel` for a page or a test: `run` gives each batch a fresh request context over `model`. */
export function excelNamespace(model: WorkbookModel, log: Log): { run: (...args: unknown[]) => Promise<unknown> } {
  return {
    run: async (...args: unknown[]) => {
      const batch = args[args.length - 1];
      if (typeof batch !== "function") throw new Error("Office stand-in: Excel.run needs a batch function");
      const session = new Session(log);
      return (batch as (context: object) => Promise<unknown>)(new ExcelApi(session, model, log).context());
    },
  };
}
