/**
 * Body paragraphs and section headings.
 */
import { Paragraph } from "docx";
import type { Table } from "docx";
import type { Block, DocumentSection, ParagraphBlock } from "../../core/document";
import { docxAlignment } from "./alignment";
import { SIZE } from "./layout";
import { docxRuns } from "./runs";
import type { FootnoteSink } from "./runs";
import { docxTable } from "./table";

export const BODY_STYLE = "ReportBody";

/** A body paragraph: justified with the first-line indent, or aligned without it. */
export function bodyParagraph(block: ParagraphBlock, footnotes: FootnoteSink, options: { readonly keepNext?: boolean } = {}): Paragraph {
  const children = docxRuns(block.runs, { size: SIZE.body }, footnotes);
  const keepNext = options.keepNext || undefined;
  if (block.align === "justify") return new Paragraph({ style: BODY_STYLE, keepNext, children });
  return new Paragraph({ style: BODY_STYLE, keepNext, alignment: docxAlignment(block.align), indent: { firstLine: 0 }, children });
}

export function docxBlocks(blocks: ReadonlyArray<Block>, footnotes: FootnoteSink): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") out.push(bodyParagraph(block, footnotes));
    else out.push(docxTable(block, footnotes), new Paragraph({ style: BODY_STYLE, children: [] }));
  }
  return out;
}

/**
 * A section and what it holds. Parts and sections are bold, deeper levels
 * bold italic; headings stay with the paragraph that follows them.
 */
export function docxSection(section: DocumentSection, depth: number, footnotes: FootnoteSink): Array<Paragraph | Table> {
  const heading = new Paragraph({
    style: BODY_STYLE,
    keepNext: true,
    children: docxRuns([{ kind: "text", text: `${section.number} ${section.heading}`, bold: true, italic: depth >= 2 }], { size: SIZE.body }, footnotes),
  });
  const out: Array<Paragraph | Table> = [heading, ...docxBlocks(section.blocks, footnotes)];
  for (const child of section.sections) out.push(...docxSection(child, depth + 1, footnotes));
  return out;
}
