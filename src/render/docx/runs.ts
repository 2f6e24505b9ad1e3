/**
 * Model runs to docx runs. Footnotes are numbered here, in the order the
 * writer meets them, which is the order they appear in the document.
 */
import { AlignmentType, FootnoteReferenceRun, Paragraph, TextRun } from "docx";
import type { ParagraphChild } from "docx";
import { textFigureRuns, type InlineRun, type ListMark, type Run, type TextFigure } from "../../core/document";
import { createCommentSink, placeholderRuns, type CommentSink } from "./comments";
import { SIZE } from "./layout";
import { markedFigureText } from "./content-controls";
import { listMarkRuns } from "./list-controls";

/** Type forced on every run of a paragraph (a heading is bold throughout). */
export interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Collects the footnotes met so far; ids are 1, 2, … in order of appearance. It carries the placeholders' comments too. */
export interface FootnoteSink {
  add(content: ReadonlyArray<InlineRun>, list?: ListMark): number;
  notes(): Record<string, { readonly children: readonly Paragraph[] }>;
  readonly comments: CommentSink;
}

/** `firstCommentId`: where the placeholders' comment ids start, past every footnote id (see comments.ts). */
export function createFootnoteSink(firstCommentId = 0): FootnoteSink {
  const paragraphs: Paragraph[] = [];
  return {
    comments: createCommentSink(firstCommentId),
    add(content, list) {
      paragraphs.push(
        new Paragraph({
          style: "FootnoteText",
          alignment: AlignmentType.JUSTIFIED,
          // docx puts the note's number first; a space parts it from the text, as the reference prints "¹ Dự án …".
          // A computed list's content sits between mark runs that become its control (list-controls.ts).
          children: [plainRun(" ", { size: SIZE.footnote }), ...noteContent(content, list)],
        }),
      );
      return paragraphs.length;
    },
    notes() {
      const out: Record<string, { readonly children: readonly Paragraph[] }> = {};
      paragraphs.forEach((p, i) => (out[String(i + 1)] = { children: [p] }));
      return out;
    },
  };
}

export function docxRuns(runs: ReadonlyArray<Run>, style: RunStyle, footnotes: FootnoteSink): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    if (run.kind === "text" && run.placeholder !== undefined)
      out.push(...placeholderRuns({ ...run, placeholder: run.placeholder }, style.size, footnotes.comments));
    else out.push(run.kind === "footnote" ? new FootnoteReferenceRun(footnotes.add(run.content, run.list)) : textRun(run, style));
  }
  return out;
}

function noteContent(content: ReadonlyArray<InlineRun>, list: ListMark | undefined): TextRun[] {
  const runs = content.map((run) => textRun(run, { size: SIZE.footnote }));
  if (list === undefined) return runs;
  const marks = listMarkRuns(list);
  return [marks.start, ...runs, marks.end];
}

/** A single run of fixed text, such as a line of the header block. */
export function plainRun(text: string, style: RunStyle): TextRun {
  return new TextRun({ text, size: style.size, bold: style.bold || undefined, italics: style.italic || undefined });
}

/** A fixed line (subject, heading, date line) with the document's text figures in it as keyed figures. */
export function fixedLineRuns(line: string, figures: ReadonlyArray<TextFigure> | undefined, style: RunStyle): TextRun[] {
  return textFigureRuns(line, figures, { bold: style.bold, italic: style.italic }).map((run) => textRun(run, style));
}

function textRun(run: InlineRun, style: RunStyle): TextRun {
  return new TextRun({
    // A keyed figure is marked here and becomes a content control when the package is finished (living-package.ts).
    text: run.kind === "figure" ? markedFigureText(run) : run.text,
    size: style.size,
    // Only "on" is written: `false` would add a <w:b w:val="false"/> to every run.
    bold: run.bold || style.bold || undefined,
    italics: run.italic || style.italic || undefined,
  });
}
