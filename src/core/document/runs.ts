/**
 * Runs: the pieces of text a paragraph or a table cell is made of.
 */
import type { SourceRef } from "../summarise";

/** Plain text, possibly bold and/or italic. */
export interface TextRun {
  readonly kind: "text";
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Text for the clerk to replace (an empty section): highlighted, with a comment saying what to write. See `placeholder`. */
  readonly placeholder?: { readonly comment: string };
}

/** A number written from the workbook, with the cells it came from. */
export interface FigureRun {
  readonly kind: "figure";
  readonly text: string;
  readonly sources: ReadonlyArray<SourceRef>;
  readonly bold: boolean;
  readonly italic: boolean;
  /** What the figure is, whatever the wording (`lots.total`, `pct:finance.revenue.actual/finance.revenue.plan`): the .docx tags it so `update` can refresh it. */
  readonly key?: string;
}

/** Runs that may sit inside a footnote (no footnote within a footnote). */
export type InlineRun = TextRun | FigureRun;

/**
 * A list the report computes from the workbook (a note's items, a breakdown
 * paragraph, the finance table): the .docx wraps it in a block-level content
 * control tagged by `key` so `update` can rewrite it whole when rows come or go.
 */
export interface ListMark {
  readonly key: string;
  readonly sources: ReadonlyArray<SourceRef>;
  /** How many items (lines, rows) it lists, for the lines `update` prints. */
  readonly items: number;
}

/** A footnote reference; the writers number footnotes in order of appearance. */
export interface FootnoteRun {
  readonly kind: "footnote";
  readonly content: ReadonlyArray<InlineRun>;
  /** Set when the note's content is a computed list. */
  readonly list?: ListMark;
}

export type Run = InlineRun | FootnoteRun;

/** What the builders accept: a string stands for plain text. */
export type RunInput = Run | string;
export type InlineRunInput = InlineRun | string;

/** Plain text. */
export function text(value: string): TextRun {
  return { kind: "text", text: value, bold: false, italic: false };
}

/** Bold text. */
export function bold(value: string): TextRun {
  return { kind: "text", text: value, bold: true, italic: false };
}

/** Italic text. */
export function italic(value: string): TextRun {
  return { kind: "text", text: value, bold: false, italic: true };
}

/** Bold italic text. */
export function boldItalic(value: string): TextRun {
  return { kind: "text", text: value, bold: true, italic: true };
}

/** A figure: its text as printed ("03", "3.339") and the cells it was computed from. */
export function figure(
  value: string,
  sources: ReadonlyArray<SourceRef>,
  options?: { readonly bold?: boolean; readonly italic?: boolean; readonly key?: string },
): FigureRun {
  const run: FigureRun = { kind: "figure", text: value, sources, bold: options?.bold ?? false, italic: options?.italic ?? false };
  return options?.key === undefined ? run : { ...run, key: options.key };
}

/** A footnote reference whose note reads `parts`. */
export function footnote(...parts: ReadonlyArray<InlineRunInput>): FootnoteRun {
  return { kind: "footnote", content: parts.map(toInlineRun) };
}

/** Text that continues a sentence: a word, a number or an opening bracket or quote, not punctuation. */
const CONTINUES = /^[\p{L}\p{N}(“"‘'[]/u;

/**
 * Turns builder input into runs. Where the text goes on after a footnote
 * mark ("30¹ dự án"), a space is put after the mark, as the reference and
 * Word print it; before punctuation ("điện tử¹.") none is.
 */
export function toRuns(parts: ReadonlyArray<RunInput>): ReadonlyArray<Run> {
  const out: Run[] = [];
  for (const part of parts) {
    const run = typeof part === "string" ? text(part) : part;
    const last = out[out.length - 1];
    if (last?.kind === "footnote" && run.kind !== "footnote" && CONTINUES.test(run.text)) out.push({ ...run, text: ` ${run.text}` });
    else out.push(run);
  }
  return out;
}

/** A footnote whose content is a computed list (the goods groups, the tasks named). */
export function listFootnote(list: ListMark, ...parts: ReadonlyArray<InlineRunInput>): FootnoteRun {
  return { ...footnote(...parts), list };
}

function toInlineRun(part: InlineRunInput): InlineRun {
  return typeof part === "string" ? text(part) : part;
}

/** The visible text of inline runs (a footnote's content, a cell without notes). */
export function inlineText(runs: ReadonlyArray<InlineRun>): string {
  let out = "";
  for (const run of runs) out += run.text;
  return out;
}
