/// <reference types="office-js" />
/**
 * The living report in the open Word document (issue 12): what the document
 * holds (its provenance part, its tagged figure controls' texts and its list
 * controls' contents, and which hold tracked changes), and the rewriting of
 * the changed controls. Each is one
 * `Word.run` with one sync per batch, never one per control: reading is two
 * (load, then the part's XML and the lists' OOXML), writing two (find the
 * controls, then write them and the part). A figure is only written through
 * `insertText(…, "Replace")`, a list through `insertOoxml(…, "Replace")`
 * with the fresh report's blocks, so nothing outside them moves, and what was
 * written is highlighted for the clerk to see.
 */
import {
  addTagText,
  LIST_TAG_PREFIX,
  PROVENANCE_NAMESPACE,
  TAG_PREFIX,
  parseProvenance,
  planFigureUpdate,
  provenanceXml,
  type FigureUpdate,
  type FreshReport,
  type Provenance,
  type TagTexts,
} from "../../core/living";
import type { WordRun } from "./insert-report";

export interface WordFigures {
  readonly provenance?: Provenance;
  /** Each figure tag of ours → its controls' texts, in document order. */
  readonly controls: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Each list tag (`lbc:list:…`) → the canonical texts of its controls, read from their OOXML. */
  readonly lists: ReadonlyMap<string, ReadonlyArray<string>>;
  /** The tags whose controls hold a tracked change: lists always, figures where Word has WordApi 1.6. */
  readonly tracked: ReadonlySet<string>;
  /** The tags whose controls hold a comment or a bookmark of the clerk's: lists always, figures where Word has WordApi 1.4. */
  readonly annotated: ReadonlySet<string>;
}

/**
 * Whether Word has `WordApi <version>`: 1.4 tells a control's comments and
 * bookmarks, 1.6 its tracked changes. Older Word cannot, and its figures are
 * read by their text alone.
 */
function wordHas(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("WordApi", version) === true;
}

const isFigure = (c: Word.ContentControl): boolean => c.tag.startsWith(TAG_PREFIX) && !c.tag.startsWith(LIST_TAG_PREFIX);

/** Highlight of a rewritten figure until the clerk clears it. */
export const UPDATED_HIGHLIGHT = "Yellow";

/** The open document's record alone (no control is read): two syncs, for the pane to find the workbook before an update. */
export function readWordRecord(run: WordRun): Promise<Provenance | undefined> {
  return run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
    parts.load("items");
    await context.sync();
    const xml = parts.items[0]?.getXml();
    if (xml === undefined) return undefined;
    await context.sync();
    return parseProvenance(xml.value);
  });
}

export function readWordFigures(run: WordRun): Promise<WordFigures> {
  return run(async (context) => {
    const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
    parts.load("items");
    const controls = context.document.contentControls;
    controls.load("items");
    await context.sync();
    const part = parts.items[0];
    const xml = part?.getXml();
    // A document of ours: its lists' OOXML comes in the same sync as the part.
    const ooxml = part === undefined ? [] : controls.items.filter((c) => c.tag.startsWith(LIST_TAG_PREFIX)).map((c) => ({ tag: c.tag, ooxml: c.getOoxml() }));
    const figures = part === undefined ? [] : controls.items.filter(isFigure);
    // And each figure's tracked changes, so that one a reviewer changed is never flattened.
    const revisions = !wordHas("1.6")
      ? []
      : figures.map((c) => {
          const changes = c.getTrackedChanges();
          changes.load("items");
          return { tag: c.tag, changes };
        });
    // And its comments and bookmarks, which writing a new figure over would drop: a cross-reference's
    // hidden one too, Word's own "_GoBack" aside, as the .docx reader counts them.
    const anchors = !wordHas("1.4")
      ? []
      : figures.map((c) => {
          const comments = c.getComments();
          comments.load("items");
          return { tag: c.tag, comments, bookmarks: c.getRange("Whole").getBookmarks(true, false) };
        });
    if (xml !== undefined) await context.sync();
    const texts: TagTexts = new Map();
    for (const c of controls.items) {
      if (!isFigure(c)) continue;
      addTagText(texts, c.tag, c.text);
    }
    const lists: TagTexts = new Map();
    const annotated = new Set(anchors.filter((a) => a.comments.items.length > 0 || a.bookmarks.value.some((name) => name !== "_GoBack")).map((a) => a.tag));
    const tracked = new Set(revisions.filter((r) => r.changes.items.length > 0).map((r) => r.tag));
    // The .docx reader comes with the writer's chunk, loaded only for a document that has lists.
    if (ooxml.length > 0) {
      const { listOfOoxml } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
      for (const { tag, ooxml: result } of ooxml) {
        const list = listOfOoxml(result.value, tag);
        addTagText(lists, tag, list.text);
        if (list.tracked) tracked.add(tag);
        if (list.annotated) annotated.add(tag);
      }
    }
    return { provenance: xml === undefined ? undefined : parseProvenance(xml.value), controls: texts, lists, tracked, annotated };
  });
}

/**
 * Writes `texts` (tag → new text) into their controls, `lists` (list tag →
 * flat OPC package of its fresh blocks) into theirs, and `provenance` into the
 * part; returns the number of controls written. Figures first: a figure
 * inside a list being replaced is written, then replaced with the list.
 */
export function writeWordFigures(
  run: WordRun,
  texts: ReadonlyMap<string, string>,
  provenance: Provenance,
  lists: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  return run(async (context) => {
    const find = (tag: string): Word.ContentControlCollection => {
      const controls = context.document.contentControls.getByTag(tag);
      controls.load("items");
      return controls;
    };
    const figures = [...texts].map(([tag, text]) => ({ controls: find(tag), text }));
    const blocks = [...lists].map(([tag, ooxml]) => ({ controls: find(tag), ooxml }));
    const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
    parts.load("items");
    await context.sync();
    let written = 0;
    for (const { controls, text } of figures) {
      for (const control of controls.items) {
        control.insertText(text, "Replace").font.highlightColor = UPDATED_HIGHLIGHT;
        written++;
      }
    }
    for (const { controls, ooxml } of blocks) {
      for (const control of controls.items) {
        control.insertOoxml(ooxml, "Replace").font.highlightColor = UPDATED_HIGHLIGHT;
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
 * document the product did not write. Typed-over and deleted figures and
 * edited lists come back in `changes` and `lists`, for the pane to show, and
 * are never written. A list to replace takes its blocks from `fresh.docx`, the
 * report as `generate` writes it now (rendered here when not given).
 */
export async function updateWordFigures(run: WordRun, fresh: FreshReport & { readonly docx?: Uint8Array }): Promise<FigureUpdate | undefined> {
  const held = await readWordFigures(run);
  const provenance = held.provenance;
  if (provenance === undefined) return undefined;
  // Only the lists Word shows among the document's controls (a note's may not be) are decided on here, and the
  // figures that stand only inside the others are left as they are, not taken for deleted.
  const seen = provenance.lists?.filter((l) => held.lists.has(l.tag));
  const unseen = new Set((provenance.lists ?? []).filter((l) => !held.lists.has(l.tag)).flatMap((l) => l.figures));
  const hidden = new Set(provenance.figures.filter((f) => unseen.has(f.key) && !held.controls.has(f.tag)).map((f) => f.tag));
  const visible = provenance.figures.filter((f) => !hidden.has(f.tag));
  const plan = (lists: Provenance["lists"]): FigureUpdate =>
    planFigureUpdate(
      { provenance: { ...provenance, figures: visible, lists }, controls: held.controls, lists: held.lists, tracked: held.tracked, annotated: held.annotated },
      fresh,
    );
  let update = plan(seen);
  let lists = new Map<string, string>();
  if (update.listRewrites.size > 0) {
    const { listControlsOoxml, renderDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
    lists = new Map(listControlsOoxml(fresh.docx ?? (await renderDocx(fresh.document, { clock: new Date(0) })), update.listRewrites));
    // A list whose fresh blocks are not in the body cannot be put in: it is left as it is.
    if (lists.size < update.listRewrites.size) update = plan(seen?.filter((l) => !update.listRewrites.has(l.tag) || lists.has(l.tag)));
  }
  const decided = update.provenance.lists ?? [];
  const record: Provenance = {
    ...update.provenance,
    // The figures left out of the decision are kept in the record as they were.
    figures: [...update.provenance.figures, ...provenance.figures.filter((f) => hidden.has(f.tag))],
    ...(provenance.lists === undefined ? {} : { lists: provenance.lists.map((l) => decided.find((d) => d.tag === l.tag) ?? l) }),
  };
  update = { ...update, provenance: record };
  if (update.texts.size > 0 || lists.size > 0) await writeWordFigures(run, update.texts, record, lists);
  return update;
}
