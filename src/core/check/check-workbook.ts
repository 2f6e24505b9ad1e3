/** All row-level and cross-row checks of a workbook once read, in one pass per sheet. */
import type { Issue } from "../issues";
import type { WorkbookData } from "../model";
import { CALIBRATIONS_SHEET, FINANCE_SHEET, LOTS_SHEET, TASKS_SHEET } from "../schema";
import { checkActivityRules } from "./activity-rules";
import { byRow } from "./cell-ref";
import { checkFinance } from "./finance-rules";
import { checkTasks } from "./task-rules";
import { checkUnique } from "./unique-values";

/**
 * Checks the rules that span a row or several rows (repeated values, dates in
 * order, status and date, finance outline and sums). Per-cell problems are the
 * reader's. Issues come sheet by sheet, in row order.
 */
export function checkWorkbook(data: WorkbookData): Issue[] {
  const parts: Issue[][] = [];
  if (data.tasks) {
    const found: Issue[] = [];
    checkUnique(data.tasks, TASKS_SHEET, found);
    checkTasks(data.tasks, found);
    parts.push(byRow(found));
  }
  if (data.lots) {
    const found: Issue[] = [];
    checkUnique(data.lots, LOTS_SHEET, found);
    parts.push(found);
  }
  if (data.calibrations) {
    const found: Issue[] = [];
    checkUnique(data.calibrations, CALIBRATIONS_SHEET, found);
    parts.push(found);
  }
  if (data.finance) {
    const found: Issue[] = [];
    const firsts = checkUnique(data.finance, FINANCE_SHEET, found);
    checkFinance(data.finance, firsts.get("code") ?? new Map(), found);
    parts.push(byRow(found));
  }
  parts.push(checkActivityRules(data));
  return parts.flat();
}
