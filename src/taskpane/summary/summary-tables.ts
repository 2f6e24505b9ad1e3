/** The period's figures as small tables for the Tổng hợp tab; each number keeps its source cells. */
import { formatNumber, formatPercent } from "../../core/format";
import type { Lang } from "../../core/i18n";
import type { Figure, FinanceTotals, Summary } from "../../core/summarise";
import { uiText, type SummaryWords } from "../text";

export interface TextCell {
  readonly kind: "text";
  readonly text: string;
  /** A number or percentage: right-aligned. */
  readonly numeric: boolean;
}

export interface FigureCell {
  readonly kind: "figure";
  readonly text: string;
  readonly sources: Figure["sources"];
  /** What the number is ("Y dược, Số nhiệm vụ"), for its accessible name. */
  readonly label: string;
}

/** A row of its own that names the rows under it (an activity in the calibrations table). */
export interface HeadingCell {
  readonly kind: "heading";
  readonly text: string;
}

export type SummaryCell = TextCell | FigureCell | HeadingCell;

export interface SummaryTable {
  readonly id: string;
  readonly title: string;
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<SummaryCell>>;
  /** Said instead of the table when it has no rows. */
  readonly empty?: string;
}

export function summaryTables(summary: Summary, lang: Lang): SummaryTable[] {
  const w = uiText(lang).summary;
  const { tasks, lots, calibrations, finance, activities } = summary;
  const count = (label: string, column: string, f: Figure) => figureCell(f, formatNumber(f.value, 0, lang), `${label}, ${column}`);
  const countRows = (entries: ReadonlyArray<readonly [string, Figure]>, column: string) => entries.map(([label, f]) => [text(label), count(label, column, f)]);
  return [
    {
      id: "tasks",
      title: w.tasksTitle,
      columns: [w.category, w.taskCount],
      rows: countRows(
        [
          [w.managed, tasks.managed],
          [w.accepted, tasks.accepted],
          [w.certificates, tasks.certificates],
        ],
        w.taskCount,
      ),
    },
    { id: "tasks-by-field", title: w.tasksByField, columns: [w.field, w.taskCount], rows: countRows(Object.entries(tasks.byField), w.taskCount) },
    { id: "tasks-by-level", title: w.tasksByLevel, columns: [w.level, w.taskCount], rows: countRows(Object.entries(tasks.byLevel), w.taskCount) },
    {
      id: "lots-by-group",
      title: w.lotsByGroup,
      columns: [w.group, w.lotCount],
      rows: [...countRows(Object.entries(lots.byGroup), w.lotCount), [text(w.total), count(w.total, w.lotCount, lots.total)]],
    },
    { id: "lots-by-result", title: w.lotsByResult, columns: [w.result, w.lotCount], rows: countRows(Object.entries(lots.byResult), w.lotCount) },
    activitiesTable(activities.kinds, w, lang),
    {
      id: "calibrations",
      title: w.calibrations,
      columns: [w.instrument, w.unit, w.quantity, w.passed, w.failed],
      rows: calibrationRows(calibrations.rows, w, lang),
      empty: w.noCalibrations,
    },
    {
      id: "finance",
      title: w.finance,
      columns: [w.item, w.revenue, w.expenditure],
      rows: financeRows(finance.revenue, finance.expenditure, w, lang),
    },
  ];
}

/** Lines under a heading row per activity, so the table fits a narrow pane. */
function calibrationRows(lines: Summary["calibrations"]["rows"], w: SummaryWords, lang: Lang): SummaryCell[][] {
  const rows: SummaryCell[][] = [];
  let activity: string | undefined;
  for (const r of lines) {
    if (r.activity !== activity) rows.push([heading((activity = r.activity))]);
    rows.push([
      text(r.instrument),
      text(r.unit),
      figureCell(r.quantity, formatNumber(r.quantity.value, 0, lang), `${r.activity}, ${r.instrument}, ${w.quantity}`),
      text(formatNumber(r.passed, 0, lang), true),
      text(formatNumber(r.failed, 0, lang), true),
    ]);
  }
  return rows;
}

/** One row per kind of the `Hoạt động` register with rows in the period, in catalogue order. */
function activitiesTable(kinds: Summary["activities"]["kinds"], w: SummaryWords, lang: Lang): SummaryTable {
  const cell = (name: string, column: string, f: Figure) => figureCell(f, formatNumber(f.value, 0, lang), `${name}, ${column}`);
  return {
    id: "activities",
    title: w.activitiesTitle,
    columns: [w.activityKind, w.quantity, w.activitySubjects, w.activityFailed],
    rows: kinds.map((k) => [
      text(k.kind.name),
      cell(k.kind.name, w.quantity, k.quantity),
      cell(k.kind.name, w.activitySubjects, k.subjects),
      cell(k.kind.name, w.activityFailed, k.failed),
    ]),
    empty: w.noActivities,
  };
}

/** Revenue and expenditure side by side, one row per measure. */
function financeRows(revenue: FinanceTotals, expenditure: FinanceTotals, w: SummaryWords, lang: Lang): SummaryCell[][] {
  const money = (f: Figure | undefined, label: string): SummaryCell => (f ? figureCell(f, amount(f.value, lang), label) : text("—", true));
  const percent = (v: number | undefined): SummaryCell => text(v === undefined ? "—" : formatPercent(v, 2, lang), true);
  const row = (measure: string, pick: (t: FinanceTotals) => Figure | undefined): SummaryCell[] => [
    text(measure),
    money(pick(revenue), `${w.revenue}, ${measure}`),
    money(pick(expenditure), `${w.expenditure}, ${measure}`),
  ];
  return [
    row(w.plan, (t) => t.plan),
    row(w.actual, (t) => t.actual),
    row(w.estimate, (t) => t.estimate),
    [text(w.percentOfPlan), percent(revenue.percentOfPlan), percent(expenditure.percentOfPlan)],
  ];
}

/** True when the column holds numbers (right-aligned, header too). */
export function numericColumn(table: SummaryTable, column: number): boolean {
  const row = table.rows.find((r) => r[0]?.kind !== "heading");
  const cell = row?.[column];
  return cell !== undefined && (cell.kind === "figure" || (cell.kind === "text" && cell.numeric));
}

/** Millions with up to three decimals, as the sheet may hold them (1.234,5). */
export function amount(value: number, lang: Lang): string {
  let decimals = 0;
  while (decimals < 3 && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-9) decimals++;
  return formatNumber(value, decimals, lang);
}

function text(value: string, numeric = false): TextCell {
  return { kind: "text", text: value, numeric };
}

function heading(value: string): HeadingCell {
  return { kind: "heading", text: value };
}

function figureCell(f: Figure, shown: string, label: string): FigureCell {
  return { kind: "figure", text: shown, sources: f.sources, label };
}
