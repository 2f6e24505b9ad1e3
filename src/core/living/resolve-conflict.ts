/**
 * "Dùng số mới" on a figure the clerk typed over: the fresh text goes into
 * its control, and the record takes it as what the product wrote, so the
 * next update sees an untouched figure. "Giữ chữ đã sửa" changes nothing: the
 * record keeps the product's text, so the clerk's words are never overwritten.
 */
import type { FigureChange } from "./figure-changes";
import type { Provenance } from "./provenance";

export interface ConflictResolution {
  /** Tag → text, for the one control to rewrite. */
  readonly texts: ReadonlyMap<string, string>;
  readonly provenance: Provenance;
}

/** The write that takes the new figure for `change`; undefined unless it is a conflict with a new figure. */
export function takeFreshFigure(provenance: Provenance, change: FigureChange): ConflictResolution | undefined {
  const fresh = change.fresh;
  if (change.kind !== "conflict" || fresh === undefined) return undefined;
  if (!provenance.figures.some((f) => f.tag === change.tag)) return undefined;
  return {
    texts: new Map([[change.tag, fresh]]),
    provenance: { ...provenance, figures: provenance.figures.map((f) => (f.tag === change.tag ? { ...f, text: fresh } : f)) },
  };
}
