/// <reference types="office-js" />
/**
 * The living report in the open Word document (issue 12): what the document
 * holds (its provenance part and its tagged controls' texts), and the
 * rewriting of the changed controls. Each is one `Word.run` with one sync per
 * batch, never one per control: reading is two (load, then the part's XML),
 * writing two (find the controls, then write them and the part). A control is
 * only written through `insertText(…, "Replace")`, so nothing outside it moves,
 * and what was written is highlighted for the clerk to see.
 */
import { PROVENANCE_NAMESPACE, TAG_PREFIX, parseProvenance, planFigureUpdate, provenanceXml, type FigureUpdate, type Provenance } from "../../core/living";
import type { ReportDocument } from "../../core/document";
import type { WordRun } from "./insert-report";

export interface WordFigures {
  readonly provenance?: Provenance;
  /** Each tag of ours → its controls' texts, in document order. */
  readonly controls: ReadonlyMap<string, ReadonlyArray<string>>;
}

/** Highlight of a rewritten figure until the clerk clears it. */
export const UPDATED_HIGHLIGHT = "Yellow";

export function readWordFigures(run: WordRun): Promise<WordFigures> {
  return run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
    parts.load("items");
    const controls = context.document.contentControls;
    controls.load("items");
    await context.sync();
    const xml = parts.items[0]?.getXml();
    if (xml !== undefined) await context.sync();
    const texts = new Map<string, string[]>();
    for (const c of controls.items) {
      if (!c.tag.startsWith(TAG_PREFIX)) continue;
      texts.set(c.tag, [...(texts.get(c.tag) ?? []), c.text]);
    }
    return { provenance: xml === undefined ? undefined : parseProvenance(xml.value), controls: texts };
  });
}

/** Writes `texts` (tag → new text) into their controls and `provenance` into the part; returns the number of controls written. */
export function writeWordFigures(run: WordRun, texts: ReadonlyMap<string, string>, provenance: Provenance): Promise<number> {
  return run(async (context) => {
    const found = [...texts].map(([tag, text]) => {
      const controls = context.document.contentControls.getByTag(tag);
      controls.load("items");
      return { controls, text };
    });
    const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
    parts.load("items");
    await context.sync();
    let written = 0;
    for (const { controls, text } of found) {
      for (const control of controls.items) {
        const range = control.insertText(text, "Replace");
        range.font.highlightColor = UPDATED_HIGHLIGHT;
        written++;
      }
    }
    parts.items[0]?.setXml(provenanceXml(provenance));
    await context.sync();
    return written;
  });
}

/**
 * "Cập nhật số liệu" in the open document: reads it, decides with the same core
 * logic as `lap-bao-cao update`, writes the changed controls; undefined for a
 * document the product did not write. Typed-over and deleted figures come
 * back in `changes`, for the pane to show, and are never written.
 */
export async function updateWordFigures(
  run: WordRun,
  fresh: { readonly document: ReportDocument; readonly period: string; readonly workbook?: Provenance["workbook"] },
): Promise<FigureUpdate | undefined> {
  const held = await readWordFigures(run);
  if (held.provenance === undefined) return undefined;
  const update = planFigureUpdate({ provenance: held.provenance, controls: held.controls }, fresh);
  if (update.texts.size > 0) await writeWordFigures(run, update.texts, update.provenance);
  return update;
}
