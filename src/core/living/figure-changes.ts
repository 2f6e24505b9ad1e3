/**
 * What `update` does to each tagged figure: the pure decision shared by the
 * CLI and the Word pane. The document's controls (what stands in the report
 * now), the custom XML part (what the product last wrote) and the fresh
 * figures (from the workbook today) give, for each key:
 * - changed: the control still holds what was written, and the new text differs;
 * - unchanged: the new text is what the control holds;
 * - conflict: the control's text is not what was written (the clerk typed over it), or it holds a tracked
 *   change (never flattened), or a new text would drop a comment or bookmark anchored in it: reported, not overwritten;
 * - missing: the control is gone (the clerk deleted it): reported, never recreated.
 */
import type { ProvenanceFigure } from "./provenance";

export type FigureChangeKind = "changed" | "unchanged" | "conflict" | "missing";

export interface FigureChange {
  readonly kind: FigureChangeKind;
  readonly key: string;
  readonly tag: string;
  /** In the control now; undefined when the control is gone. */
  readonly current?: string;
  /** What the product last wrote. */
  readonly written: string;
  /** From the workbook today; undefined when the new report has no such figure. */
  readonly fresh?: string;
  /** A conflict because a control of it holds a tracked insertion, deletion or move. */
  readonly tracked?: boolean;
  /** A conflict because a control of it holds a comment or a bookmark that writing the new text would drop. */
  readonly annotated?: boolean;
}

/**
 * `controls`: tag → the control's text, for each tagged control in the document
 * (several controls of one tag hold one text when untouched; the first that
 * differs is taken). `fresh`: key → text as the report would write it now.
 * `tracked`: the tags whose controls hold a tracked change; `annotated`: those
 * holding a comment or a bookmark (a conflict only when the text would change).
 */
export function figureChanges(
  written: ReadonlyArray<ProvenanceFigure>,
  controls: ReadonlyMap<string, ReadonlyArray<string>>,
  fresh: ReadonlyMap<string, string>,
  tracked: ReadonlySet<string> = new Set(),
  annotated: ReadonlySet<string> = new Set(),
): FigureChange[] {
  return written.map((w): FigureChange => {
    const texts = controls.get(w.tag) ?? [];
    const base = { key: w.key, tag: w.tag, written: w.text, fresh: fresh.get(w.key) };
    if (texts.length === 0) return { ...base, kind: "missing" };
    const current = texts.find((t) => t !== w.text) ?? w.text;
    if (tracked.has(w.tag)) return { ...base, kind: "conflict", current, tracked: true };
    if (current !== w.text) return { ...base, kind: "conflict", current };
    if (base.fresh === undefined || base.fresh === current) return { ...base, kind: "unchanged", current };
    if (annotated.has(w.tag)) return { ...base, kind: "conflict", current, annotated: true };
    return { ...base, kind: "changed", current };
  });
}

/** tag → new text, for the controls to rewrite. */
export function rewrites(changes: ReadonlyArray<FigureChange>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const c of changes) if (c.kind === "changed" && c.fresh !== undefined) out.set(c.tag, c.fresh);
  return out;
}

/** What the product has written once the changes are made: the new text of each rewritten figure, the rest as before. */
export function afterChanges<P extends { readonly figures: ReadonlyArray<ProvenanceFigure> }>(provenance: P, changes: ReadonlyArray<FigureChange>): P {
  const texts = rewrites(changes);
  return { ...provenance, figures: provenance.figures.map((f) => ({ ...f, text: texts.get(f.tag) ?? f.text })) };
}
