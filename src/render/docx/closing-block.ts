/**
 * The foot of the report: `Nơi nhận` on the left, the signer on the right.
 */
import { AlignmentType, Paragraph } from "docx";
import type { Table } from "docx";
import { documentWords } from "../../core/document";
import type { ReportDocument } from "../../core/document";
import { CLOSING_LEFT_WIDTH, SIZE } from "./layout";
import { plainRun } from "./runs";
import { twoColumns } from "./borderless";

/** Empty lines left for the signature and seal. */
const SIGNATURE_LINES = 4;

function para(text: string, size: number, align: "left" | "center", options: { bold?: boolean; italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 264 },
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
    ...Array.from({ length: SIGNATURE_LINES }, () => para("", SIZE.signer, "center")),
    para(doc.signer.name, SIZE.signer, "center", { bold: true }),
  ];
  return twoColumns(CLOSING_LEFT_WIDTH, left, right);
}
