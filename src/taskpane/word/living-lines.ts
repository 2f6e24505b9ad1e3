/** The change list's words for one figure: what changed, what the clerk typed over or deleted, and what they chose for it. */
import type { Lang } from "../../core/issues";
import { figureName, type FigureChange, type FigureUpdate } from "../../core/living";
import type { Resolution } from "./living-state";
import { wordText } from "./word-text";

/** "II.6.1 lô hàng: 840 → 852", or the conflict or deletion said in full. */
export function changeLine(change: FigureChange, update: FigureUpdate, lang: Lang): string {
  const t = wordText(lang).living;
  const name = figureName(change.key, update.names, lang);
  const fresh = change.fresh ?? "—";
  if (change.kind === "conflict") return t.conflict(name, change.current ?? "", fresh);
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
