/** Where a figure came from, for its button: the first range to select, and how to say it. */
import { qualify } from "../../core/grid";
import type { SourceRef } from "../../core/summarise";

/** The first source range: what a click on the figure selects. */
export function firstSource(sources: ReadonlyArray<SourceRef>): { readonly sheet: string; readonly address: string } | undefined {
  for (const s of sources) {
    const range = s.ranges[0];
    if (range) return { sheet: s.sheet, address: range };
  }
  return undefined;
}

/** "'Lô hàng'!F5:F20", with "…" when the figure has more ranges than that one. */
export function sourceText(sources: ReadonlyArray<SourceRef>): string {
  const first = firstSource(sources);
  if (!first) return "";
  const more = sources.reduce((n, s) => n + s.ranges.length, 0) > 1;
  return qualify(first.sheet, first.address) + (more ? " …" : "");
}
