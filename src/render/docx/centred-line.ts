/**
 * A centred line of fixed text: the title block and the appendix titles.
 */
import { AlignmentType, Paragraph } from "docx";
import { SIZE } from "./layout";
import type { TextFigure } from "../../core/document";
import { fixedLineRuns } from "./runs";

export interface CentredOptions {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly before?: number;
  readonly after?: number;
  readonly newPage?: boolean;
  /** The document's text figures: where one is printed in the line, it is a keyed figure. */
  readonly figures?: ReadonlyArray<TextFigure>;
}

/** Kept with what follows, so a title never ends a page. */
export function centredLine(text: string, options: CentredOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: options.newPage || undefined,
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: fixedLineRuns(text, options.figures, { size: SIZE.body, bold: options.bold, italic: options.italic }),
  });
}
