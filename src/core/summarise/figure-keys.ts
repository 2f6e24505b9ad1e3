/**
 * Stable names for the summary's figures: `lots.total`, `lots.byGroup.Thép`,
 * `activities.kinds.<kind>.batchList.<batch>.quantity`. A name says WHAT the
 * figure is, not how a sentence words it, so a report written from one
 * summary can be refreshed from the next (issue 12, the living report).
 */
import type { Figure, Summary } from "./summary";

/** Each figure object of the summary, by identity, to its key. */
export function figureKeys(summary: Summary): ReadonlyMap<Figure, string> {
  const out = new Map<Figure, string>();
  walk(summary, [], out);
  return out;
}

function isFigure(value: object): value is Figure {
  return typeof (value as { value?: unknown }).value === "number" && Array.isArray((value as { sources?: unknown }).sources);
}

function walk(value: unknown, path: ReadonlyArray<string>, out: Map<Figure, string>): void {
  if (value === null || typeof value !== "object") return;
  if (isFigure(value)) {
    if (!out.has(value)) out.set(value, path.join("."));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, segmentOf(item, i)], out));
    return;
  }
  for (const [name, child] of Object.entries(value)) walk(child, [...path, name], out);
}

/** What names an item of a list: its activity, instrument and unit; its code; its kind's or its own name; else its place. */
function segmentOf(item: unknown, index: number): string {
  if (item === null || typeof item !== "object") return String(index);
  const o = item as Record<string, unknown>;
  if (typeof o.activity === "string" && typeof o.instrument === "string") return `${o.activity}.${o.instrument}.${String(o.unit)}`;
  if (typeof o.code === "string" && o.code !== "") return o.code;
  const kind = o.kind as { name?: unknown } | undefined;
  if (kind !== undefined && typeof kind === "object" && typeof kind.name === "string") return kind.name;
  if (typeof o.name === "string") return o.name;
  return String(index);
}
