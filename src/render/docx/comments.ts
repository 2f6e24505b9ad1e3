/**
 * Placeholders for the clerk: highlighted text with a Word comment on it
 * saying what to write. Comments are numbered in the order the writer meets
 * them, after the footnotes; the writer dates them with the report's clock (docx would
 * otherwise write the time of writing), so the same document gives the same bytes.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from "docx";
import type { ICommentOptions, ParagraphChild } from "docx";
import type { TextRun as ModelTextRun } from "../../core/document";
import { SIZE } from "./layout";

export const COMMENT_AUTHOR = "Lập báo cáo";
const COMMENT_INITIALS = "LBC";
/** Word's highlight colour for text still to be written. */
export const PLACEHOLDER_HIGHLIGHT = "yellow";

export interface CommentSink {
  add(text: string): number;
  /** The comments met so far, for `new Document({ comments: { children } })`; empty when there are none. */
  comments(): ICommentOptions[];
}

/**
 * LibreOffice loses the text of a footnote whose id a comment also uses (Word
 * does not), so comment ids start after the last footnote's: `firstId` is one
 * more than the document's footnotes (see `footnoteCount`).
 */
export function createCommentSink(firstId = 0): CommentSink {
  const comments: ICommentOptions[] = [];
  return {
    add(text) {
      const id = firstId + comments.length;
      comments.push({
        id,
        author: COMMENT_AUTHOR,
        initials: COMMENT_INITIALS,
        children: [new Paragraph({ children: [new TextRun({ text, size: SIZE.footnote })] })],
      });
      return id;
    },
    comments: () => [...comments],
  };
}

/** Every footnote of the model, wherever it sits (body, tables, appendices): an upper bound of the ids the writer gives them. */
export function footnoteCount(model: unknown): number {
  let count = 0;
  const stack: unknown[] = [model];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value !== null && typeof value === "object") {
      if ((value as { kind?: unknown }).kind === "footnote") count++;
      stack.push(...Object.values(value));
    }
  }
  return count;
}

/** The placeholder's text, highlighted, inside a comment's range, then the comment's mark. */
export function placeholderRuns(run: ModelTextRun & { readonly placeholder: { readonly comment: string } }, size: number, sink: CommentSink): ParagraphChild[] {
  const id = sink.add(run.placeholder.comment);
  return [
    new CommentRangeStart(id),
    new TextRun({ text: run.text, size, bold: run.bold || undefined, italics: run.italic || undefined, highlight: PLACEHOLDER_HIGHLIGHT }),
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)], size }),
  ];
}
