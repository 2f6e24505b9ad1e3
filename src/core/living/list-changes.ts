/**
 * What `update` does to each computed list (a note's items, a computed
 * paragraph, the finance table): the list is the unit. Its control's text
 * against what was written, and the fresh report's list, give:
 * - changed: untouched by the clerk, and the fresh list differs: its content is replaced whole
 *   (a new goods group or finance line appears, one gone disappears; the figure controls inside come with it);
 * - unchanged: the fresh list is what was written (or the new report has no such list);
 * - conflict: the clerk edited inside it (its text differs, a figure's control in it was removed, it holds a
 *   tracked change, a comment or a bookmark): reported, not replaced; its figures are then refreshed one by one like any other;
 * - missing: the control is gone: reported, never recreated.
 */
import type { WrittenList } from "./document-lists";
import type { FigureChange, FigureChangeKind } from "./figure-changes";
import type { ProvenanceList } from "./provenance";

export interface ListChange {
  readonly kind: FigureChangeKind;
  readonly key: string;
  readonly tag: string;
  readonly written: ProvenanceList;
  /** The fresh report's list; undefined when it has none of this key. */
  readonly fresh?: WrittenList;
  /** A conflict because of a tracked change inside. */
  readonly tracked?: boolean;
}

export function listChanges(
  written: ReadonlyArray<ProvenanceList>,
  held: ReadonlyMap<string, ReadonlyArray<string>>,
  fresh: ReadonlyArray<WrittenList>,
  figures: ReadonlyArray<FigureChange>,
  tracked: ReadonlySet<string> = new Set(),
  annotated: ReadonlySet<string> = new Set(),
): ListChange[] {
  const freshByKey = new Map(fresh.map((l) => [l.key, l]));
  const edited = new Set(figures.filter((f) => f.kind === "missing" || f.kind === "conflict").map((f) => f.key));
  return written.map((w): ListChange => {
    const texts = held.get(w.tag) ?? [];
    const base = { key: w.key, tag: w.tag, written: w, fresh: freshByKey.get(w.key) };
    if (texts.length === 0) return { ...base, kind: "missing" };
    if (tracked.has(w.tag)) return { ...base, kind: "conflict", tracked: true };
    // A comment or bookmark of the clerk's inside is an edit too: replacing the list would lose it.
    if (annotated.has(w.tag) || texts.some((t) => t !== w.text) || w.figures.some((k) => edited.has(k))) return { ...base, kind: "conflict" };
    if (base.fresh === undefined || base.fresh.text === w.text) return { ...base, kind: "unchanged" };
    return { ...base, kind: "changed" };
  });
}
