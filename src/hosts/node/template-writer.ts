/**
 * The blank report workbook: the contract's sheets, each an Excel table
 * with styled headers, drop-down lists, date and number formats, ready to fill.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../core/grid";
import { LIST_SHEET_NAME } from "../../core/schema";
import { TEMPLATE_LAST_ROW, planTemplate, type ColumnRule, type ListColumn, type TemplateCell, type TemplateSheet } from "../../core/template";
import { setZipDates } from "../../xlsx";

export interface TemplateOptions {
  /** Written as the workbook's created/modified time and the zip entries' time; fixed by default. */
  readonly now?: Date;
}

const DEFAULT_NOW = new Date(Date.UTC(2021, 0, 1));
const CREATOR = "Lập báo cáo";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
// Name and size given in full: a bare { bold: true } falls back to another face in some spreadsheet programs.
const BOLD_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, bold: true };
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "middle" };

/** The plan's validation in exceljs terms (dates as Date values). */
function excelValidation(rule: ColumnRule): ExcelJS.DataValidation {
  const formulae = rule.kind === "date" ? rule.formulae.map((f) => new Date(`${String(f)}T00:00:00Z`)) : [...rule.formulae];
  return {
    type: rule.kind,
    ...(rule.kind === "list" ? {} : { operator: rule.operator }),
    allowBlank: true,
    formulae,
    showErrorMessage: true,
    errorStyle: rule.errorStyle,
    errorTitle: rule.errorTitle,
    error: rule.error,
  };
}

function excelCell(cell: TemplateCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === "string") return cell;
  return new Date(cell.epochDay * 86_400_000);
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

function addTableSheet(wb: ExcelJS.Workbook, sheet: TemplateSheet): void {
  const { columns } = sheet;
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
    if (c.wrap) col.alignment = { wrapText: true, vertical: "top" };
  });
  ws.addTable({
    name: sheet.tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    // Excel wants at least one data row in a table; an empty one keeps the template blank.
    rows: sheet.rows.length > 0 ? sheet.rows.map((r) => r.cells.map(excelCell)) : [columns.map(() => null)],
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
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_LAST_ROW}`, excelValidation(c.validation));
  });
  // The settings rows of `Thông tin`: required keys in bold, dates as dates, lines wrapped.
  sheet.rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    if (r.bold) row.getCell(1).font = BOLD_FONT;
    if (r.type === "date") {
      row.getCell(2).numFmt = "dd/mm/yyyy";
      row.getCell(2).alignment = { horizontal: "left" };
    }
    if (r.type === "lines") row.getCell(2).alignment = { wrapText: true, vertical: "top" };
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
  const plan = planTemplate([]);
  for (const sheet of plan.add) addTableSheet(wb, sheet);
  addListSheet(wb, plan.lists ?? []);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return setZipDates(bytes, now);
}
