/**
 * One update, whoever runs it (the CLI on a .docx, the Word pane on the open
 * document): what the document holds and the report as it would be written
 * now give the changes, the controls to rewrite and the record to keep.
 */
import type { ReportDocument } from "../document";
import { documentFigures, type WrittenFigure } from "./document-figures";
import { documentLists } from "./document-lists";
import { afterChanges, figureChanges, rewrites, type FigureChange } from "./figure-changes";
import { figureTag } from "./figure-tags";
import { listChanges, type ListChange } from "./list-changes";
import { provenanceList, type Provenance, type ProvenanceFigure, type ProvenanceList } from "./provenance";
import type { SummaryRecord } from "./summary-record";
import type { Lang } from "../i18n";
import { isPeriodFigure, periodFigureWord } from "./period-figure-words";

export interface FigureUpdate {
  readonly changes: ReadonlyArray<FigureChange>;
  /** Tag → new text, for the controls to rewrite. */
  readonly texts: ReadonlyMap<string, string>;
  /** The record to write back: the new texts, the period and workbook of today. */
  readonly provenance: Provenance;
  /** Where each figure of the new report stands and what it counts, by key, for the lines to show. */
  readonly names: ReadonlyMap<string, WrittenFigure>;
  /** What happens to each computed list the report was written with. */
  readonly lists: ReadonlyArray<ListChange>;
  /** The tags of the list controls whose content is replaced by the fresh report's. */
  readonly listRewrites: ReadonlySet<string>;
}

/** What the document holds: its record, its figure controls' texts and, when read, its lists' and the tags with tracked changes. */
export interface HeldControls {
  readonly provenance: Provenance;
  readonly controls: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly lists?: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly tracked?: ReadonlySet<string>;
  /** The tags (figures and lists) whose controls hold a comment or a bookmark of the clerk's. */
  readonly annotated?: ReadonlySet<string>;
}

/**
 * "II.6.1 lô": where the figure stands and what it counts; its key when the new
 * report does not say. The period's words are named as what they are, wherever
 * they stand ("II tên kỳ báo cáo") in `lang`, and so is the issue date.
 */
export function figureName(key: string, names: ReadonlyMap<string, WrittenFigure>, lang: Lang): string {
  const figure = names.get(key);
  if (isPeriodFigure(key)) return [figure?.section ?? "", periodFigureWord(key, lang)].filter((w) => w !== "").join(" ");
  const words = figure === undefined ? "" : [figure.section, figure.label].filter((w) => w !== "").join(" ");
  return words === "" ? key : words;
}

/** The report as it would be written today: its document, period, workbook and summary, to update a written one from. */
export interface FreshReport {
  readonly document: ReportDocument;
  readonly period: string;
  readonly workbook?: Provenance["workbook"];
  readonly summary?: SummaryRecord;
}

export function planFigureUpdate(held: HeldControls, fresh: FreshReport): FigureUpdate {
  const figures = documentFigures(fresh.document);
  const freshTexts = new Map(figures.map((f) => [f.key, f.text]));
  const changes = figureChanges(held.provenance.figures, held.controls, freshTexts, held.tracked, held.annotated);
  const lists = listChanges(held.provenance.lists ?? [], held.lists ?? new Map(), documentLists(fresh.document), changes, held.tracked, held.annotated);
  const replaced = lists.filter((l) => l.kind === "changed");
  const recorded = afterChanges(held.provenance, changes);
  const provenance: Provenance = {
    ...recorded,
    figures: figuresAfterLists(recorded.figures, replaced, freshTexts),
    ...(held.provenance.lists === undefined ? {} : { lists: held.provenance.lists.map((w) => listAfter(w, replaced)) }),
    period: fresh.period,
    workbook: fresh.workbook ?? held.provenance.workbook,
    ...((fresh.summary ?? held.provenance.summary) ? { summary: fresh.summary ?? held.provenance.summary } : {}),
  };
  return {
    changes,
    texts: rewrites(changes),
    provenance,
    names: new Map(figures.map((f) => [f.key, f])),
    lists,
    listRewrites: new Set(replaced.map((l) => l.tag)),
  };
}

/** A replaced list is on record as the fresh report writes it; any other as before. */
function listAfter(written: ProvenanceList, replaced: ReadonlyArray<ListChange>): ProvenanceList {
  const fresh = replaced.find((r) => r.tag === written.tag)?.fresh;
  return fresh === undefined ? written : provenanceList(fresh);
}

/**
 * The figures on record once the replaced lists hold the fresh report's: a
 * figure they brought is recorded as written now (a new goods group's count
 * added), one they no longer hold and the report no longer writes is dropped.
 */
function figuresAfterLists(
  figures: ReadonlyArray<ProvenanceFigure>,
  replaced: ReadonlyArray<ListChange>,
  fresh: ReadonlyMap<string, string>,
): ReadonlyArray<ProvenanceFigure> {
  if (replaced.length === 0) return figures;
  const brought = new Set(replaced.flatMap((l) => l.fresh?.figures ?? []));
  const held = new Set(replaced.flatMap((l) => l.written.figures));
  const out: ProvenanceFigure[] = [];
  for (const f of figures) {
    const text = fresh.get(f.key);
    if (brought.has(f.key) && text !== undefined) out.push({ ...f, text });
    else if (!(held.has(f.key) && text === undefined)) out.push(f);
  }
  for (const key of brought) {
    const text = fresh.get(key);
    if (text !== undefined && !figures.some((f) => f.key === key)) out.push({ tag: figureTag(key), key, text });
  }
  return out;
}
