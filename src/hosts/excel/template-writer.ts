/// <reference types="office-js" />
/**
 * "Tạo mẫu" in Excel: adds the contract sheets the workbook lacks, each an
 * Excel table with headers, formats and drop-down lists. Existing sheets are
 * never renamed, cleared or written to. Two requests: one to read the sheet
 * and table names, one to add everything.
 */
import { columnLetter } from "../../core/grid";
import { LAST_ROW, LIST_SHEET, planTemplate, type ListColumn, type PlannedSheet } from "./template-plan";

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

function queueSheet(worksheets: Excel.WorksheetCollection, sheet: PlannedSheet, validations: Array<() => void>): void {
  const ws = worksheets.add(sheet.name);
  const last = columnLetter(sheet.columns.length - 1);
  // Excel wants a table to have a body row: an empty one keeps the sheet blank.
  const table = ws.tables.add(`A1:${last}${1 + Math.max(1, sheet.rows.length)}`, true);
  table.name = sheet.tableName;
  table.style = "TableStyleLight1";

  const formats: string[][] = [];
  for (let r = 0; r < LAST_ROW - 1; r++) formats.push(sheet.rowFormats[r]?.slice() ?? sheet.columns.map((c) => c.numberFormat));
  ws.getRange(`A2:${last}${LAST_ROW}`).numberFormat = formats;

  const header = table.getHeaderRowRange();
  header.numberFormat = [sheet.columns.map(() => "@")];
  header.values = [sheet.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";
  header.format.rowHeight = HEADER_HEIGHT;
  if (sheet.rows.length > 0) ws.getRange(`A2:${last}${1 + sheet.rows.length}`).values = sheet.rows.map((r) => r.map((v) => v ?? ""));
  for (const i of sheet.boldRows) ws.getRange(`A${i + 2}`).format.font.bold = true;

  sheet.columns.forEach((c, i) => {
    const letter = columnLetter(i);
    const column = ws.getRange(`${letter}:${letter}`);
    column.format.columnWidth = c.width;
    if (c.wrap) {
      column.format.wrapText = true;
      column.format.verticalAlignment = "Top";
    }
    const v = c.validation;
    if (v) {
      validations.push(() => {
        const cells = ws.getRange(`${letter}2:${letter}${LAST_ROW}`);
        cells.dataValidation.rule = v.rule;
        cells.dataValidation.errorAlert = v.errorAlert;
      });
    }
  });
  ws.freezePanes.freezeRows(1);
}

function queueListSheet(worksheets: Excel.WorksheetCollection, lists: ReadonlyArray<ListColumn>): void {
  const ws = worksheets.add(LIST_SHEET);
  lists.forEach((list, i) => {
    const letter = columnLetter(i);
    const cells = ws.getRange(`${letter}1:${letter}${list.values.length + 1}`);
    cells.numberFormat = [["@"], ...list.values.map(() => ["@"])];
    cells.values = [[list.title], ...list.values.map((v) => [v])];
  });
  ws.getRange(`A1:${columnLetter(lists.length - 1)}1`).format.font.bold = true;
  ws.visibility = "Hidden";
}
