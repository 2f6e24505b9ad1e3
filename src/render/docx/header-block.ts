/**
 * The header block of Phụ lục I: agency on the left, the national name and
 * motto on the right, the number under the agency and the place and date
 * under the motto.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { dateLine, documentWords, numberLine } from "../../core/document";
import type { ReportDocument } from "../../core/document";
import { HEADER_LEFT_WIDTH, SIZE, TEXT_WIDTH, mm } from "./layout";
import { plainRun } from "./runs";
import { centredRule, twoColumns } from "./borderless";

const RIGHT_WIDTH = TEXT_WIDTH - HEADER_LEFT_WIDTH;
/** The decree asks for a third to a half of the agency line. */
const AGENCY_RULE = mm(25);
/** As long as the motto line in 13 pt bold (measured in Times New Roman metrics). */
const MOTTO_RULE: Readonly<Record<ReportDocument["language"], number>> = { vi: mm(53), en: mm(73) };

function line(text: string, size: number, options: { bold?: boolean; italic?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    // A little over single spacing, so the marks of capitals clear the line above.
    spacing: { before: options.before ?? 0, after: 0, line: 264 },
    children: [plainRun(text, { size, bold: options.bold, italic: options.italic })],
  });
}

export function headerBlock(doc: ReportDocument): Table {
  const { header, language } = doc;
  const words = documentWords(language);
  const left = [
    line(header.parentAgency.toUpperCase(), SIZE.headerBlock),
    line(header.agency.toUpperCase(), SIZE.headerBlock, { bold: true }),
    centredRule(AGENCY_RULE, HEADER_LEFT_WIDTH),
    line(numberLine(header, language), SIZE.headerBlock, { before: 120 }),
  ];
  const right = [
    line(words.nation, SIZE.nation, { bold: true }),
    line(words.motto, SIZE.motto, { bold: true }),
    centredRule(MOTTO_RULE[language], RIGHT_WIDTH),
    line(dateLine(header, language), SIZE.dateLine, { italic: true, before: 120 }),
  ];
  return twoColumns(HEADER_LEFT_WIDTH, left, right);
}
