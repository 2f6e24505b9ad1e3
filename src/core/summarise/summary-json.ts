/** The summary as plain JSON, in the documented shape other tools read. */
import { isoDate } from "../grid";
import type { ActivityFigures, Figure, FinanceTotals, Summary } from "./summary";

/** An activity kind's or batch's figures in the JSON: the slots' values. */
export interface ActivityFiguresJson {
  readonly quantity: number;
  readonly rows: number;
  readonly batches: number;
  readonly subjects: number;
  readonly participants: number;
  readonly failed: number;
  readonly passed: number;
  readonly failedPercent: number | null;
  readonly amount: number;
  readonly list: ReadonlyArray<{
    readonly subject: string;
    readonly quantity: number;
    readonly failed: boolean;
    readonly notes: ReadonlyArray<string>;
    readonly results: ReadonlyArray<string>;
  }>;
}

/** The documented JSON shape of a summary: list values as the contract spells them, dates YYYY-MM-DD. */
export interface SummaryJson {
  readonly period: { readonly from: string; readonly to: string; readonly name: string };
  readonly tasks: {
    readonly managed: number;
    readonly accepted: number;
    readonly certificates: number;
    readonly byField: Readonly<Record<string, number>>;
    readonly byLevel: Readonly<Record<string, number>>;
  };
  readonly lots: {
    readonly total: number;
    readonly byGroup: Readonly<Record<string, number>>;
    readonly byResult: Readonly<Record<string, number>>;
  };
  readonly calibrations: {
    readonly rows: ReadonlyArray<{
      readonly activity: string;
      readonly instrument: string;
      readonly unit: string;
      readonly quantity: number;
      readonly passed: number;
      readonly failed: number;
    }>;
  };
  readonly finance: {
    readonly revenue: { readonly plan: number; readonly actual: number };
    readonly expenditure: { readonly plan: number; readonly actual: number };
    readonly lines: ReadonlyArray<{
      readonly code: string;
      readonly item: string;
      readonly kind: string;
      readonly plan: number;
      readonly actual: number;
      readonly estimate: number | null;
      readonly percentOfPlan: number | null;
    }>;
  };
  readonly activities: {
    readonly kinds: ReadonlyArray<
      ActivityFiguresJson & {
        readonly kind: string;
        readonly section: string | null;
        readonly batchList: ReadonlyArray<ActivityFiguresJson & { readonly name: string; readonly date: string }>;
      }
    >;
  };
}

/** Two decimals, with 1.005 → 1.01 rather than the binary 1.00. */
function round2(x: number): number {
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * 100) / 100;
}

function values(figures: Readonly<Record<string, Figure>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, f] of Object.entries(figures)) out[name] = f.value;
  return out;
}

function planActual(t: FinanceTotals): { plan: number; actual: number } {
  return { plan: t.plan.value, actual: t.actual.value };
}

function activityFigures(f: ActivityFigures): ActivityFiguresJson {
  return {
    quantity: f.quantity.value,
    rows: f.rows.value,
    batches: f.batches.value,
    subjects: f.subjects.value,
    participants: f.participants.value,
    failed: f.failed.value,
    passed: f.passed.value,
    failedPercent: f.failedPercent === undefined ? null : round2(f.failedPercent),
    amount: f.amount.value,
    list: f.list.map((s) => ({ subject: s.name, quantity: s.quantity, failed: s.failed, notes: s.notes, results: s.results })),
  };
}

/** Turns a summary into its documented JSON shape (percentOfPlan rounded to 2 decimals). */
export function summaryToJson(summary: Summary): SummaryJson {
  const { period, tasks, lots, calibrations, finance, activities } = summary;
  return {
    period: { from: isoDate(period.from), to: isoDate(period.to), name: period.name },
    tasks: {
      managed: tasks.managed.value,
      accepted: tasks.accepted.value,
      certificates: tasks.certificates.value,
      byField: values(tasks.byField),
      byLevel: values(tasks.byLevel),
    },
    lots: { total: lots.total.value, byGroup: values(lots.byGroup), byResult: values(lots.byResult) },
    calibrations: {
      rows: calibrations.rows.map((r) => ({
        activity: r.activity,
        instrument: r.instrument,
        unit: r.unit,
        quantity: r.quantity.value,
        passed: r.passed,
        failed: r.failed,
      })),
    },
    finance: {
      revenue: planActual(finance.revenue),
      expenditure: planActual(finance.expenditure),
      lines: finance.lines.map((l) => ({
        code: l.code,
        item: l.item,
        kind: l.kind,
        plan: l.plan,
        actual: l.actual,
        estimate: l.estimate ?? null,
        percentOfPlan: l.percentOfPlan === undefined ? null : round2(l.percentOfPlan),
      })),
    },
    activities: {
      kinds: activities.kinds.map((k) => ({
        kind: k.kind.name,
        section: k.kind.section ?? null,
        ...activityFigures(k),
        batchList: k.batchList.map((b) => ({ name: b.name, date: isoDate(b.date), ...activityFigures(b) })),
      })),
    },
  };
}
