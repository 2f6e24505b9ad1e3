/**
 * Checks on the report as written: free text that names another period's
 * year, figures in the text that contradict each other or the sheets,
 * computed figures of zero where the text speaks of activity, and sections
 * left empty. All are warnings: the clerk decides.
 */
import { figureIssues, knownFigures, type KnownFigure } from "../check";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import { normaliseSectionKey, type ComputedContent, type NumberedNode } from "../outline";
import { CALIBRATIONS_SHEET, FINANCE_SHEET, LOTS_SHEET, TASKS_SHEET } from "../schema";
import type { FreeTextRow } from "./free-text";
import type { PeriodWords } from "./period-words";
import type { ReportContext } from "./report-context";

/**
 * Only phrases that name a period ("6 tháng đầu năm 2020", "quý I năm 2020"):
 * dates ("ngày 23/12/2020"), spans ("giai đoạn 2016-2020") and "năm 2020" alone
 * are too often right to be flagged.
 */
const PERIOD_PHRASE = /(\d+\s+tháng\s+(?:đầu|cuối)\s+năm|quý\s+[IV]+\s+năm)\s+(\d{4})(?!\d)/giu;

/** A count of things: "03 đề tài", "1.234 cái"; not a year after "năm", not part of "17025:2017". */
const COUNT = String.raw`(?<![\d/:.,])(?<!năm\s)(?:\d{1,3}(?:\.\d{3})+|\d+)(?=\s*\p{L})`;

interface ActivityCheck {
  readonly sheetKey: "tasks" | "lots" | "calibrations";
  readonly isZero: (ctx: ReportContext) => boolean;
  readonly pattern: RegExp;
}

const ACTIVITY_CHECKS: Partial<Record<ComputedContent, ActivityCheck>> = {
  tasks: {
    sheetKey: "tasks",
    isZero: (ctx) => ctx.summary.tasks.managed.value === 0,
    pattern: new RegExp(String.raw`nghiệm thu[^.;:\d]{0,40}?${COUNT}`, "iu"),
  },
  certificates: {
    sheetKey: "tasks",
    isZero: (ctx) => ctx.summary.tasks.certificates.value === 0,
    pattern: new RegExp(String.raw`${COUNT}\s+giấy chứng nhận`, "iu"),
  },
  lots: {
    sheetKey: "lots",
    isZero: (ctx) => ctx.summary.lots.total.value === 0,
    pattern: new RegExp(String.raw`${COUNT}\s*lô(?!\p{L})`, "iu"),
  },
  calibrations: {
    sheetKey: "calibrations",
    isZero: (ctx) => ctx.summary.calibrations.rows.length === 0,
    pattern: new RegExp(String.raw`(?:kiểm định|hiệu chuẩn)[^.;:\d]{0,40}?${COUNT}`, "iu"),
  },
};

const CONTRACT_SHEET = { tasks: TASKS_SHEET.vi, lots: LOTS_SHEET.vi, calibrations: CALIBRATIONS_SHEET.vi, finance: FINANCE_SHEET.vi } as const;

function where(row: FreeTextRow): { sheet: string; cell?: string; row: number } {
  return row.cell === undefined ? { sheet: row.sheet, row: row.row } : { sheet: row.sheet, cell: row.cell, row: row.row };
}

/**
 * Period phrases whose year is not the period's: in the part about the next
 * period (`nextPeriod` true) the next period's year is expected instead.
 */
export function yearMismatches(node: NumberedNode, rows: ReadonlyArray<FreeTextRow>, words: PeriodWords, nextPeriod: boolean): Issue[] {
  const years = nextPeriod ? words.nextYears : words.periodYears;
  const periodName = nextPeriod ? words.nextPeriodVi : words.periodVi;
  const out: Issue[] = [];
  for (const row of rows) {
    for (const m of row.text.matchAll(PERIOD_PHRASE)) {
      if (years.has(Number(m[2]))) continue;
      out.push(issue(IssueCode.ReportYearMismatch, Severity.Warning, where(row), { section: node.path, phrase: m[0], periodName }));
    }
  }
  return out;
}

/** A computed figure of zero while the section's text reports activity ("… 45 lô …"): the first such row. */
export function zeroWithText(ctx: ReportContext, node: NumberedNode, rows: ReadonlyArray<FreeTextRow>): Issue[] {
  const computed = node.node.computed;
  const check = computed === undefined ? undefined : ACTIVITY_CHECKS[computed];
  if (check === undefined || !check.isZero(ctx)) return [];
  for (const row of rows) {
    const m = check.pattern.exec(row.text);
    if (m === null) continue;
    const figure = ctx.data[check.sheetKey]?.sheet ?? CONTRACT_SHEET[check.sheetKey];
    return [issue(IssueCode.ReportZeroWithText, Severity.Warning, where(row), { section: node.path, figure, phrase: m[0] })];
  }
  return [];
}

/**
 * The figures the product computes, for the figure checks. The activity
 * register (issue 8) adds its kinds here: see `KnownFigure` in check/figures.
 */
export function reportKnownFigures(ctx: ReportContext): KnownFigure[] {
  const { data } = ctx;
  return knownFigures(ctx.summary, {
    tasks: data.tasks?.sheet ?? CONTRACT_SHEET.tasks,
    lots: data.lots?.sheet ?? CONTRACT_SHEET.lots,
    calibrations: data.calibrations?.sheet ?? CONTRACT_SHEET.calibrations,
    finance: data.finance?.sheet ?? CONTRACT_SHEET.finance,
  });
}

/**
 * The figures of each paragraph checked against each other, and, in the
 * part about the period, against the figures computed for this section.
 */
export function figureMismatches(
  ctx: ReportContext,
  node: NumberedNode,
  rows: ReadonlyArray<FreeTextRow>,
  known: ReadonlyArray<KnownFigure>,
  nextPeriod: boolean,
): Issue[] {
  const key = normaliseSectionKey(node.node.key);
  const computed = node.node.computed;
  // A section whose figure is zero under text that counts is already flagged by zeroWithText.
  const zeroSaid = computed !== undefined && ACTIVITY_CHECKS[computed]?.isZero(ctx) === true;
  const here = nextPeriod
    ? []
    : known.filter((k) =>
        "computed" in k.section ? k.section.computed === computed && !(zeroSaid && k.value === 0) : normaliseSectionKey(k.section.key) === key,
      );
  return rows.flatMap((row) => figureIssues(row, { section: node.path, known: here }));
}

/** Sections with neither computed content nor free text, in one warning listed under the Nội dung sheet, where they are filled. */
export function emptySections(empty: ReadonlyArray<{ readonly node: NumberedNode; readonly heading: string }>, narrativeSheet: string | undefined): Issue[] {
  if (empty.length === 0) return [];
  return [
    issue(IssueCode.ReportSectionEmpty, Severity.Warning, narrativeSheet === undefined ? {} : { sheet: narrativeSheet }, {
      sections: empty.map((e) => `${e.node.path} “${e.heading}”`).join("; "),
      keys: empty.map((e) => e.node.node.key).join(", "),
      count: empty.length,
    }),
  ];
}
