/**
 * Model runs to HTML. Figures become focusable spans that carry their source
 * cells as JSON; footnote references become superscript links, numbered in
 * the order the writer meets them, as the .docx numbers them.
 */
import type { FigureRun, InlineRun, Run } from "../../core/document";
import type { SourceRef } from "../../core/summarise";
import { escapeHtml, escapeSingleQuotedAttr } from "./escape";
import type { PreviewWords } from "./preview-words";

/** Collects footnotes in order of appearance; numbers start at 1. */
export interface NoteList {
  add(content: ReadonlyArray<InlineRun>): number;
  readonly notes: ReadonlyArray<ReadonlyArray<InlineRun>>;
}

export function createNoteList(): NoteList {
  const notes: Array<ReadonlyArray<InlineRun>> = [];
  return {
    add(content) {
      notes.push(content);
      return notes.length;
    },
    notes,
  };
}

/** What the run writers need: labels, the id prefix and the notes met so far. */
export interface RunContext {
  readonly words: PreviewWords;
  readonly idPrefix: string;
  readonly notes: NoteList;
}

/** "'Lô hàng'!D5:D20": the sheet quoted as Excel quotes a name with spaces. */
function sourceText(sources: ReadonlyArray<SourceRef>): string {
  return sources
    .flatMap((s) => {
      const sheet = /^[\p{L}\p{N}_]+$/u.test(s.sheet) ? s.sheet : `'${s.sheet.replace(/'/g, "''")}'`;
      return s.ranges.map((r) => `${sheet}!${r}`);
    })
    .join("; ");
}

function styled(html: string, bold: boolean, italic: boolean): string {
  const inner = italic ? `<em>${html}</em>` : html;
  return bold ? `<strong>${inner}</strong>` : inner;
}

function figureHtml(run: FigureRun, ctx: RunContext): string {
  // Only the fields of SourceRef, in a fixed order, whatever else the object holds.
  const json = JSON.stringify(run.sources.map((s) => ({ sheet: s.sheet, ranges: [...s.ranges] })));
  const title = run.sources.length === 0 ? "" : ` title="${escapeHtml(`${ctx.words.figureSource} ${sourceText(run.sources)}`)}"`;
  const span = `<span class="figure" data-sources='${escapeSingleQuotedAttr(json)}' tabindex="0"${title}>${escapeHtml(run.text)}</span>`;
  return styled(span, run.bold, run.italic);
}

/** Runs inside a footnote: text and figures. */
export function inlineHtml(runs: ReadonlyArray<InlineRun>, ctx: RunContext): string {
  let out = "";
  for (const run of runs) {
    const text = run.kind === "figure" ? figureHtml(run, ctx) : styled(escapeHtml(run.text), run.bold, run.italic);
    // An empty section's placeholder: highlighted, its comment as the tooltip, as Word shows it.
    out +=
      run.kind === "text" && run.placeholder !== undefined ? `<mark class="placeholder" title="${escapeHtml(run.placeholder.comment)}">${text}</mark>` : text;
  }
  return out;
}

export function runsHtml(runs: ReadonlyArray<Run>, ctx: RunContext): string {
  let out = "";
  for (const run of runs) {
    if (run.kind !== "footnote") {
      out += inlineHtml([run], ctx);
      continue;
    }
    const n = ctx.notes.add(run.content);
    const id = `${ctx.idPrefix}fn-${n}`;
    out += `<sup class="footnote-ref"><a href="#${id}" id="${ctx.idPrefix}fnref-${n}" ` + `aria-label="${escapeHtml(ctx.words.noteRef(n))}">${n}</a></sup>`;
  }
  return out;
}
