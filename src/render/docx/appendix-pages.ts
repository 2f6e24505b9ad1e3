/**
 * The appendices, each a Phụ lục as Phụ lục I of Nghị định 30/2020 lays it
 * out: its own section (so its pages are numbered from 1 and may turn to
 * landscape for a wide table), "Phụ lục" and its number, the title in
 * capitals and the "(Kèm theo Báo cáo số …)" line, centred, with a short
 * rule under them.
 */
import { Paragraph } from "docx";
import type { Table } from "docx";
import { appendixHeading, titleFigures } from "../../core/document";
import type { PageOrientation, ReportDocument } from "../../core/document";
import { centredRule } from "./borderless";
import { centredLine } from "./centred-line";
import { LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from "./layout";
import { docxBlocks } from "./paragraphs";
import { shortRule } from "./rule-lengths";
import type { FootnoteSink } from "./runs";

/** The pages of one appendix. */
export interface PageRun {
  readonly orientation: PageOrientation;
  readonly children: Array<Paragraph | Table>;
}

const TEXT_WIDTHS: Readonly<Record<PageOrientation, number>> = { portrait: TEXT_WIDTH, landscape: LANDSCAPE_TEXT_WIDTH };

/** One run of pages per appendix, each to be a docx section of its own. */
export function appendixPages(doc: ReportDocument, footnotes: FootnoteSink): PageRun[] {
  return doc.appendices.map((appendix, i) => {
    const orientation = appendix.orientation ?? "portrait";
    const width = TEXT_WIDTHS[orientation];
    const heading = appendixHeading(doc, i);
    const children: Array<Paragraph | Table> = [
      centredLine(heading.label, { bold: true }),
      centredLine(heading.title, { bold: true, figures: titleFigures(doc.textFigures) }),
      centredLine(heading.attached, { italic: true, figures: doc.textFigures }),
      centredRule(shortRule(heading.attached, SIZE.body, false, width), width),
      new Paragraph({ children: [] }),
      ...docxBlocks(appendix.blocks, footnotes, width),
    ];
    return { orientation, children };
  });
}
