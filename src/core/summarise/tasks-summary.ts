/** Science and technology tasks in the period: managed, accepted, certified, by field and level. */
import type { SheetData, TaskRecord } from "../model";
import { TASK_FIELDS, TASK_LEVELS, type TaskField, type TaskLevel, type TaskStatus } from "../schema";
import { ZERO, countOf, countsPer, rowsPer } from "./figure";
import { inPeriod, RowTally } from "./row-account";
import type { Period, TaskRef, TasksSummary, SheetSummary } from "./summary";

const STOPPED: TaskStatus = "Dừng";

type CompleteTask = TaskRecord & Required<Pick<TaskRecord, "start" | "end" | "field" | "level" | "status">>;

function isComplete(t: TaskRecord): t is CompleteTask {
  return t.start !== undefined && t.end !== undefined && t.field !== undefined && t.level !== undefined && t.status !== undefined;
}

/**
 * Managed: started by the period's end, not accepted before its start, not
 * stopped before its start. The contract has no stop date, so a stopped task's
 * end date stands for the day it stopped.
 */
function isManaged(t: CompleteTask, period: Period): boolean {
  if (t.start > period.to) return false;
  if (t.acceptedOn !== undefined && t.acceptedOn < period.from) return false;
  return !(t.status === STOPPED && t.end < period.from);
}

function ref(t: CompleteTask, date: number): TaskRef {
  return { row: t.row, code: t.code ?? "", title: t.title ?? "", field: t.field, level: t.level, date };
}

export const EMPTY_TASKS: TasksSummary = {
  managed: ZERO,
  accepted: ZERO,
  certificates: ZERO,
  byField: countsPer(TASK_FIELDS, rowsPer(TASK_FIELDS), "", undefined),
  byLevel: countsPer(TASK_LEVELS, rowsPer(TASK_LEVELS), "", undefined),
  acceptedTasks: [],
  certifiedTasks: [],
};

/**
 * Sums up the tasks sheet. A row named by an error, or lacking a value the
 * rules need (its column is missing), is excluded; a row counts when it is
 * managed, accepted or certified in the period.
 */
export function summariseTasks(data: SheetData<TaskRecord>, errorRows: ReadonlySet<number>, period: Period): SheetSummary<TasksSummary> {
  const tally = new RowTally();
  const managed: number[] = [];
  const accepted: number[] = [];
  const certified: number[] = [];
  const byField = rowsPer<TaskField>(TASK_FIELDS);
  const byLevel = rowsPer<TaskLevel>(TASK_LEVELS);
  const acceptedTasks: TaskRef[] = [];
  const certifiedTasks: TaskRef[] = [];

  for (const t of data.records) {
    tally.total++;
    if (errorRows.has(t.row) || !isComplete(t)) {
      tally.excluded++;
      continue;
    }
    let counted = false;
    if (isManaged(t, period)) {
      managed.push(t.row);
      byField[t.field].push(t.row);
      byLevel[t.level].push(t.row);
      counted = true;
    }
    if (t.acceptedOn !== undefined && inPeriod(t.acceptedOn, period)) {
      accepted.push(t.row);
      acceptedTasks.push(ref(t, t.acceptedOn));
      counted = true;
    }
    if (t.certifiedOn !== undefined && inPeriod(t.certifiedOn, period)) {
      certified.push(t.row);
      certifiedTasks.push(ref(t, t.certifiedOn));
      counted = true;
    }
    if (counted) tally.counted++;
    else tally.outsidePeriod++;
  }

  const { sheet, columns } = data;
  return {
    summary: {
      managed: countOf(sheet, columns.code, managed),
      accepted: countOf(sheet, columns.acceptedOn, accepted),
      certificates: countOf(sheet, columns.certifiedOn, certified),
      byField: countsPer(TASK_FIELDS, byField, sheet, columns.field),
      byLevel: countsPer(TASK_LEVELS, byLevel, sheet, columns.level),
      acceptedTasks,
      certifiedTasks,
    },
    rows: tally.account(),
  };
}
