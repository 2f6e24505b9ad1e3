/// <reference types="office-js" />
/**
 * "Tạo mẫu" in a live workbook, as data: which contract sheets are missing,
 * and for each one the headers, formats and drop-down lists to lay out. The
 * layout follows the file template (`hosts/node`), so both look the same.
 */
import type { DataValidation } from "exceljs";
import { columnLetter, epochDay, epochDayToSerial, qualify, type GridTable } from "../../core/grid";
import { matchSheet } from "../../core/read";
import { INFO_KEYS, INFO_SHEET, SHEETS, dropDownValues, type SheetSpec } from "../../core/schema";
// Imported by file, not through hosts/node's index, which would bring exceljs into the add-in.
import { templateColumn } from "../node/template-columns";

/** The hidden sheet of drop-down lists; the same name and layout as the file template's. */
export const LIST_SHEET = "_Danh mục";
/** Formats and validations reach this row, as in the file template. */
export const LAST_ROW = 1000;

export type CellValue = string | number | boolean;

/** A data validation as Office.js takes it (`range.dataValidation.rule` and `.errorAlert`). */
export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

export interface PlannedColumn {
  readonly header: string;
  /** Column width in points. */
  readonly width: number;
  readonly numberFormat: string;
  readonly wrap: boolean;
  readonly validation?: OfficeValidation;
}

export interface PlannedSheet {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly tableName: string;
  readonly columns: ReadonlyArray<PlannedColumn>;
  /** Rows under the header (the settings keys on `Thông tin`); empty for data sheets. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | null>>;
  /** Number formats of `rows`, cell by cell (same shape). */
  readonly rowFormats: ReadonlyArray<ReadonlyArray<string>>;
  /** Indexes into `rows` shown in bold (the required settings). */
  readonly boldRows: ReadonlyArray<number>;
}

export interface ListColumn {
  readonly title: string;
  readonly values: ReadonlyArray<string>;
  /** Absolute range on the list sheet, e.g. '_Danh mục'!$D$2:$D$6. */
  readonly range: string;
}

export interface TemplatePlan {
  readonly add: ReadonlyArray<PlannedSheet>;
  /** Contract sheets already in the workbook: left exactly as they are. */
  readonly kept: ReadonlyArray<{ readonly sheet: string; readonly worksheet: string }>;
  /** The list sheet to add, when a new sheet needs drop-downs and the workbook has none yet. */
  readonly lists?: ReadonlyArray<ListColumn>;
}

export interface ExistingSheet {
  readonly name: string;
  readonly tableNames: ReadonlyArray<string>;
}

// Excel's default column is 8.43 characters and 48 points wide.
const POINTS_PER_CHAR = 48 / 8.43;

/** One column of the list sheet per distinct list of category values, in contract order (as the file template). */
export function listLayout(): ListColumn[] {
  const out: ListColumn[] = [];
  for (const sheet of SHEETS) {
    for (const column of sheet.columns) {
      const values = dropDownValues(column);
      if (!values || out.some((l) => l.values === values)) continue;
      const letter = columnLetter(out.length);
      out.push({ title: `${sheet.vi} – ${column.vi}`, values, range: qualify(LIST_SHEET, `$${letter}$2:$${letter}$${values.length + 1}`) });
    }
  }
  return out;
}

const OPERATORS: Readonly<Record<string, Excel.DataValidationOperator | "Between" | "GreaterThan" | "GreaterThanOrEqualTo">> = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
};

function formula(v: unknown): string | number {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === "number" ? v : String(v);
}

/** The file template's validation (exceljs shape) in Office.js terms. */
export function officeValidation(v: DataValidation): OfficeValidation | undefined {
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: v.showErrorMessage ?? true,
    style: v.errorStyle === "stop" ? "Stop" : v.errorStyle === "information" ? "Information" : "Warning",
    title: v.errorTitle ?? "",
    message: v.error ?? "",
  };
  const [f1, f2] = v.formulae;
  if (v.type === "list") return { rule: { list: { inCellDropDown: true, source: `=${String(f1)}` } }, errorAlert };
  const operator = OPERATORS[v.operator ?? "between"] ?? "Between";
  if (v.type === "date") {
    const date: Excel.DateTimeDataValidation = { formula1: String(formula(f1)), operator };
    if (f2 !== undefined) date.formula2 = String(formula(f2));
    return { rule: { date }, errorAlert };
  }
  const basic: Excel.BasicDataValidation = { formula1: formula(f1), operator };
  if (f2 !== undefined) basic.formula2 = formula(f2);
  if (v.type === "whole") return { rule: { wholeNumber: basic }, errorAlert };
  if (v.type === "decimal") return { rule: { decimal: basic }, errorAlert };
  return undefined;
}

/** Table names carry no spaces or diacritics (NhiemVu, LoHang, …), made unique in the workbook. */
function tableName(sheet: SheetSpec, taken: Set<string>): string {
  const base = sheet.aliases?.find((a) => /^[A-Za-z][A-Za-z0-9_]*$/.test(a)) ?? sheet.en.replace(/[^A-Za-z0-9_]/g, "");
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function plannedColumns(sheet: SheetSpec, rangeOf: ReadonlyMap<ReadonlyArray<string>, string>): PlannedColumn[] {
  if (sheet.key === INFO_SHEET.key) {
    return [
      { header: INFO_SHEET.columns[0]!.vi, width: Math.round(24 * POINTS_PER_CHAR), numberFormat: "@", wrap: false },
      { header: INFO_SHEET.columns[1]!.vi, width: Math.round(70 * POINTS_PER_CHAR), numberFormat: "General", wrap: true },
    ];
  }
  return sheet.columns.map((c) => {
    const values = dropDownValues(c);
    const t = templateColumn(c, values ? rangeOf.get(values) : undefined);
    const validation = t.validation && officeValidation(t.validation);
    return {
      header: t.header,
      width: Math.round(t.width * POINTS_PER_CHAR),
      numberFormat: t.numFmt ?? "General",
      wrap: t.wrap,
      ...(validation ? { validation } : {}),
    };
  });
}

/** The settings keys with their examples; dates as serials so Excel shows them in its date format. */
function infoRows(): { rows: Array<Array<CellValue | null>>; formats: string[][]; bold: number[] } {
  const rows: Array<Array<CellValue | null>> = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  for (const k of INFO_KEYS) {
    if (k.required) bold.push(rows.length);
    const m = k.type === "date" ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(k.example) : null;
    const day = m ? epochDay(+m[3]!, +m[2]!, +m[1]!) : undefined;
    rows.push([k.vi, day !== undefined ? epochDayToSerial(day) : k.example === "" ? null : k.example]);
    formats.push(["@", k.type === "date" ? "dd/mm/yyyy" : "General"]);
  }
  return { rows, formats, bold };
}

/**
 * What "Tạo mẫu" adds to a workbook holding `existing` sheets: every contract
 * sheet that no worksheet or table already stands for (matched as the reader
 * matches them), and the list sheet when it is needed and absent.
 */
export function planTemplate(existing: ReadonlyArray<ExistingSheet>): TemplatePlan {
  const found = new Map<string, string>();
  for (const ws of existing) {
    // Only which contract sheet a table stands for matters here, not its range.
    const tables: GridTable[] = ws.tableNames.map((name) => ({ name, ref: "A1" }));
    for (const target of matchSheet(ws.name, tables)) if (!found.has(target.spec.key)) found.set(target.spec.key, ws.name);
  }
  const sheetNames = new Set(existing.map((s) => s.name.toLowerCase()));
  const taken = new Set(existing.flatMap((s) => s.tableNames.map((t) => t.toLowerCase())));
  const lists = listLayout();
  const rangeOf = new Map(lists.map((l) => [l.values, l.range]));
  const add: PlannedSheet[] = [];
  const kept: Array<{ sheet: string; worksheet: string }> = [];
  for (const spec of SHEETS) {
    const worksheet = found.get(spec.key);
    if (worksheet !== undefined) {
      kept.push({ sheet: spec.vi, worksheet });
      continue;
    }
    // A worksheet of that name that the reader did not take for this sheet is still never replaced.
    if (sheetNames.has(spec.vi.toLowerCase())) continue;
    const info = spec.key === INFO_SHEET.key ? infoRows() : { rows: [], formats: [], bold: [] };
    add.push({
      spec,
      name: spec.vi,
      tableName: tableName(spec, taken),
      columns: plannedColumns(spec, rangeOf),
      rows: info.rows,
      rowFormats: info.formats,
      boldRows: info.bold,
    });
  }
  const needsLists = add.some((s) => s.columns.some((c) => c.validation?.rule.list));
  return { add, kept, ...(needsLists && !sheetNames.has(LIST_SHEET.toLowerCase()) ? { lists } : {}) };
}
