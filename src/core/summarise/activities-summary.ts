/** The `Hoạt động` register summed up per kind and per batch, with the catalogue's words for each kind. */
import { activityCatalogue, kindOf, type ActivityKind } from "../activities";
import type { ActivityKindRecord, ActivityRecord, SheetData } from "../model";
import { activityFigures, activityKey, isFailed, type CountedActivity } from "./activity-figures";
import { inPeriod, RowTally } from "./row-account";
import type { SheetSummary } from "./sheet-summary";
import type { ActivitiesSummary, ActivityBatch, Period } from "./summary";

export const EMPTY_ACTIVITIES: ActivitiesSummary = { kinds: [] };

/** Rows of one batch, and where it starts. */
interface BatchRows {
  readonly rows: CountedActivity[];
  readonly name: string;
  date: number;
}

/**
 * Sums the rows dated in the period by kind and batch. Rows named by an
 * error, or whose kind the catalogue does not know, are left out.
 */
export function summariseActivities(
  sheet: SheetData<ActivityRecord>,
  errorRows: ReadonlySet<number>,
  period: Period,
  kinds?: SheetData<ActivityKindRecord>,
  kindErrorRows?: ReadonlySet<number>,
): SheetSummary<ActivitiesSummary> {
  const catalogue = activityCatalogue(kinds, kindErrorRows);
  const tally = new RowTally();
  const byKind = new Map<ActivityKind, CountedActivity[]>();
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = activityKey(text)));
    return k;
  };

  for (const r of sheet.records) {
    tally.total++;
    const kind = r.kind === undefined ? undefined : kindOf(catalogue, r.kind);
    if (errorRows.has(r.row) || kind === undefined || r.date === undefined || r.subject === undefined) {
      tally.excluded++;
      continue;
    }
    if (!inPeriod(r.date, period)) {
      tally.outsidePeriod++;
      continue;
    }
    tally.counted++;
    const subjectKey = keyOf(r.subject);
    // A row without a batch is its own: keyed by its row, it never joins another.
    const batchKey = r.batch === undefined || r.batch.trim() === "" ? `\u0000${r.row}` : keyOf(r.batch);
    let list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, (list = []));
    list.push({ record: r, quantity: r.quantity ?? 1, failed: isFailed(r), subjectKey, batchKey });
  }

  const out: ActivitiesSummary["kinds"][number][] = [];
  for (const kind of catalogue.kinds) {
    const rows = byKind.get(kind);
    if (rows === undefined) continue;
    out.push({ ...activityFigures(sheet, rows), kind, batchList: batchesOf(sheet, rows) });
  }
  return { summary: { kinds: out }, rows: tally.account() };
}

/** A kind's batches, earliest first (ties in sheet order). */
function batchesOf(sheet: SheetData<ActivityRecord>, rows: ReadonlyArray<CountedActivity>): ActivityBatch[] {
  const batches = new Map<string, BatchRows>();
  for (const a of rows) {
    const date = a.record.date!;
    let b = batches.get(a.batchKey);
    if (b === undefined) {
      const typed = a.record.batch?.trim();
      const name = (typed === undefined || typed === "" ? a.record.subject! : typed).normalize("NFC").replace(/\s+/g, " ").trim();
      batches.set(a.batchKey, (b = { rows: [], name, date }));
    }
    b.rows.push(a);
    if (date < b.date) b.date = date;
  }
  // Map order is first appearance; a stable sort by date keeps it for ties.
  return [...batches.values()]
    .sort((x, y) => x.date - y.date)
    .map((b) => ({ ...activityFigures(sheet, b.rows), name: b.name, date: b.date }));
}
