/**
 * Placeholders for the clerk: highlighted text with a Word comment on it
 * saying what to write. Comments are numbered from 0 in the order the writer
 * meets them; the writer dates them with the report's clock (docx would
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

export function createCommentSink(): CommentSink {
  const comments: ICommentOptions[] = [];
  return {
    add(text) {
      const id = comments.length;
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
