/**
 * The foot of the report: `Nơi nhận` on the left, the signer on the right.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { documentWords } from "../../core/document";
import type { ReportDocument } from "../../core/document";
import { CLOSING_LEFT_WIDTH, SIZE, mm } from "./layout";
import { plainRun } from "./runs";
import { twoColumns } from "./borderless";

/**
 * Room for the signature and the seal between the signer's title and name:
 * the decree's figure leaves three to four lines, 2.5 to 3.5 cm; this is
 * the space before the name's line, set so that the clear space between the
 * two lines as printed is SIGNATURE_GAP_MM (the LibreOffice test measures it).
 */
export const SIGNATURE_GAP_MM = 30;
// The printed boxes of the two lines reach 1.8 mm into the space before the name.
const SIGNATURE_SPACE = mm(SIGNATURE_GAP_MM + 1.8);

function para(text: string, size: number, align: "left" | "center", options: { bold?: boolean; italic?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: options.before ?? 0, after: 0, line: 264 },
    children: text === "" ? [] : [plainRun(text, { size, bold: options.bold, italic: options.italic })],
  });
}

export function closingBlock(doc: ReportDocument): Table {
  const words = documentWords(doc.language);
  const left = [
    para(words.distribution, SIZE.distributionLabel, "left", { bold: true, italic: true }),
    ...doc.distribution.map((entry) => para(`- ${entry}`, SIZE.distribution, "left")),
  ];
  const right = [
    ...doc.signer.titleLines.map((title) => para(title.toUpperCase(), SIZE.signer, "center", { bold: true })),
    para(doc.signer.name, SIZE.signer, "center", { bold: true, before: SIGNATURE_SPACE }),
  ];
  return twoColumns(CLOSING_LEFT_WIDTH, left, right);
}
