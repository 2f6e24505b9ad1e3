/**
 * The appendices, each opening a new page. An appendix that turns the page
 * (landscape for a wide table) opens a docx section of its own; one that
 * keeps the orientation before it only breaks the page.
 */
import { Paragraph } from "docx";
import type { Table } from "docx";
import type { Appendix, PageOrientation } from "../../core/document";
import { centredLine } from "./centred-line";
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from "./layout";
import { docxBlocks } from "./paragraphs";
import type { FootnoteSink } from "./runs";

/** Pages of one orientation, in a row. */
export interface PageRun {
  readonly orientation: PageOrientation;
  readonly children: Array<Paragraph | Table>;
}

const TEXT_WIDTHS: Readonly<Record<PageOrientation, number>> = { portrait: TEXT_WIDTH, landscape: LANDSCAPE_TEXT_WIDTH };

/**
 * The appendices as runs of pages. The first run is portrait and continues
 * the body's section (it may be empty); each later run is a new section.
 */
export function appendixPages(appendices: ReadonlyArray<Appendix>, footnotes: FootnoteSink): PageRun[] {
  let current: PageRun = { orientation: "portrait", children: [] };
  const runs: PageRun[] = [current];
  for (const appendix of appendices) {
    const orientation = appendix.orientation ?? "portrait";
    // A new section starts on a new page by itself.
    const newPage = orientation === current.orientation;
    if (!newPage) {
      current = { orientation, children: [] };
      runs.push(current);
    }
    const titles = [...(appendix.label === undefined ? [] : [appendix.label]), appendix.title];
    titles.forEach((line, i) => current.children.push(centredLine(line, { bold: true, newPage: newPage && i === 0 })));
    if (appendix.subtitle !== undefined) current.children.push(centredLine(appendix.subtitle, { italic: true }));
    current.children.push(new Paragraph({ children: [] }), ...docxBlocks(appendix.blocks, footnotes, TEXT_WIDTHS[orientation]));
  }
  return runs;
}
