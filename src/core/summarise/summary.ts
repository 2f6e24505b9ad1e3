/**
 * The period summed up. Every figure keeps the cells it came from, so the
 * report and the task pane can point back to them.
 */
import type { SheetKey } from "../schema";
import type { Activity, FinanceKind, GoodsGroup, LotResult, TaskField, TaskLevel } from "../schema";
import type { EpochDay } from "../model";
import type { ActivityKind } from "../activities";
import type { ActivityResult } from "../schema";

/** Cells on one sheet: A1 ranges such as ["D5:D20", "D22"]. */
export interface SourceRef {
  readonly sheet: string;
  readonly ranges: ReadonlyArray<string>;
}

/** A number and the cells it was computed from. */
export interface Figure {
  readonly value: number;
  readonly sources: ReadonlyArray<SourceRef>;
}

export interface Period {
  readonly from: EpochDay;
  readonly to: EpochDay;
  /** "6 tháng đầu năm 2021": from the settings, else derived from the dates. */
  readonly name: string;
}

/** A task named in the report (accepted, or with a results certificate). */
export interface TaskRef {
  readonly row: number;
  readonly code: string;
  readonly title: string;
  readonly field: TaskField;
  readonly level: TaskLevel;
  readonly date: EpochDay;
}

export interface TasksSummary {
  readonly managed: Figure;
  readonly accepted: Figure;
  readonly certificates: Figure;
  /** Tasks managed, by field (every field listed, zero included, in contract order). */
  readonly byField: Readonly<Record<TaskField, Figure>>;
  /** Tasks managed, by level. */
  readonly byLevel: Readonly<Record<TaskLevel, Figure>>;
  readonly acceptedTasks: ReadonlyArray<TaskRef>;
  readonly certifiedTasks: ReadonlyArray<TaskRef>;
}

export interface LotsSummary {
  readonly total: Figure;
  readonly byGroup: Readonly<Record<GoodsGroup, Figure>>;
  readonly byResult: Readonly<Record<LotResult, Figure>>;
}

export interface CalibrationLine {
  readonly activity: Activity;
  /** The instrument as first spelled in the sheet. */
  readonly instrument: string;
  readonly unit: string;
  readonly quantity: Figure;
  readonly passed: number;
  readonly failed: number;
}

export interface CalibrationsSummary {
  /** By activity (contract order), then instrument and unit in order of first appearance. */
  readonly rows: ReadonlyArray<CalibrationLine>;
}

export interface FinanceLine {
  readonly row: number;
  readonly code: string;
  readonly item: string;
  readonly kind: FinanceKind;
  /** 0 for top-level lines, 1 for their children, … */
  readonly depth: number;
  readonly plan: number;
  readonly actual: number;
  readonly estimate?: number;
  /** actual / plan × 100, undefined when the plan is 0. */
  readonly percentOfPlan?: number;
  readonly note?: string;
}

export interface FinanceTotals {
  readonly plan: Figure;
  readonly actual: Figure;
  readonly estimate?: Figure;
  readonly percentOfPlan?: number;
}

export interface FinanceSummary {
  readonly revenue: FinanceTotals;
  readonly expenditure: FinanceTotals;
  /** All lines in outline order. */
  readonly lines: ReadonlyArray<FinanceLine>;
}

/** A subject of an activity, listed once in a footnote: its quantity summed, with what failed. */
export interface ActivitySubject {
  /** As first spelled, tidied of stray spaces. */
  readonly name: string;
  readonly quantity: number;
  /** The `Ghi chú` of its failed or violating rows, each once, in sheet order. */
  readonly notes: ReadonlyArray<string>;
  /** The results (Không đạt, Vi phạm) of its failed or violating rows that have no note, each once. */
  readonly results: ReadonlyArray<ActivityResult>;
  /** Some row of it was Không đạt or Vi phạm. */
  readonly failed: boolean;
}

/** The figures a kind's sentence can state, for a kind or one of its batches (the contract's slots). */
export interface ActivityFigures {
  /** Sum of `Số lượng`, a blank counting 1. */
  readonly quantity: Figure;
  readonly rows: Figure;
  /** Distinct `Đợt`; a row without one is its own. */
  readonly batches: Figure;
  /** Distinct subjects. */
  readonly subjects: Figure;
  readonly participants: Figure;
  /** Quantity of the rows Không đạt or Vi phạm. */
  readonly failed: Figure;
  /** quantity − failed. */
  readonly passed: Figure;
  /** failed / quantity × 100; undefined when the quantity is 0. */
  readonly failedPercent?: number;
  readonly amount: Figure;
  /** Subjects in order of first appearance. */
  readonly list: ReadonlyArray<ActivitySubject>;
}

export interface ActivityBatch extends ActivityFigures {
  /** The `Đợt` as first spelled; for a row without one, its subject. */
  readonly name: string;
  /** Its earliest row's date: batches are written in this order. */
  readonly date: EpochDay;
}

export interface ActivityKindSummary extends ActivityFigures {
  /** The kind as the catalogue defines it: name, section, unit, sentences. */
  readonly kind: ActivityKind;
  /** In date order. */
  readonly batchList: ReadonlyArray<ActivityBatch>;
}

export interface ActivitiesSummary {
  /** Kinds with rows counted in the period, in catalogue order. */
  readonly kinds: ReadonlyArray<ActivityKindSummary>;
}

/** How each data row of a sheet was used: the four add up to `total`. */
export interface RowAccount {
  readonly total: number;
  /** In the period and free of errors: counted in the figures. */
  readonly counted: number;
  /** Free of errors but outside the period. */
  readonly outsidePeriod: number;
  /** Left out: an error names the row, or it lacks a value the period rules need. */
  readonly excluded: number;
}

/** What each sheet's summariser returns: its part of the summary and how its rows were used. */
export interface SheetSummary<S> {
  readonly summary: S;
  readonly rows: RowAccount;
}

export interface Summary {
  readonly period: Period;
  readonly tasks: TasksSummary;
  readonly lots: LotsSummary;
  readonly calibrations: CalibrationsSummary;
  readonly finance: FinanceSummary;
  readonly activities: ActivitiesSummary;
  readonly rows: Readonly<Partial<Record<SheetKey, RowAccount>>>;
}
