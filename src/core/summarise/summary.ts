/**
 * The period summed up. Every figure keeps the cells it came from, so the
 * report and the task pane can point back to them.
 */
import type { SheetKey } from "../schema/column-spec";
import type {
  Activity,
  FinanceKind,
  GoodsGroup,
  LotResult,
  TaskField,
  TaskLevel,
} from "../schema/sheets";
import type { EpochDay } from "../model/records";

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

export interface Summary {
  readonly period: Period;
  readonly tasks: TasksSummary;
  readonly lots: LotsSummary;
  readonly calibrations: CalibrationsSummary;
  readonly finance: FinanceSummary;
  readonly rows: Readonly<Partial<Record<SheetKey, RowAccount>>>;
}
