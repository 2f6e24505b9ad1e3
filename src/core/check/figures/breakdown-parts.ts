/**
 * The parts a breakdown lists: by figures ("trong đó"), or by items (a note,
 * a colon, brackets) where each item either carries one count of the total's
 * kind or none at all. A list that mixes the two says nothing certain.
 */
import { FigureKind, listItems, type Span, type TextFigure } from "../../figures";
import type { Breakdown } from "./breakdowns";

export type BreakdownParts =
  /** Each part a count: they must add up to the total. */
  | { readonly by: "sum"; readonly parts: ReadonlyArray<TextFigure>; readonly items: number }
  /** Items without counts: there must be as many as the total says. */
  | { readonly by: "items"; readonly items: ReadonlyArray<string> }
  | { readonly by: "none" };

export const head = (unit: string): string => unit.toLowerCase().split(" ", 1)[0] ?? "";

/** A part counts the same things as the total: same first word, or no counted words on one side. */
function sameThings(total: TextFigure, part: TextFigure): boolean {
  if (part.kind !== total.kind || part.approximate) return false;
  return part.unit === "" || total.unit === "" || head(part.unit) === head(total.unit);
}

/** Bracket depth at each figure relative to the region's start: only top-level figures are parts. */
function topLevel(text: string, region: Span, figures: ReadonlyArray<TextFigure>): TextFigure[] {
  const out: TextFigure[] = [];
  let depth = 0;
  let at = region.start;
  for (const f of figures) {
    if (f.start < region.start || f.end > region.end) continue;
    for (; at < f.start; at++) {
      const c = text[at];
      if (c === "(") depth++;
      else if (c === ")" && depth > 0) depth--;
    }
    if (depth === 0) out.push(f);
  }
  return out;
}

/** Longer lists are not a clerk's breakdown; skipping them keeps a hostile cell's cost bounded. */
export const MAX_PARTS = 200;

export function breakdownParts(b: Breakdown): BreakdownParts {
  const { part, region, total } = b;
  const inRegion = topLevel(part.text, region, part.figures).filter((f) => f !== total);
  if (b.byFigures) {
    const parts = inRegion.filter((f) => sameThings(total, f));
    return parts.length >= 2 && parts.length <= MAX_PARTS ? { by: "sum", parts, items: parts.length } : { by: "none" };
  }
  const items = listItems(part.text, region.start, region.end);
  if (items.length < 2 || items.length > MAX_PARTS) return { by: "none" };
  const parts: TextFigure[] = [];
  let withCounts = 0;
  let listed = 0;
  // Items and figures are both in text order: one sweep assigns each figure to its item.
  let k = 0;
  for (const item of items) {
    while (k < inRegion.length && inRegion[k]!.start < item.start) k++;
    const inItem: TextFigure[] = [];
    for (let j = k; j < inRegion.length && inRegion[j]!.end <= item.end; j++) inItem.push(inRegion[j]!);
    // "chiếm tỷ lệ 2,08%" is said of a part, not an item of the list.
    if (inItem.length > 0 && inItem.every((f) => f.kind === FigureKind.Percent)) continue;
    listed++;
    const same = inItem.filter((f) => sameThings(total, f));
    if (inItem.length > 0) withCounts++;
    if (same.length === 1) parts.push(same[0]!);
  }
  if (withCounts === 0) return listed >= 2 ? { by: "items", items: items.map((s) => part.text.slice(s.start, s.end)) } : { by: "none" };
  return parts.length === listed && listed >= 2 ? { by: "sum", parts, items: listed } : { by: "none" };
}
