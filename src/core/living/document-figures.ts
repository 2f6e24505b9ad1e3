/**
 * The figures a report document writes, by key: the text written, its source
 * cells, where it stands (section number) and a word or two saying what it
 * counts ("lô hàng"), for the lines `update` prints.
 */
import { appendixHeading, dateLine, textFigureRuns, titleFigures, type Block, type DocumentSection, type ReportDocument, type Run } from "../document";
import { sourceTitle } from "./figure-tags";

export interface WrittenFigure {
  readonly key: string;
  readonly text: string;
  /** The source cells, for the control's title. */
  readonly title: string;
  /** "II.6.1", or "" before the first numbered section and in the appendices. */
  readonly section: string;
  /** The words after the figure, up to three ("lô hàng"): what the figure counts. */
  readonly label: string;
}

/** Every keyed figure of the document, first occurrence of each key, in reading order. */
export function documentFigures(doc: ReportDocument): ReadonlyArray<WrittenFigure> {
  const out = new Map<string, WrittenFigure>();
  const runs = (list: ReadonlyArray<Run>, section: string): void => {
    list.forEach((run, i) => {
      if (run.kind === "footnote") runs(run.content, section);
      else if (run.kind === "figure" && run.key !== undefined && !out.has(run.key)) {
        out.set(run.key, { key: run.key, text: run.text, title: sourceTitle(run.sources), section, label: labelAfter(list, i) });
      }
    });
  };
  const blocks = (list: ReadonlyArray<Block>, section: string): void => {
    for (const block of list) {
      if (block.kind === "paragraph") runs(block.runs, section);
      else for (const row of [...block.headerRows, ...block.bodyRows, ...(block.totalRow ? [block.totalRow] : [])]) for (const c of row) runs(c.runs, section);
    }
  };
  // "II." then "6." then "6.1." print as II, II.6, II.6.1.
  const sections = (list: ReadonlyArray<DocumentSection>, part: string): void => {
    for (const s of list) {
      const number = s.number.replace(/\.$/, "");
      const full = part === "" ? number : `${part}.${number}`;
      runs(textFigureRuns(s.heading, titles), full);
      blocks(s.blocks, full);
      sections(s.sections, part === "" ? number : part);
    }
  };
  // The fixed lines first, as they read: the date line, the subject.
  const titles = titleFigures(doc.textFigures);
  const fixed = (line: string, section: string, figures = doc.textFigures): void => runs(textFigureRuns(line, figures), section);
  fixed(dateLine(doc.header, doc.language), "");
  fixed(doc.subject, "", titles);
  runs(doc.basis.runs, "");
  sections(doc.sections, "");
  runs(doc.closing.runs, "");
  doc.appendices.forEach((a, i) => {
    const heading = appendixHeading(doc, i);
    fixed(heading.title, heading.label, titles);
    fixed(heading.attached, heading.label);
    blocks(a.blocks, heading.label);
  });
  return [...out.values()];
}

function labelAfter(list: ReadonlyArray<Run>, index: number): string {
  const next = list[index + 1];
  if (next === undefined || next.kind !== "text") return "";
  const words = next.text.trim().split(/[,.;:()\s]+/u);
  const head: string[] = [];
  for (const w of words) {
    if (w === "" || head.length === 3) break;
    head.push(w);
  }
  // Only the words up to the first punctuation mark.
  const cut = next.text.trim().split(/[,.;:()]/u)[0] ?? "";
  return head.join(" ").slice(0, cut.trim().length);
}
