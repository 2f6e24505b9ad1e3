/** Measuring instruments verified, calibrated or tested in the period, by activity, instrument and unit. */
import type { CalibrationRecord, SheetData } from "../model";
import { ACTIVITIES, type Activity, type PassFail } from "../schema";
import { figure } from "./figure";
import { inPeriod, RowTally } from "./row-account";
import type { CalibrationLine, CalibrationsSummary, Period, SheetSummary } from "./summary";

const PASSED: PassFail = "Đạt";

/** A spelling tidied for the report: NFC, spaces collapsed, trimmed. */
function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** How instrument and unit spellings are grouped: trimmed, spaces collapsed, NFC, case-insensitive. */
export function spellingKey(text: string): string {
  return tidy(text).toLowerCase();
}

interface Group {
  readonly instrument: string;
  readonly unit: string;
  quantity: number;
  passed: number;
  failed: number;
  readonly rows: number[];
}

export const EMPTY_CALIBRATIONS: CalibrationsSummary = { rows: [] };

/** Sums quantities of the rows dated in the period; rows named by an error are left out. */
export function summariseCalibrations(data: SheetData<CalibrationRecord>, errorRows: ReadonlySet<number>, period: Period): SheetSummary<CalibrationsSummary> {
  const tally = new RowTally();
  const groups = new Map<Activity, Map<string, Group>>();
  // Spellings repeat down a sheet: normalise each distinct one once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keys.get(text);
    if (k === undefined) keys.set(text, (k = spellingKey(text)));
    return k;
  };

  for (const c of data.records) {
    tally.total++;
    const { activity, instrument, unit, quantity, result } = c;
    if (
      errorRows.has(c.row) ||
      activity === undefined ||
      instrument === undefined ||
      unit === undefined ||
      quantity === undefined ||
      result === undefined ||
      c.date === undefined
    ) {
      tally.excluded++;
      continue;
    }
    if (!inPeriod(c.date, period)) {
      tally.outsidePeriod++;
      continue;
    }
    tally.counted++;
    let byKey = groups.get(activity);
    if (byKey === undefined) groups.set(activity, (byKey = new Map()));
    const key = keyOf(instrument) + "\u0000" + keyOf(unit);
    let g = byKey.get(key);
    if (g === undefined) {
      // The first spelling names the line, tidied of stray spaces.
      g = { instrument: tidy(instrument), unit: tidy(unit), quantity: 0, passed: 0, failed: 0, rows: [] };
      byKey.set(key, g);
    }
    g.quantity += quantity;
    if (result === PASSED) g.passed += quantity;
    else g.failed += quantity;
    g.rows.push(c.row);
  }

  const rows: CalibrationLine[] = [];
  for (const activity of ACTIVITIES) {
    for (const g of groups.get(activity)?.values() ?? []) {
      rows.push({
        activity,
        instrument: g.instrument,
        unit: g.unit,
        quantity: figure(g.quantity, data.sheet, data.columns.quantity, g.rows),
        passed: g.passed,
        failed: g.failed,
      });
    }
  }
  return { summary: { rows }, rows: tally.account() };
}
