/**
 * The checked, summed-up workbook as a report document: the outline walked in
 * order, computed paragraphs first in their sections, then the free text,
 * and the cross-checks on what the report says.
 */
import type { Lang } from "../i18n";
import { appendixLabel, section, type Appendix, type Block, type DocumentSection, type ReportDocument } from "../document";
import type { Analysis } from "../analyse";
import { sortIssues, type Issue } from "../issues";
import {
  DEFAULT_OUTLINE,
  flattenNumbered,
  headingText,
  normaliseSectionKey,
  numberOutline,
  type ComputedContent,
  type NumberedNode,
  type Outline,
} from "../outline";
import { figureKeys } from "../summarise";
import { activityBlocks } from "./activities-paragraphs";
import { calibrationsParagraphs } from "./calibrations-paragraphs";
import { certificatesParagraphs } from "./certificates-paragraphs";
import { emptySections, figureMismatches, reportKnownFigures, yearMismatches, zeroWithText } from "./cross-checks";
import { placeholderParagraph, renumberSections, type EmptySections } from "./empty-sections";
import { excludedRowsAppendix, excludedRowsBySheet } from "./excluded-rows-appendix";
import { financeParagraphs } from "./finance-paragraphs";
import { financeAppendix } from "./finance-table";
import { collectFreeText, freeTextParagraphs, type FreeTextRow } from "./free-text";
import { lotsParagraphs } from "./lots-paragraphs";
import { headingValues, periodWords } from "./period-words";
import { periodTextFigures } from "./period-figures";
import type { AppendixKind, FigureSheet, ReportContext } from "./report-context";
import { reportBasis, reportClosing, reportDistribution, reportHeader, reportRecipients, reportSigner, reportSubject, reportTitle } from "./report-frame";
import { tasksParagraphs } from "./tasks-paragraphs";

export interface BuildReportOptions {
  readonly lang: Lang;
  /** Counts under ten written "03"; default on for Vietnamese, off for English. */
  readonly leadingZero?: boolean;
  /** Default: `DEFAULT_OUTLINE`. */
  readonly outline?: Outline;
  /** Add an appendix listing the rows left out for errors (reports written despite errors). */
  readonly includeExcludedRows?: boolean;
  /** A section with nothing to say: a highlighted placeholder with a comment (default), or left out with the numbers closed up. */
  readonly emptySections?: EmptySections;
}

export interface BuiltReport {
  readonly document: ReportDocument;
  /** Warnings on the report itself (unknown section keys, cross-checks, empty sections), sorted as the analysis sorts its issues. */
  readonly issues: ReadonlyArray<Issue>;
}

const COMPUTED: Readonly<Record<ComputedContent, (ctx: ReportContext) => Block[]>> = {
  tasks: tasksParagraphs,
  certificates: certificatesParagraphs,
  lots: lotsParagraphs,
  calibrations: calibrationsParagraphs,
  finance: financeParagraphs,
};

/** Nodes whose heading names the next period ("Phương hướng … {nextPeriod}") speak of it, with all below them. */
function speaksOfNextPeriod(node: NumberedNode, inherited: boolean): boolean {
  return inherited || node.node.heading.vi.includes("{nextPeriod}");
}

const FIGURE_SHEETS: ReadonlyArray<FigureSheet> = ["tasks", "lots", "calibrations", "finance"];

function excludedBySheetKey(analysis: Analysis): Partial<Record<FigureSheet, number>> {
  const bySheet = excludedRowsBySheet(analysis.issues);
  const out: Partial<Record<FigureSheet, number>> = {};
  for (const key of FIGURE_SHEETS) {
    const name = analysis.data[key]?.sheet;
    const count = name === undefined ? 0 : (bySheet.get(name) ?? 0);
    if (count > 0) out[key] = count;
  }
  return out;
}

/** Builds the report; `analysis.summary` must be there (callers check for a valid period first). */
export function buildReport(analysis: Analysis, options: BuildReportOptions): BuiltReport {
  const { summary } = analysis;
  if (summary === undefined) throw new Error("buildReport needs analysis.summary: the settings give no valid reporting period.");
  const lang = options.lang;
  const words = periodWords(summary.period, lang);
  const numbered = numberOutline(options.outline ?? DEFAULT_OUTLINE);
  // The appendices are known before the body is written, so the body can name them ("Phụ lục II").
  const excluded = options.includeExcludedRows ? excludedRowsAppendix(analysis.issues, lang) : undefined;
  const financeInOutline = flattenNumbered(numbered).some((n) => n.node.computed === "finance");
  const appendixKinds: AppendixKind[] = [];
  if (financeInOutline && summary.finance.lines.length > 0) appendixKinds.push("finance");
  if (excluded !== undefined) appendixKinds.push("excluded");
  const ctx: ReportContext = {
    lang,
    style: { lang, leadingZero: options.leadingZero ?? lang === "vi" },
    data: analysis.data,
    summary,
    words,
    excludedRows: excluded === undefined ? {} : excludedBySheetKey(analysis),
    appendixLabels: Object.fromEntries(appendixKinds.map((kind, i) => [kind, appendixLabel(lang, i, appendixKinds.length)])),
    keys: figureKeys(summary),
  };
  const knownKeys = new Map<string, string>();
  for (const n of flattenNumbered(numbered)) knownKeys.set(normaliseSectionKey(n.node.key), n.node.key);
  const freeText = collectFreeText(analysis.data, analysis.issues, knownKeys);
  const activities = activityBlocks(ctx, knownKeys);
  const issues: Issue[] = [...freeText.issues, ...activities.issues];
  const values = headingValues(words);
  const usedComputed = new Set<ComputedContent>();
  const known = reportKnownFigures(ctx);
  const omitEmpty = options.emptySections === "omit";
  const empty: Array<{ node: NumberedNode; heading: string }> = [];

  const build = (n: NumberedNode, nextPeriod: boolean): DocumentSection | undefined => {
    const heading = headingText(n.node, n.depth, lang, values);
    const rows: ReadonlyArray<FreeTextRow> = freeText.byKey.get(normaliseSectionKey(n.node.key)) ?? [];
    const blocks: Block[] = [];
    const computed = n.node.computed;
    if (computed !== undefined) {
      usedComputed.add(computed);
      blocks.push(...COMPUTED[computed](ctx));
    }
    blocks.push(...(activities.byKey.get(normaliseSectionKey(n.node.key)) ?? []));
    blocks.push(...freeTextParagraphs(rows));
    const inNext = speaksOfNextPeriod(n, nextPeriod);
    issues.push(...yearMismatches(n, rows, words, inNext), ...figureMismatches(ctx, n, rows, known, inNext), ...zeroWithText(ctx, n, rows));
    if (blocks.length === 0 && n.children.length === 0) {
      empty.push({ node: n, heading });
      if (omitEmpty) return undefined;
      blocks.push(placeholderParagraph(ctx, n, heading, inNext));
    }
    const children = n.children.map((c) => build(c, inNext)).filter((c): c is DocumentSection => c !== undefined);
    // Left out when all it held was left out.
    if (omitEmpty && blocks.length === 0 && children.length === 0) return undefined;
    return section(n.label, heading, blocks, children);
  };
  const built = numbered.map((n) => build(n, false)).filter((s): s is DocumentSection => s !== undefined);
  const sections = omitEmpty ? renumberSections(built) : built;
  issues.push(...emptySections(empty, ctx.data.narrative?.sheet));

  const appendices: Appendix[] = [];
  const finance = usedComputed.has("finance") ? financeAppendix(ctx) : undefined;
  if (finance !== undefined) appendices.push(finance);
  if (excluded !== undefined) appendices.push(excluded);

  const document: ReportDocument = {
    language: lang,
    header: reportHeader(ctx),
    title: reportTitle(ctx),
    subject: reportSubject(ctx),
    recipients: reportRecipients(ctx),
    basis: reportBasis(ctx),
    sections,
    closing: reportClosing(ctx),
    distribution: reportDistribution(ctx),
    signer: reportSigner(ctx),
    appendices,
    textFigures: periodTextFigures(ctx),
  };
  return { document, issues: sortIssues(issues, analysis.sheetOrder) };
}
