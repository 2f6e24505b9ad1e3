/** What every part of the narrative needs: language, number style, the summary, the period's words. */
import { figure, type FigureRun } from "../document";
import type { Lang } from "../i18n";
import { formatCount, formatNumber, formatPercent, type NumberStyle } from "../format";
import type { WorkbookData } from "../model";
import type { Figure, SourceRef, Summary } from "../summarise";
import type { PeriodWords } from "./period-words";

/** The data sheets whose rows make figures; a row with an error is left out of them. */
export type FigureSheet = "tasks" | "lots" | "calibrations" | "finance";

/** The appendices the body points to. */
export type AppendixKind = "finance" | "excluded";

export interface ReportContext {
  readonly lang: Lang;
  readonly style: NumberStyle;
  readonly data: WorkbookData;
  readonly summary: Summary;
  readonly words: PeriodWords;
  /** Rows left out for errors, by sheet, when the report is written despite them (and lists them in an appendix). */
  readonly excludedRows?: Readonly<Partial<Record<FigureSheet, number>>>;
  /** "Phụ lục I", … for each appendix the document will have, so the body can name it. */
  readonly appendixLabels?: Readonly<Partial<Record<AppendixKind, string>>>;
  /** The summary's figures by identity to their keys (figureKeys); a figure not in it is written without a key. */
  readonly keys?: ReadonlyMap<Figure, string>;
}

/** The key of a summary figure, or `fallback` for a figure made here (a finance line's cell). */
export function keyOf(ctx: ReportContext, f: Figure, fallback?: string): string | undefined {
  return ctx.keys?.get(f) ?? fallback;
}

/** A percentage's key: `pct:<part>/<whole>`, when both are known. */
export function percentKey(ctx: ReportContext, from: ReadonlyArray<Figure>): string | undefined {
  const keys = from.map((f) => keyOf(ctx, f));
  return keys.every((k) => k !== undefined) && keys.length > 0 ? `pct:${keys.join("/")}` : undefined;
}

/** A count as running text writes it ("03" with leading zeros on), pointing at its cells. */
export function countRun(ctx: ReportContext, f: Figure, key?: string): FigureRun {
  return figure(formatCount(f.value, ctx.style), f.sources, { key: keyOf(ctx, f, key) });
}

/** An amount of money without its unit ("2.550.000"), pointing at its cells. */
export function amountRun(ctx: ReportContext, f: Figure, options?: { readonly bold?: boolean; readonly key?: string }): FigureRun {
  return figure(formatNumber(f.value, 0, ctx.lang), f.sources, { bold: options?.bold, key: keyOf(ctx, f, options?.key) });
}

/** A percentage computed from figures ("2,09%"), pointing at the cells of all of them. */
export function percentRun(ctx: ReportContext, value: number, from: ReadonlyArray<Figure>, options?: { readonly bold?: boolean }): FigureRun {
  return figure(formatPercent(value, 2, ctx.lang), mergeSources(from.flatMap((f) => f.sources)), { bold: options?.bold, key: percentKey(ctx, from) });
}

/** Sources of several figures, one entry a sheet, ranges in first-seen order without repeats. */
export function mergeSources(sources: ReadonlyArray<SourceRef>): SourceRef[] {
  // Sets, not Array.includes: a figure over 100,000 scattered rows has as many ranges.
  const bySheet = new Map<string, Set<string>>();
  for (const s of sources) {
    let ranges = bySheet.get(s.sheet);
    if (ranges === undefined) bySheet.set(s.sheet, (ranges = new Set()));
    for (const r of s.ranges) ranges.add(r);
  }
  return [...bySheet].map(([sheet, ranges]) => ({ sheet, ranges: [...ranges] }));
}

export { lowerFirst, englishRef } from "./word-case";
