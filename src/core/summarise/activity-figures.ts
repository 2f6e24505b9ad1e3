/**
 * The slot figures of a set of activity rows (a kind, or one batch of it),
 * each with its cells. Sums are taken in one pass; a figure's cells are
 * worked out when first asked for, since a register of 100,000 rows has
 * thousands of batches whose cells nobody shows.
 */
import { columnRuns } from "../grid";
import type { ActivityRecord, SheetData } from "../model";
import { FAILED_RESULTS, type ActivityResult } from "../schema";
import type { ActivityFigures, ActivitySubject, Figure, SourceRef } from "./summary";

/** A counted row, with what the figures need worked out once. */
export interface CountedActivity {
  readonly record: ActivityRecord;
  readonly quantity: number;
  readonly failed: boolean;
  readonly subjectKey: string;
  /** The subject as first spelled, tidied. */
  readonly subjectName: string;
  /** A named batch's spelling key, or the row number of a row that is its own batch. */
  readonly batchKey: string | number;
}

export function isFailed(record: ActivityRecord): boolean {
  return record.result !== undefined && FAILED_RESULTS.includes(record.result);
}

export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

const NO_SOURCES: ReadonlyArray<SourceRef> = [];

/** A figure whose cells are one column's on the rows `pick` keeps, found on first use. */
function lazyFigure(
  value: number,
  sheet: string,
  col: number | undefined,
  rows: ReadonlyArray<CountedActivity>,
  pick?: (a: CountedActivity) => boolean,
): Figure {
  let sources: ReadonlyArray<SourceRef> | undefined;
  return {
    value,
    get sources(): ReadonlyArray<SourceRef> {
      if (sources === undefined) {
        const picked: number[] = [];
        for (const a of rows) if (pick === undefined || pick(a)) picked.push(a.record.row);
        sources = col === undefined || picked.length === 0 ? NO_SOURCES : [{ sheet, ranges: columnRuns(col, picked) }];
      }
      return sources;
    },
  };
}

interface SubjectTally {
  readonly name: string;
  quantity: number;
  notes: string[];
  results: ActivityResult[];
  failed: boolean;
}

/** Figures of `rows` (sheet order): sums, distinct counts and the subjects' list. */
export function activityFigures(sheet: SheetData<ActivityRecord>, rows: ReadonlyArray<CountedActivity>): ActivityFigures {
  const { columns } = sheet;
  const name = sheet.sheet;
  const batches = new Set<string | number>();
  const subjects = new Map<string, SubjectTally>();
  let quantity = 0;
  let failed = 0;
  let participants = 0;
  let amount = 0;
  for (const a of rows) {
    const r = a.record;
    quantity += a.quantity;
    batches.add(a.batchKey);
    if (a.failed) failed += a.quantity;
    if (r.participants !== undefined) participants += r.participants;
    if (r.amount !== undefined) amount += r.amount;
    let s = subjects.get(a.subjectKey);
    if (s === undefined) subjects.set(a.subjectKey, (s = { name: a.subjectName, quantity: 0, notes: [], results: [], failed: false }));
    s.quantity += a.quantity;
    if (a.failed) {
      s.failed = true;
      const note = r.note === undefined ? "" : tidy(r.note);
      if (note !== "") {
        if (!s.notes.includes(note)) s.notes.push(note);
      } else if (r.result !== undefined && !s.results.includes(r.result)) s.results.push(r.result);
    }
  }
  // A blank quantity counts 1: the figure then points at the quantity cells all the same.
  const quantityCol = columns.quantity ?? columns.kind;
  const list: ActivitySubject[] = [...subjects.values()];
  return {
    quantity: lazyFigure(quantity, name, quantityCol, rows),
    rows: lazyFigure(rows.length, name, columns.kind, rows),
    batches: lazyFigure(batches.size, name, columns.batch ?? columns.kind, rows),
    subjects: lazyFigure(subjects.size, name, columns.subject, rows),
    participants: lazyFigure(participants, name, columns.participants, rows, (a) => a.record.participants !== undefined),
    failed: lazyFigure(failed, name, columns.result, rows, (a) => a.failed),
    passed: lazyFigure(quantity - failed, name, quantityCol, rows, (a) => !a.failed),
    ...(quantity > 0 ? { failedPercent: (failed / quantity) * 100 } : {}),
    amount: lazyFigure(amount, name, columns.amount, rows, (a) => a.record.amount !== undefined),
    list,
  };
}
