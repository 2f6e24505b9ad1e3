/**
 * Body paragraphs and section headings.
 */
import { Paragraph } from "docx";
import type { Table } from "docx";
import type { Block, DocumentSection, ParagraphBlock, TextFigure } from "../../core/document";
import { docxAlignment } from "./alignment";
import { SIZE, TEXT_WIDTH } from "./layout";
import { listEndParagraph, listMarkRuns, listStartParagraph } from "./list-controls";
import { docxRuns, fixedLineRuns } from "./runs";
import type { FootnoteSink } from "./runs";
import { docxTable } from "./table";

export const BODY_STYLE = "ReportBody";

/**
 * A body paragraph: justified with the first-line indent, or aligned without
 * it. It may split across pages, but never leaves one line alone at a page's
 * foot or head (widow/orphan control, said outright rather than left to each
 * program's default); only the closing sentence keeps with the signature.
 */
export function bodyParagraph(block: ParagraphBlock, footnotes: FootnoteSink, options: { readonly keepNext?: boolean } = {}): Paragraph {
  const runs = docxRuns(block.runs, { size: SIZE.body }, footnotes);
  // A computed paragraph's runs sit between mark runs that become its control (list-controls.ts).
  const marks = block.list === undefined ? undefined : listMarkRuns(block.list);
  const children = marks === undefined ? runs : [marks.start, ...runs, marks.end];
  const keepNext = options.keepNext || undefined;
  if (block.align === "justify") return new Paragraph({ style: BODY_STYLE, keepNext, widowControl: true, children });
  return new Paragraph({ style: BODY_STYLE, keepNext, widowControl: true, alignment: docxAlignment(block.align), indent: { firstLine: 0 }, children });
}

/** Paragraphs and tables; tables take `textWidth` twips (the body's width unless told). */
export function docxBlocks(blocks: ReadonlyArray<Block>, footnotes: FootnoteSink, textWidth: number = TEXT_WIDTH): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      out.push(bodyParagraph(block, footnotes));
      continue;
    }
    // A computed table sits between two mark paragraphs, spliced into a block-level control (list-controls.ts).
    if (block.list !== undefined) out.push(listStartParagraph(block.list));
    out.push(docxTable(block, footnotes, textWidth));
    if (block.list !== undefined) out.push(listEndParagraph());
    out.push(new Paragraph({ style: BODY_STYLE, children: [] }));
  }
  return out;
}

/**
 * A section and what it holds. Parts and sections are bold, deeper levels
 * bold italic; headings stay with the paragraph that follows them.
 */
export function docxSection(section: DocumentSection, depth: number, footnotes: FootnoteSink, figures?: ReadonlyArray<TextFigure>): Array<Paragraph | Table> {
  const heading = new Paragraph({
    style: BODY_STYLE,
    keepNext: true,
    // The period's name in a heading is a keyed figure too.
    children: fixedLineRuns(`${section.number} ${section.heading}`, figures, { size: SIZE.body, bold: true, italic: depth >= 2 }),
  });
  const out: Array<Paragraph | Table> = [heading, ...docxBlocks(section.blocks, footnotes)];
  for (const child of section.sections) out.push(...docxSection(child, depth + 1, footnotes, figures));
  return out;
}
