/**
 * One update, whoever runs it (the CLI on a .docx, the Word pane on the open
 * document): what the document holds and the report as it would be written
 * now give the changes, the controls to rewrite and the record to keep.
 */
import type { ReportDocument } from "../document";
import { documentFigures, type WrittenFigure } from "./document-figures";
import { afterChanges, figureChanges, rewrites, type FigureChange } from "./figure-changes";
import type { Provenance } from "./provenance";

export interface FigureUpdate {
  readonly changes: ReadonlyArray<FigureChange>;
  /** Tag → new text, for the controls to rewrite. */
  readonly texts: ReadonlyMap<string, string>;
  /** The record to write back: the new texts, the period and workbook of today. */
  readonly provenance: Provenance;
  /** Where each figure of the new report stands and what it counts, by key, for the lines to show. */
  readonly names: ReadonlyMap<string, WrittenFigure>;
}

/** "II.6.1 lô": where the figure stands and what it counts; its key when the new report does not say. */
export function figureName(key: string, names: ReadonlyMap<string, WrittenFigure>): string {
  const figure = names.get(key);
  const words = figure === undefined ? "" : [figure.section, figure.label].filter((w) => w !== "").join(" ");
  return words === "" ? key : words;
}

export function planFigureUpdate(
  held: { readonly provenance: Provenance; readonly controls: ReadonlyMap<string, ReadonlyArray<string>> },
  fresh: { readonly document: ReportDocument; readonly period: string; readonly workbook?: Provenance["workbook"] },
): FigureUpdate {
  const figures = documentFigures(fresh.document);
  const changes = figureChanges(held.provenance.figures, held.controls, new Map(figures.map((f) => [f.key, f.text])));
  const provenance = { ...afterChanges(held.provenance, changes), period: fresh.period, workbook: fresh.workbook ?? held.provenance.workbook };
  return { changes, texts: rewrites(changes), provenance, names: new Map(figures.map((f) => [f.key, f])) };
}
