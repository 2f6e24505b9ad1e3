/** The `Hoạt động` register summed up per kind and per batch, with the catalogue's words for each kind. */
import { activityCatalogue, kindOf, type ActivityKind } from "../activities";
import type { ActivityKindRecord, ActivityRecord, SheetData } from "../model";
import { activityFigures, isFailed, tidy, type CountedActivity } from "./activity-figures";
import { spellingKey } from "./calibrations-summary";
import { inPeriod, RowTally } from "./row-account";
import type { ActivitiesSummary, ActivityBatch, Period, SheetSummary } from "./summary";

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
  // Subjects and batches repeat down a register: each distinct spelling is keyed and tidied once.
  const spellings = new Map<string, { readonly key: string; readonly name: string }>();
  const spelling = (text: string) => {
    let s = spellings.get(text);
    if (s === undefined) {
      const name = tidy(text);
      spellings.set(text, (s = { key: spellingKey(name), name }));
    }
    return s;
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
    const subject = spelling(r.subject);
    // A row without a batch is its own: keyed by its row number, it never joins a named one.
    const batchKey = r.batch === undefined || r.batch.trim() === "" ? r.row : spelling(r.batch).key;
    let list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, (list = []));
    list.push({ record: r, quantity: r.quantity ?? 1, failed: isFailed(r), subjectKey: subject.key, subjectName: subject.name, batchKey });
  }

  const out: ActivitiesSummary["kinds"][number][] = [];
  for (const kind of catalogue.kinds) {
    const rows = byKind.get(kind);
    if (rows === undefined) continue;
    let batchList: ActivityBatch[] | undefined;
    // Worked out when first asked for: only per-batch sentences and the JSON read them.
    out.push({
      ...activityFigures(sheet, rows),
      kind,
      get batchList(): ActivityBatch[] {
        return (batchList ??= batchesOf(sheet, rows));
      },
    });
  }
  return { summary: { kinds: out }, rows: tally.account() };
}

/** A kind's batches, earliest first (ties in sheet order). */
function batchesOf(sheet: SheetData<ActivityRecord>, rows: ReadonlyArray<CountedActivity>): ActivityBatch[] {
  const batches = new Map<string | number, BatchRows>();
  for (const a of rows) {
    const date = a.record.date!;
    let b = batches.get(a.batchKey);
    if (b === undefined) {
      const typed = a.record.batch?.trim();
      const name = typed === undefined || typed === "" ? a.subjectName : tidy(typed);
      batches.set(a.batchKey, (b = { rows: [], name, date }));
    }
    b.rows.push(a);
    if (date < b.date) b.date = date;
  }
  // Map order is first appearance; a stable sort by date keeps it for ties.
  return [...batches.values()].sort((x, y) => x.date - y.date).map((b) => ({ ...activityFigures(sheet, b.rows), name: b.name, date: b.date }));
}
