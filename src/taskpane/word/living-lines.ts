/** The change list's words for one figure or list: what changed, what the clerk typed over, edited or deleted, and what they chose for it. */
import type { Lang } from "../../core/i18n";
import { figureName, listChangeWords, type FigureChange, type FigureUpdate, type ListChange } from "../../core/living";
import type { Resolution } from "./living-state";
import { wordText } from "./word-text";

/** "II.6.1 lô hàng: 840 → 852", or the conflict or deletion said in full. */
export function changeLine(change: FigureChange, update: FigureUpdate, lang: Lang): string {
  const t = wordText(lang).living;
  const name = figureName(change.key, update.names, lang);
  const fresh = change.fresh ?? "—";
  if (change.kind === "conflict") {
    if (change.tracked === true) return t.tracked(name, fresh);
    if (change.annotated === true) return t.annotated(name, fresh);
    return t.conflict(name, change.current ?? "", fresh);
  }
  if (change.kind === "missing") return t.missing(name, fresh);
  return t.changed(name, change.current ?? change.written, fresh);
}

export function resolutionLine(change: FigureChange, resolution: Resolution, lang: Lang): string {
  const t = wordText(lang).living;
  return resolution === "kept" ? t.kept : t.used(change.fresh ?? "—");
}

/** The figures the list shows: all but the unchanged, in document order. */
export function listedChanges(update: FigureUpdate): ReadonlyArray<FigureChange> {
  return update.changes.filter((c) => c.kind !== "unchanged");
}

/** "Phụ lục bảng thu chi: 23 dòng → 24 dòng", or the list the clerk edited or deleted, named as the CLI names it. */
export function listLine(change: ListChange, lang: Lang): string {
  const t = wordText(lang).living;
  const { name, from, to } = listChangeWords(change, lang);
  if (change.kind === "conflict") return t.listEdited(name, to, change.tracked === true);
  if (change.kind === "missing") return t.listDeleted(name, to);
  return t.listChanged(name, from, to);
}

/** The lists the change list shows: all but the unchanged, in document order. */
export function listedLists(update: FigureUpdate): ReadonlyArray<ListChange> {
  return update.lists.filter((l) => l.kind !== "unchanged");
}

/** Whether "Dùng số mới" may be offered: an unresolved conflict with a new figure, and no tracked change, comment or bookmark a write would wipe. */
export function offersFresh(change: FigureChange): boolean {
  return change.kind === "conflict" && change.fresh !== undefined && change.tracked !== true && change.annotated !== true;
}

/** Why "Dùng số mới" is not offered for a conflict, when a write would wipe something of the reviewer's; undefined otherwise. */
export function keptHint(change: FigureChange, lang: Lang): string | undefined {
  if (change.kind !== "conflict") return undefined;
  const t = wordText(lang).living;
  if (change.tracked === true) return t.trackedHint;
  return change.annotated === true ? t.annotatedHint : undefined;
}
