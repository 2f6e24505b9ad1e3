/// <reference types="office-js" />
/**
 * "Chấp nhận thay đổi": the highlight an update put on the figures it wrote
 * is taken off those controls, found by tag, and nothing else: one sync finds
 * them all, one sync clears them all, whatever their number.
 */
import type { WordRun } from "./insert-report";

/** Office.js removes a highlight when it is set to null; its typings say string. */
const NO_HIGHLIGHT = null as unknown as string;

/** Clears the highlight of every control tagged with one of `tags`; returns how many controls that was. */
export function acceptWordFigures(run: WordRun, tags: Iterable<string>): Promise<number> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return Promise.resolve(0);
  return run(async (context) => {
    const found = unique.map((tag) => context.document.contentControls.getByTag(tag).load("items"));
    await context.sync();
    let cleared = 0;
    for (const controls of found) {
      for (const control of controls.items) {
        control.font.highlightColor = NO_HIGHLIGHT;
        cleared++;
      }
    }
    if (cleared > 0) await context.sync();
    return cleared;
  });
}
