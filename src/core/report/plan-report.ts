/**
 * From the analysis to what a writer needs: whether a report can be written
 * (and why not), its document, its clock, its file name and the counts to
 * tell the clerk. `reportFromSource` is the whole pipeline in one call, from
 * any host's workbook source (a file, Excel, a file picked in Word): the CLI,
 * the Excel pane and the Word pane all start there. `planReport` alone
 * re-plans an analysis already made (another language, a forced write).
 * Turning the document into bytes is left to src/render.
 */
import { analyseWorkbook, type Analysis } from "../analyse";
import type { ReportDocument } from "../document";
import type { WorkbookSource } from "../grid";
import { Lang } from "../i18n";
import { Severity, sortIssues, type Issue } from "../issues";
import { buildReport, type BuildReportOptions, type BuiltReport } from "../narrative";
import type { Summary } from "../summarise";

export const ReportBlock = {
  /** Errors in the workbook and the user did not ask to go on. */
  Errors: "errors",
  /** No valid reporting period in Thông tin: nothing can be summed up. */
  NoPeriod: "no-period",
} as const;
export type ReportBlock = (typeof ReportBlock)[keyof typeof ReportBlock];

export interface ReportOptions extends Omit<BuildReportOptions, "includeExcludedRows"> {
  /** Write the report despite errors, leaving the rows in error out and listing them in an appendix. */
  readonly force?: boolean;
  /** The document's timestamps; by default `reportClock(analysis)`, from the workbook itself. */
  readonly clock?: Date;
}

interface PlannedName {
  /** "bao-cao-6-thang-dau-nam-2021.docx", "-en" before the extension for an English report. */
  readonly fileName: string;
}

export interface ReadyReport extends PlannedName {
  readonly ok: true;
  readonly built: BuiltReport;
  readonly document: ReportDocument;
  /** All issues of the workbook and of the report, in one sorted list. */
  readonly issues: ReadonlyArray<Issue>;
  readonly clock: Date;
  /** The period's name, for the .docx's record of what it was made from. */
  readonly period: string;
  /** The summary the document was written from, for that record too. */
  readonly summary: Summary;
  readonly fileName: string;
  readonly warnings: number;
  /** Errors whose rows were left out (a forced report). */
  readonly leftOut: number;
}

export interface BlockedReport extends PlannedName {
  readonly ok: false;
  readonly reason: ReportBlock;
  readonly issues: ReadonlyArray<Issue>;
  /** The issues that stop the report (none when the period is missing: the issues say why). */
  readonly errors: ReadonlyArray<Issue>;
}

export type ReportPlan = ReadyReport | BlockedReport;

export interface SourceReport {
  readonly analysis: Analysis;
  readonly plan: ReportPlan;
}

/** Reads, checks and sums up the workbook, then decides whether and how its report can be written. */
export async function reportFromSource(source: WorkbookSource, options: ReportOptions): Promise<SourceReport> {
  const analysis = await analyseWorkbook(source);
  return { analysis, plan: planReport(analysis, options) };
}

/** Decides whether the report can be written and, when it can, builds it with everything a writer needs. */
export function planReport(analysis: Analysis, options: ReportOptions): ReportPlan {
  const { force, clock, ...build } = options;
  const fileName = reportFileName(analysis.period?.name, options.lang);
  const errorsOf = (issues: ReadonlyArray<Issue>) => issues.filter((i) => i.severity === Severity.Error);
  if (!analysis.summary) return { ok: false, reason: ReportBlock.NoPeriod, issues: analysis.issues, errors: errorsOf(analysis.issues), fileName };
  const built = buildReport(analysis, { ...build, includeExcludedRows: force === true && analysis.hasErrors });
  const issues = sortIssues([...analysis.issues, ...built.issues], analysis.sheetOrder);
  if (analysis.hasErrors && !force) return { ok: false, reason: ReportBlock.Errors, issues, errors: errorsOf(issues), fileName };
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  return {
    ok: true,
    built,
    document: built.document,
    issues,
    clock: clock ?? reportClock(analysis),
    period: analysis.summary.period.name,
    summary: analysis.summary,
    fileName,
    warnings: count(Severity.Warning),
    leftOut: count(Severity.Error),
  };
}

/**
 * What a check lists: every issue a clerk should see, the workbook's and those of the report it would make (unknown sections, a year
 * that contradicts the period), from the Vietnamese report a forced write would make, whatever the language of the messages.
 */
export const CHECK_REPORT: ReportOptions = { lang: Lang.Vi, force: true };

/** The document's timestamps, from the workbook itself so the same workbook gives the same bytes: the issue date, else the period's end (UTC midnight). */
export function reportClock(analysis: Analysis): Date {
  const day = analysis.data.settings.values.issueDate ?? analysis.period?.to ?? 0;
  return new Date(day * 86_400_000);
}

/** Reproducible builds' convention: SOURCE_DATE_EPOCH (whole seconds) fixes the timestamps; undefined when unset or not a number. */
export function sourceDateClock(raw: string | undefined): Date | undefined {
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}

/** The report's file name, from the period's name: "bao-cao-6-thang-dau-nam-2021.docx", with "-en" when the report is in English. */
export function reportFileName(periodName: string | undefined, reportLang: Lang = Lang.Vi): string {
  const slug = (periodName ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `bao-cao${slug ? "-" + slug : ""}${reportLang === Lang.Vi ? "" : `-${reportLang}`}.docx`;
}
