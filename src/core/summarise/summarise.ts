/** The whole period summed up, sheet by sheet. */
import type { Issue } from "../issues";
import type { WorkbookData } from "../model";
import type { SheetKey } from "../schema";
import { EMPTY_ACTIVITIES, summariseActivities } from "./activities-summary";
import { EMPTY_CALIBRATIONS, summariseCalibrations } from "./calibrations-summary";
import { errorRowsBySheet } from "./row-account";
import { EMPTY_FINANCE, summariseFinance } from "./finance-summary";
import { EMPTY_LOTS, summariseLots } from "./lots-summary";
import { EMPTY_TASKS, summariseTasks } from "./tasks-summary";
import type { Period, RowAccount, Summary } from "./summary";

const NONE: ReadonlySet<number> = new Set();

/**
 * Sums up the period. A record named by an error (same sheet, same row) is
 * left out of every figure; warnings and information do not exclude. A sheet
 * that is absent gives zero figures and no row account.
 */
export function summarise(data: WorkbookData, issues: ReadonlyArray<Issue>, period: Period): Summary {
  const errors = errorRowsBySheet(issues);
  const errorRows = (sheet: string) => errors.get(sheet) ?? NONE;
  const rows: Partial<Record<SheetKey, RowAccount>> = {};

  const tasks = data.tasks ? summariseTasks(data.tasks, errorRows(data.tasks.sheet), period) : undefined;
  const lots = data.lots ? summariseLots(data.lots, errorRows(data.lots.sheet), period) : undefined;
  const calibrations = data.calibrations ? summariseCalibrations(data.calibrations, errorRows(data.calibrations.sheet), period) : undefined;
  const finance = data.finance ? summariseFinance(data.finance, errorRows(data.finance.sheet)) : undefined;
  const kinds = data.activityKinds;
  const activities = data.activities
    ? summariseActivities(data.activities, errorRows(data.activities.sheet), period, kinds, kinds && errorRows(kinds.sheet))
    : undefined;

  if (tasks) rows.tasks = tasks.rows;
  if (lots) rows.lots = lots.rows;
  if (calibrations) rows.calibrations = calibrations.rows;
  if (finance) rows.finance = finance.rows;
  if (activities) rows.activities = activities.rows;

  return {
    period,
    tasks: tasks?.summary ?? EMPTY_TASKS,
    lots: lots?.summary ?? EMPTY_LOTS,
    calibrations: calibrations?.summary ?? EMPTY_CALIBRATIONS,
    finance: finance?.summary ?? EMPTY_FINANCE,
    activities: activities?.summary ?? EMPTY_ACTIVITIES,
    rows,
  };
}
