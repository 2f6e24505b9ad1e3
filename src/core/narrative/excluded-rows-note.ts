/**
 * What the body says when rows were left out for errors (a report written
 * with `--force`): never that nothing happened, only that some rows were not
 * counted, how many, from which sheet, and which appendix lists them.
 */
import { figure, paragraph, type ParagraphBlock, type RunInput } from "../document";
import { formatCount } from "../format";
import { narrativeWords } from "./narrative-words";
import type { FigureSheet, ReportContext } from "./report-context";

function excludedCount(ctx: ReportContext, sheet: FigureSheet): number {
  return ctx.excludedRows?.[sheet] ?? 0;
}

function sheetName(ctx: ReportContext, sheet: FigureSheet): string {
  return ctx.data[sheet]?.sheet ?? sheet;
}

function appendixRef(ctx: ReportContext): string {
  const label = ctx.appendixLabels?.excluded;
  if (label === undefined) return "";
  return narrativeWords(ctx.lang).listedIn(label);
}

function rowsRun(ctx: ReportContext, count: number, sheet: FigureSheet): RunInput {
  return figure(formatCount(count, ctx.style), [], { key: `excluded.${sheet}` });
}

/** True when `sheet` had rows left out. */
export function hasExcludedRows(ctx: ReportContext, sheet: FigureSheet): boolean {
  return excludedCount(ctx, sheet) > 0;
}

/**
 * " Số liệu trên chưa tính 02 dòng có lỗi của trang “Lô hàng” (chi tiết tại Phụ lục II)."
 * to follow a sentence; nothing when no row was left out.
 */
export function excludedRowsSentence(ctx: ReportContext, sheet: FigureSheet): RunInput[] {
  const count = excludedCount(ctx, sheet);
  if (count === 0) return [];
  const name = sheetName(ctx, sheet);
  if (ctx.lang === "en") {
    return [
      " These figures leave out ",
      rowsRun(ctx, count, sheet),
      ` ${count === 1 ? "row" : "rows"} of the “${name}” sheet that have errors${appendixRef(ctx)}.`,
    ];
  }
  return [" Số liệu trên chưa tính ", rowsRun(ctx, count, sheet), ` dòng có lỗi của trang “${name}”${appendixRef(ctx)}.`];
}

/**
 * In place of "there was none": "Chưa tổng hợp được số liệu về {what}: 05 dòng
 * của trang “Nhiệm vụ” có lỗi nên chưa được tính (chi tiết tại Phụ lục II)."
 */
export function notSummedUpParagraph(ctx: ReportContext, sheet: FigureSheet, what: { readonly vi: string; readonly en: string }): ParagraphBlock {
  const count = excludedCount(ctx, sheet);
  const name = sheetName(ctx, sheet);
  if (ctx.lang === "en") {
    return paragraph(
      `No figure on ${what.en} could be summed up: `,
      rowsRun(ctx, count, sheet),
      ` ${count === 1 ? "row" : "rows"} of the “${name}” sheet ${count === 1 ? "has" : "have"} errors and ${count === 1 ? "is" : "are"} not counted${appendixRef(ctx)}.`,
    );
  }
  return paragraph(
    `Chưa tổng hợp được số liệu về ${what.vi}: `,
    rowsRun(ctx, count, sheet),
    ` dòng của trang “${name}” có lỗi nên chưa được tính${appendixRef(ctx)}.`,
  );
}
