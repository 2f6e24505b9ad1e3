/**
 * The blank template as data: which contract sheets to add, and for each the
 * headers, formats, drop-down lists and (on `Thông tin`) the settings keys
 * with their examples. The file template (`hosts/node`) lays out every sheet;
 * "Tạo mẫu" in Excel (`hosts/excel`) only those a workbook lacks. Both render
 * this one plan, so they look the same.
 */
import { columnLetter, epochDay, qualify, type GridTable } from "../grid";
import { matchSheet } from "../read";
import { INFO_KEYS, INFO_SHEET, LIST_SHEET_NAME, SHEETS, dropDownValues, type InfoKeySpec, type SheetSpec } from "../schema";
import { templateColumn, type TemplateColumn } from "./template-column";

/** Formats and validations reach this row: enough for a period's data without bloating the file. */
export const TEMPLATE_LAST_ROW = 1000;

/** A cell of the template: text, or a date as an epoch day (each writer turns it into its own date value). */
export type TemplateCell = string | { readonly epochDay: number } | null;

export interface TemplateSheet {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly tableName: string;
  readonly columns: ReadonlyArray<TemplateColumn>;
  /** Rows under the header: the settings keys on `Thông tin`, none on data sheets. */
  readonly rows: ReadonlyArray<TemplateRow>;
}

/** A settings row of `Thông tin`: its key and example, bold when required, its value formatted by type. */
export interface TemplateRow {
  readonly cells: ReadonlyArray<TemplateCell>;
  readonly bold: boolean;
  readonly type: InfoKeySpec["type"];
}

export interface ListColumn {
  readonly title: string;
  readonly values: ReadonlyArray<string>;
  /** Absolute range on the list sheet, e.g. '_Danh mục'!$D$2:$D$6. */
  readonly range: string;
}

export interface TemplatePlan {
  readonly add: ReadonlyArray<TemplateSheet>;
  /** Contract sheets already in the workbook: left exactly as they are. */
  readonly kept: ReadonlyArray<{ readonly sheet: string; readonly worksheet: string }>;
  /** The hidden list sheet to add, when a new sheet needs drop-downs and the workbook has none yet. */
  readonly lists?: ReadonlyArray<ListColumn>;
}

export interface ExistingSheet {
  readonly name: string;
  readonly tableNames: ReadonlyArray<string>;
}

/** One column of the list sheet per distinct list of category values, in contract order. */
export function listLayout(): ListColumn[] {
  const out: ListColumn[] = [];
  for (const sheet of SHEETS) {
    for (const column of sheet.columns) {
      const values = dropDownValues(column);
      if (!values || out.some((l) => l.values === values)) continue;
      const letter = columnLetter(out.length);
      out.push({ title: `${sheet.vi} – ${column.vi}`, values, range: qualify(LIST_SHEET_NAME, `$${letter}$2:$${letter}$${values.length + 1}`) });
    }
  }
  return out;
}

/** Table names carry no spaces or diacritics (NhiemVu, LoHang, …), made unique in the workbook. */
function tableName(sheet: SheetSpec, taken: Set<string>): string {
  const base = sheet.aliases?.find((a) => /^[A-Za-z][A-Za-z0-9_]*$/.test(a)) ?? sheet.en.replace(/[^A-Za-z0-9_]/g, "");
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function sheetColumns(sheet: SheetSpec, rangeOf: ReadonlyMap<ReadonlyArray<string>, string>): TemplateColumn[] {
  if (sheet.key === INFO_SHEET.key) {
    return [
      { header: INFO_SHEET.columns[0]!.vi, width: 24, wrap: false, numFmt: "@" },
      { header: INFO_SHEET.columns[1]!.vi, width: 70, wrap: true },
    ];
  }
  return sheet.columns.map((c) => {
    const values = dropDownValues(c);
    return templateColumn(c, values ? rangeOf.get(values) : undefined);
  });
}

/** The settings keys with their examples (a dd/mm/yyyy example as a date). */
function infoRows(): TemplateRow[] {
  return INFO_KEYS.map((k) => {
    const m = k.type === "date" ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(k.example) : null;
    const day = m ? epochDay(+m[3]!, +m[2]!, +m[1]!) : undefined;
    const example: TemplateCell = day !== undefined ? { epochDay: day } : k.example === "" ? null : k.example;
    return { cells: [k.vi, example], bold: k.required, type: k.type };
  });
}

/**
 * What the template adds to a workbook holding `existing` sheets: every
 * contract sheet that no worksheet or table already stands for (matched as
 * the reader matches them), and the list sheet when it is needed and absent.
 * `planTemplate([])` is the whole blank template.
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
  const add: TemplateSheet[] = [];
  const kept: Array<{ sheet: string; worksheet: string }> = [];
  for (const spec of SHEETS) {
    const worksheet = found.get(spec.key);
    if (worksheet !== undefined) {
      kept.push({ sheet: spec.vi, worksheet });
      continue;
    }
    // A worksheet of that name that the reader did not take for this sheet is still never replaced.
    if (sheetNames.has(spec.vi.toLowerCase())) continue;
    const rows = spec.key === INFO_SHEET.key ? infoRows() : [];
    add.push({ spec, name: spec.vi, tableName: tableName(spec, taken), columns: sheetColumns(spec, rangeOf), rows });
  }
  const needsLists = add.some((s) => s.columns.some((c) => c.validation?.kind === "list"));
  return { add, kept, ...(needsLists && !sheetNames.has(LIST_SHEET_NAME.toLowerCase()) ? { lists } : {}) };
}
