/** Row rules of the `Nhiệm vụ` sheet: dates in order, status and acceptance date agree. */
import { vnDate } from "../grid";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { SheetData, TaskRecord } from "../model";
import { TASKS_SHEET, type TaskStatus } from "../schema";
import { at, fieldCell, header } from "./cell-ref";

const ACCEPTED: TaskStatus = "Đã nghiệm thu";
const END = header(TASKS_SHEET, "end");
const ACCEPTED_ON = header(TASKS_SHEET, "acceptedOn");

/**
 * Checks every task row. A value the reader could not read is undefined here
 * and skipped, except an acceptance date: an accepted task without a usable
 * one is an error whether the cell is blank or unreadable.
 */
export function checkTasks(data: SheetData<TaskRecord>, out: Issue[]): void {
  for (const t of data.records) {
    if (t.start !== undefined && t.end !== undefined && t.end < t.start) {
      out.push(
        issue(IssueCode.EndBeforeStart, Severity.Error, at(data, "end", t.row), {
          column: END,
          start: vnDate(t.start),
          end: vnDate(t.end),
          startCell: fieldCell(data, "start", t.row) ?? "",
        }),
      );
    }
    if (t.status === ACCEPTED && t.acceptedOn === undefined) {
      out.push(
        issue(IssueCode.StatusNeedsDate, Severity.Error, at(data, "acceptedOn", t.row), {
          column: ACCEPTED_ON,
          status: t.status,
        }),
      );
    } else if (t.acceptedOn !== undefined && t.status !== undefined && t.status !== ACCEPTED) {
      out.push(
        issue(IssueCode.DateWithoutStatus, Severity.Warning, at(data, "acceptedOn", t.row), {
          column: ACCEPTED_ON,
          status: t.status,
        }),
      );
    }
  }
}
