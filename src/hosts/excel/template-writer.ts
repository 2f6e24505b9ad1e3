/// <reference types="office-js" />
/**
 * "Tạo mẫu" in Excel: adds the contract sheets the workbook lacks, each an
 * Excel table with headers, formats and drop-down lists. Existing sheets are
 * never renamed, cleared or written to. Two requests: one to read the sheet
 * and table names, one to add everything.
 */
import { columnLetter, epochDayToSerial } from "../../core/grid";
import { LIST_SHEET_NAME } from "../../core/schema";
import { TEMPLATE_LAST_ROW, planTemplate, type ColumnRule, type ListColumn, type TemplateCell, type TemplateSheet } from "../../core/template";

export interface TemplateResult {
  /** Worksheets added, in the order added. */
  readonly added: ReadonlyArray<string>;
  /** Contract sheets already there (contract name → the worksheet that holds it), untouched. */
  readonly kept: ReadonlyArray<{ readonly sheet: string; readonly worksheet: string }>;
  /** True when the hidden list sheet was added for the drop-downs. */
  readonly listSheetAdded: boolean;
}

const HEADER_FILL = "#D9D9D9";
const HEADER_HEIGHT = 33;
// Excel's default column is 8.43 characters and 48 points wide.
const POINTS_PER_CHAR = 48 / 8.43;

/** A data validation as Office.js takes it (`range.dataValidation.rule` and `.errorAlert`). */
export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

const OPERATORS: Readonly<Record<ColumnRule["operator"], Excel.DataValidationOperator | "Between" | "GreaterThan" | "GreaterThanOrEqualTo">> = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
};

/** The plan's validation in Office.js terms. */
export function officeValidation(v: ColumnRule): OfficeValidation {
  const errorAlert: Excel.DataValidationErrorAlert = { showAlert: true, style: "Warning", title: v.errorTitle, message: v.error };
  const [f1 = "", f2] = v.formulae;
  if (v.kind === "list") return { rule: { list: { inCellDropDown: true, source: `=${String(f1)}` } }, errorAlert };
  const operator = OPERATORS[v.operator];
  if (v.kind === "date") {
    const date: Excel.DateTimeDataValidation = { formula1: String(f1), operator };
    if (f2 !== undefined) date.formula2 = String(f2);
    return { rule: { date }, errorAlert };
  }
  const basic: Excel.BasicDataValidation = { formula1: f1, operator };
  if (f2 !== undefined) basic.formula2 = f2;
  return { rule: v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic }, errorAlert };
}

/** A template cell as Excel takes it: a date as a serial, so Excel shows it in its date format. */
function officeCell(cell: TemplateCell): string | number {
  if (cell === null) return "";
  return typeof cell === "string" ? cell : epochDayToSerial(cell.epochDay);
}

/** Reads what the workbook holds, then adds what is missing, in one more request. */
export async function addTemplateSheets(context: Excel.RequestContext): Promise<TemplateResult> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const plan = planTemplate(
    worksheets.items.map((ws) => ({ name: ws.name, tableNames: tables.items.filter((t) => t.worksheet.name === ws.name).map((t) => t.name) })),
  );
  const validations: Array<() => void> = [];
  for (const sheet of plan.add) queueSheet(context.workbook.worksheets, sheet, validations);
  // The list sheet must exist before a validation refers to it.
  if (plan.lists) queueListSheet(context.workbook.worksheets, plan.lists);
  for (const queue of validations) queue();
  if (plan.add.length > 0) await context.sync();
  return { added: plan.add.map((s) => s.name), kept: plan.kept, listSheetAdded: plan.lists !== undefined };
}

/** The ribbon's "Tạo mẫu": `addTemplateSheets` on the current workbook. */
export function createTemplate(): Promise<TemplateResult> {
  return Excel.run((context) => addTemplateSheets(context));
}

function queueSheet(worksheets: Excel.WorksheetCollection, sheet: TemplateSheet, validations: Array<() => void>): void {
  const ws = worksheets.add(sheet.name);
  const last = columnLetter(sheet.columns.length - 1);
  // Excel wants a table to have a body row: an empty one keeps the sheet blank.
  const table = ws.tables.add(`A1:${last}${1 + Math.max(1, sheet.rows.length)}`, true);
  table.name = sheet.tableName;
  table.style = "TableStyleLight1";

  const columnFormats = sheet.columns.map((c) => c.numFmt ?? "General");
  const formats: string[][] = [];
  for (let r = 0; r < TEMPLATE_LAST_ROW - 1; r++) {
    const row = sheet.rows[r];
    formats.push(row === undefined ? columnFormats.slice() : ["@", row.type === "date" ? "dd/mm/yyyy" : "General"]);
  }
  ws.getRange(`A2:${last}${TEMPLATE_LAST_ROW}`).numberFormat = formats;

  const header = table.getHeaderRowRange();
  header.numberFormat = [sheet.columns.map(() => "@")];
  header.values = [sheet.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";
  header.format.rowHeight = HEADER_HEIGHT;
  if (sheet.rows.length > 0) ws.getRange(`A2:${last}${1 + sheet.rows.length}`).values = sheet.rows.map((r) => r.cells.map(officeCell));
  sheet.rows.forEach((r, i) => {
    if (r.bold) ws.getRange(`A${i + 2}`).format.font.bold = true;
  });

  sheet.columns.forEach((c, i) => {
    const letter = columnLetter(i);
    const column = ws.getRange(`${letter}:${letter}`);
    column.format.columnWidth = Math.round(c.width * POINTS_PER_CHAR);
    if (c.wrap) {
      column.format.wrapText = true;
      column.format.verticalAlignment = "Top";
    }
    const v = c.validation && officeValidation(c.validation);
    if (v) {
      validations.push(() => {
        const cells = ws.getRange(`${letter}2:${letter}${TEMPLATE_LAST_ROW}`);
        cells.dataValidation.rule = v.rule;
        cells.dataValidation.errorAlert = v.errorAlert;
      });
    }
  });
  ws.freezePanes.freezeRows(1);
}

function queueListSheet(worksheets: Excel.WorksheetCollection, lists: ReadonlyArray<ListColumn>): void {
  const ws = worksheets.add(LIST_SHEET_NAME);
  lists.forEach((list, i) => {
    const letter = columnLetter(i);
    const cells = ws.getRange(`${letter}1:${letter}${list.values.length + 1}`);
    cells.numberFormat = [["@"], ...list.values.map(() => ["@"])];
    cells.values = [[list.title], ...list.values.map((v) => [v])];
  });
  ws.getRange(`A1:${columnLetter(lists.length - 1)}1`).format.font.bold = true;
  ws.visibility = "Hidden";
}
