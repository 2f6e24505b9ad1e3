/** The slot figures of a set of activity rows (a kind, or one batch of it), each with its cells. */
import type { ActivityRecord, SheetData } from "../model";
import { FAILED_RESULTS } from "../schema";
import { spellingKey } from "./calibrations-summary";
import { countOf, figure } from "./figure";
import type { ActivityFigures, ActivitySubject } from "./summary";

/** A counted row, with what the figures need worked out once. */
export interface CountedActivity {
  readonly record: ActivityRecord;
  readonly quantity: number;
  readonly failed: boolean;
  readonly subjectKey: string;
  readonly batchKey: string;
}

export function isFailed(record: ActivityRecord): boolean {
  return record.result !== undefined && FAILED_RESULTS.includes(record.result);
}

function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Figures of `rows` (sheet order): sums, distinct counts and the subjects' list. */
export function activityFigures(sheet: SheetData<ActivityRecord>, rows: ReadonlyArray<CountedActivity>): ActivityFigures {
  const { columns } = sheet;
  const name = sheet.sheet;
  const all: number[] = [];
  const failedRows: number[] = [];
  const passedRows: number[] = [];
  const withParticipants: number[] = [];
  const withAmount: number[] = [];
  const batches = new Set<string>();
  const subjects = new Map<string, { name: string; quantity: number; notes: string[]; failed: boolean; rows: number[] }>();
  let quantity = 0;
  let failed = 0;
  let participants = 0;
  let amount = 0;
  for (const a of rows) {
    const r = a.record;
    all.push(r.row);
    quantity += a.quantity;
    batches.add(a.batchKey);
    if (a.failed) {
      failed += a.quantity;
      failedRows.push(r.row);
    } else passedRows.push(r.row);
    if (r.participants !== undefined) {
      participants += r.participants;
      withParticipants.push(r.row);
    }
    if (r.amount !== undefined) {
      amount += r.amount;
      withAmount.push(r.row);
    }
    let s = subjects.get(a.subjectKey);
    if (s === undefined) subjects.set(a.subjectKey, (s = { name: tidy(r.subject ?? ""), quantity: 0, notes: [], failed: false, rows: [] }));
    s.quantity += a.quantity;
    s.rows.push(r.row);
    if (a.failed) {
      s.failed = true;
      // Without a note, the result itself says what happened ("vi phạm").
      const note = r.note === undefined || tidy(r.note) === "" ? (r.result ?? "").toLowerCase() : tidy(r.note);
      if (note !== "" && !s.notes.includes(note)) s.notes.push(note);
    }
  }
  // A blank quantity counts 1: the figure then points at the kind cells of the rows.
  const quantityCol = columns.quantity ?? columns.kind;
  const list: ActivitySubject[] = [...subjects.values()];
  return {
    quantity: figure(quantity, name, quantityCol, all),
    rows: countOf(name, columns.kind, all),
    batches: figure(batches.size, name, columns.batch ?? columns.kind, all),
    subjects: figure(subjects.size, name, columns.subject, all),
    participants: figure(participants, name, columns.participants, withParticipants),
    failed: figure(failed, name, columns.result, failedRows),
    passed: figure(quantity - failed, name, quantityCol, passedRows),
    ...(quantity > 0 ? { failedPercent: (failed / quantity) * 100 } : {}),
    amount: figure(amount, name, columns.amount, withAmount),
    list,
  };
}

/** How subjects and batches are told apart: as instrument names are (case, spaces, NFC). */
export function activityKey(text: string): string {
  return spellingKey(text);
}
