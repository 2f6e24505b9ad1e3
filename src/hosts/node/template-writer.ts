/**
 * The blank report workbook: the contract's sheets, each an Excel table
 * with styled headers, drop-down lists, date and number formats, ready to fill.
 */
import ExcelJS from "exceljs";
import { columnLetter, qualify } from "../../core/grid";
import { INFO_KEYS, INFO_SHEET, LIST_SHEET_NAME, SHEETS, dropDownValues, type SheetSpec } from "../../core/schema";
import { templateColumn, type TemplateColumn } from "./template-columns";
import { setZipTimestamps } from "./zip-timestamps";

export interface TemplateOptions {
  /** Written as the workbook's created/modified time and the zip entries' time; fixed by default. */
  readonly now?: Date;
}

/** The hidden sheet that holds the drop-down lists. */
export { LIST_SHEET_NAME };
/** Validations and formats reach this row: enough for a period's data without bloating the file. */
export const TEMPLATE_LAST_ROW = 1000;

const DEFAULT_NOW = new Date(Date.UTC(2021, 0, 1));
const CREATOR = "Lập báo cáo";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
// Name and size given in full: a bare { bold: true } falls back to another face in some spreadsheet programs.
const BOLD_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, bold: true };
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "middle" };

/** Table names carry no spaces or diacritics: the sheet's ASCII alias (NhiemVu, LoHang, …). */
function tableName(sheet: SheetSpec): string {
  const alias = sheet.aliases?.find((a) => /^[A-Za-z][A-Za-z0-9_]*$/.test(a));
  return alias ?? sheet.en.replace(/[^A-Za-z0-9_]/g, "");
}

interface ListColumn {
  readonly title: string;
  readonly values: ReadonlyArray<string>;
  /** Absolute range on the list sheet, e.g. '_Danh mục'!$A$2:$A$4. */
  readonly range: string;
}

/** One column of the list sheet per distinct list of category values, in contract order. */
function listLayout(): ListColumn[] {
  const out: ListColumn[] = [];
  for (const sheet of SHEETS) {
    for (const column of sheet.columns) {
      const values = dropDownValues(column);
      if (!values || out.some((l) => l.values === values)) continue;
      const letter = columnLetter(out.length);
      const range = qualify(LIST_SHEET_NAME, `$${letter}$2:$${letter}$${values.length + 1}`);
      out.push({ title: `${sheet.vi} – ${column.vi}`, values, range });
    }
  }
  return out;
}

function addListSheet(wb: ExcelJS.Workbook, lists: ReadonlyArray<ListColumn>): void {
  const ws = wb.addWorksheet(LIST_SHEET_NAME, { state: "hidden" });
  lists.forEach((list, i) => {
    ws.getCell(1, i + 1).value = list.title;
    ws.getCell(1, i + 1).font = BOLD_FONT;
    list.values.forEach((value, j) => (ws.getCell(j + 2, i + 1).value = value));
    ws.getColumn(i + 1).width = Math.max(list.title.length, ...list.values.map((v) => v.length)) + 2;
  });
}

/** exceljs 4.4 takes one validation for a whole range here; its typings only know the per-cell form. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addTableSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  columns: ReadonlyArray<TemplateColumn>,
  rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.vi, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
    if (c.wrap) col.alignment = { wrapText: true, vertical: "top" };
  });
  ws.addTable({
    name: tableName(sheet),
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    // Excel wants at least one data row in a table; an empty one keeps the template blank.
    rows: rows.length > 0 ? rows.map((r) => [...r]) : [columns.map(() => null)],
  });
  const header = ws.getRow(1);
  header.height = 33;
  columns.forEach((_c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = BOLD_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = HEADER_ALIGNMENT;
    cell.numFmt = "@";
  });
  columns.forEach((c, i) => {
    if (!c.validation) return;
    const letter = columnLetter(i);
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_LAST_ROW}`, c.validation);
  });
  return ws;
}

/** The `Thông tin` sheet: every key in `Mục`, its example in `Giá trị`, required keys in bold. */
function addInfoSheet(wb: ExcelJS.Workbook): void {
  const columns: TemplateColumn[] = [
    { header: INFO_SHEET.columns[0]!.vi, width: 24, wrap: false, numFmt: "@" },
    { header: INFO_SHEET.columns[1]!.vi, width: 70, wrap: true },
  ];
  const rows = INFO_KEYS.map((k): ExcelJS.CellValue[] => {
    const date = k.type === "date" ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(k.example) : null;
    const example = date ? new Date(Date.UTC(+date[3]!, +date[2]! - 1, +date[1]!)) : k.example === "" ? null : k.example;
    return [k.vi, example];
  });
  const ws = addTableSheet(wb, INFO_SHEET, columns, rows);
  INFO_KEYS.forEach((k, i) => {
    const row = ws.getRow(i + 2);
    if (k.required) row.getCell(1).font = BOLD_FONT;
    if (k.type === "date") {
      row.getCell(2).numFmt = "dd/mm/yyyy";
      row.getCell(2).alignment = { horizontal: "left" };
    }
    if (k.type === "lines") row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
}

/**
 * Writes the blank template workbook as .xlsx bytes. The same `now` gives
 * byte-identical output (workbook properties and zip entry times are fixed).
 */
export async function writeTemplate(options: TemplateOptions = {}): Promise<Buffer> {
  const now = options.now ?? DEFAULT_NOW;
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = now;
  wb.modified = now;
  const lists = listLayout();
  const rangeOf = new Map(lists.map((l) => [l.values, l.range]));
  addInfoSheet(wb);
  for (const sheet of SHEETS) {
    if (sheet.key === INFO_SHEET.key) continue;
    addTableSheet(
      wb,
      sheet,
      sheet.columns.map((c) => {
        const values = dropDownValues(c);
        return templateColumn(c, values ? rangeOf.get(values) : undefined);
      }),
      [],
    );
  }
  addListSheet(wb, lists);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return setZipTimestamps(bytes, now);
}
