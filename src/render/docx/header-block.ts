/**
 * The header block of Phụ lục I: agency on the left, the national name and
 * motto on the right, the number under the agency and the place and date
 * under the motto.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { dateLine, documentWords, numberLine } from "../../core/document";
import type { ReportDocument } from "../../core/document";
import { HEADER_LEFT_WIDTH, SIZE, TEXT_WIDTH } from "./layout";
import type { TextFigure } from "../../core/document";
import { fixedLineRuns } from "./runs";
import { centredRule, twoColumns } from "./borderless";
import { fullRule, shortRule } from "./rule-lengths";

const RIGHT_WIDTH = TEXT_WIDTH - HEADER_LEFT_WIDTH;

function line(text: string, size: number, options: { bold?: boolean; italic?: boolean; before?: number; figures?: ReadonlyArray<TextFigure> } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    // A little over single spacing, so the marks of capitals clear the line above.
    spacing: { before: options.before ?? 0, after: 0, line: 264 },
    children: fixedLineRuns(text, options.figures, { size, bold: options.bold, italic: options.italic }),
  });
}

export function headerBlock(doc: ReportDocument): Table {
  const { header, language } = doc;
  const words = documentWords(language);
  const left = [
    line(header.parentAgency.toUpperCase(), SIZE.headerBlock),
    line(header.agency.toUpperCase(), SIZE.headerBlock, { bold: true }),
    // A third to a half of the agency's line.
    centredRule(shortRule(header.agency.toUpperCase(), SIZE.headerBlock, true, HEADER_LEFT_WIDTH), HEADER_LEFT_WIDTH),
    line(numberLine(header, language), SIZE.headerBlock, { before: 120 }),
  ];
  const right = [
    line(words.nation, SIZE.nation, { bold: true }),
    line(words.motto, SIZE.motto, { bold: true }),
    // As long as the motto.
    centredRule(fullRule(words.motto, SIZE.motto, true), RIGHT_WIDTH),
    line(dateLine(header, language), SIZE.dateLine, { italic: true, before: 120, figures: doc.textFigures }),
  ];
  return twoColumns(HEADER_LEFT_WIDTH, left, right);
}
