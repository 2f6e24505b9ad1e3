/**
 * The report as plain text, one paragraph a line: for tests, search and the
 * preview. Footnote references print as "[n]", numbered in order of
 * appearance, and the notes follow at the end.
 */
import { appendixHeading, dateLine, documentWords, numberLine } from "./document-words";
import { inlineText } from "./runs";
import type { Block, TableRow } from "./blocks";
import type { DocumentSection, ReportDocument } from "./report-document";
import type { Run } from "./runs";

export function documentText(doc: ReportDocument): string {
  const words = documentWords(doc.language);
  const notes: string[] = [];
  const lines: string[] = [];
  const runsText = (runs: ReadonlyArray<Run>): string => {
    let out = "";
    for (const run of runs) {
      if (run.kind === "footnote") {
        notes.push(inlineText(run.content));
        out += `[${notes.length}]`;
      } else {
        out += run.text;
      }
    }
    return out;
  };
  const rowText = (row: TableRow): string => row.map((c) => runsText(c.runs)).join(" | ");
  const addBlocks = (blocks: ReadonlyArray<Block>): void => {
    for (const block of blocks) {
      if (block.kind === "paragraph") {
        lines.push(runsText(block.runs));
        continue;
      }
      for (const row of block.headerRows) lines.push(rowText(row));
      for (const row of block.bodyRows) lines.push(rowText(row));
      if (block.totalRow !== undefined) lines.push(rowText(block.totalRow));
    }
  };
  const addSection = (section: DocumentSection): void => {
    lines.push(`${section.number} ${section.heading}`);
    addBlocks(section.blocks);
    for (const child of section.sections) addSection(child);
  };

  const { header } = doc;
  lines.push(header.parentAgency.toUpperCase(), header.agency.toUpperCase(), numberLine(header, doc.language));
  lines.push(words.nation, words.motto, dateLine(header, doc.language), "");
  lines.push(doc.title.toUpperCase(), doc.subject);
  lines.push(...recipientLines(words.to, doc.recipients));
  addBlocks([doc.basis]);
  for (const section of doc.sections) addSection(section);
  addBlocks([doc.closing]);
  lines.push("", words.distribution, ...doc.distribution.map((line) => `- ${line}`));
  lines.push("", ...doc.signer.titleLines.map((line) => line.toUpperCase()), doc.signer.name);
  doc.appendices.forEach((appendix, i) => {
    const heading = appendixHeading(doc, i);
    lines.push("", heading.label, heading.title, heading.attached);
    addBlocks(appendix.blocks);
  });
  if (notes.length > 0) {
    lines.push("", words.notes);
    notes.forEach((note, i) => lines.push(`[${i + 1}] ${note}`));
  }
  return lines.join("\n") + "\n";
}

/** "Kính gửi: X" on one line, or the label then "- X;" lines for several recipients. */
export function recipientLines(label: string, recipients: ReadonlyArray<string>): ReadonlyArray<string> {
  if (recipients.length === 1) return [`${label} ${recipients[0] ?? ""}`];
  return [label, ...recipients.map((r) => `- ${r}`)];
}
