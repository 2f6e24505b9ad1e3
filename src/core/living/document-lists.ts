/**
 * The computed lists a report document writes (a note's items, a wholly
 * computed paragraph, the finance table), by key: their text as written, in
 * the canonical form both the model and the .docx give (`listText`), the
 * figures they hold, and where they stand, for `update`.
 */
import { appendixHeading, type Block, type DocumentSection, type InlineRun, type ListMark, type ReportDocument, type Run, type TableRow } from "../document";
import { listTag, sourceTitle } from "./figure-tags";

export type ListKind = "note" | "paragraph" | "table";

export interface WrittenList {
  readonly key: string;
  readonly tag: string;
  readonly kind: ListKind;
  /** Canonical text: paragraphs trimmed, one a line; a table's rows one a line, their non-empty cells joined by " | ". */
  readonly text: string;
  readonly items: number;
  /** The source cells, for the control's title. */
  readonly title: string;
  /** "II.6.1", "Phụ lục II", or "". */
  readonly section: string;
  /** The keys of the figures inside it, in order, each once. */
  readonly figures: ReadonlyArray<string>;
}

function runsText(runs: ReadonlyArray<Run>): string {
  let out = "";
  for (const run of runs) if (run.kind !== "footnote") out += run.text;
  return out.trim();
}

function rowText(row: TableRow): string {
  return row
    .map((c) => runsText(c.runs))
    .filter((t) => t !== "")
    .join(" | ");
}

function figureKeys(runs: ReadonlyArray<Run>, into: string[]): void {
  for (const run of runs) if (run.kind === "figure" && run.key !== undefined && !into.includes(run.key)) into.push(run.key);
}

/** The canonical text of a list's content, as `listXmlText` reads it back from the .docx. */
export function listText(content: { readonly kind: "note"; readonly runs: ReadonlyArray<InlineRun> } | Block): string {
  if (content.kind === "note" || content.kind === "paragraph") return runsText(content.runs);
  return [...content.headerRows, ...content.bodyRows, ...(content.totalRow ? [content.totalRow] : [])].map(rowText).join("\n");
}

/** Every list of the document, first occurrence of each key, in reading order. */
export function documentLists(doc: ReportDocument): ReadonlyArray<WrittenList> {
  const out = new Map<string, WrittenList>();
  const add = (mark: ListMark, kind: ListKind, text: string, runs: ReadonlyArray<Run>, section: string): void => {
    if (out.has(mark.key)) return;
    const figures: string[] = [];
    figureKeys(runs, figures);
    out.set(mark.key, { key: mark.key, tag: listTag(mark.key), kind, text, items: mark.items, title: sourceTitle(mark.sources), section, figures });
  };
  const notes = (runs: ReadonlyArray<Run>, section: string): void => {
    for (const run of runs)
      if (run.kind === "footnote" && run.list !== undefined) add(run.list, "note", listText({ kind: "note", runs: run.content }), run.content, section);
  };
  const blocks = (list: ReadonlyArray<Block>, section: string): void => {
    for (const block of list) {
      if (block.kind === "paragraph") {
        if (block.list !== undefined) add(block.list, "paragraph", listText(block), block.runs, section);
        notes(block.runs, section);
        continue;
      }
      const cells = [...block.headerRows, ...block.bodyRows, ...(block.totalRow ? [block.totalRow] : [])].flatMap((r) => r.flatMap((c) => c.runs));
      if (block.list !== undefined) add(block.list, "table", listText(block), cells, section);
      notes(cells, section);
    }
  };
  const sections = (list: ReadonlyArray<DocumentSection>, part: string): void => {
    for (const s of list) {
      const number = s.number.replace(/\.$/, "");
      blocks(s.blocks, part === "" ? number : `${part}.${number}`);
      sections(s.sections, part === "" ? number : part);
    }
  };
  blocks([doc.basis], "");
  sections(doc.sections, "");
  blocks([doc.closing], "");
  doc.appendices.forEach((a, i) => blocks(a.blocks, appendixHeading(doc, i).label));
  return [...out.values()];
}
