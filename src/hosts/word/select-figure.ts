/// <reference types="office-js" />
/**
 * A line of the change list takes the clerk to its figure: the first control
 * with the figure's tag is selected (Word scrolls to it), in one `Word.run`
 * and one sync. A control the clerk has deleted is reported, not an error.
 */
import type { WordRun } from "./insert-report";

export type SelectOutcome = "selected" | "gone" | "failed";

/** Office's code when `getFirst()` finds no item. */
const NOT_FOUND = "ItemNotFound";

export async function selectWordFigure(run: WordRun, tag: string): Promise<SelectOutcome> {
  try {
    await run(async (context) => {
      context.document.contentControls.getByTag(tag).getFirst().select();
      await context.sync();
    });
    return "selected";
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    return code === NOT_FOUND ? "gone" : "failed";
  }
}
