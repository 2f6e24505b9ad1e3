/**
 * What the live region says for a state of the pane: the sheet being read
 * (once per sheet, not per block), the check's counts when it ends, the
 * report's outcome, or the last notice. Pure, so it is tested without a DOM.
 */
import { formatNumber } from "../core/format";
import type { AppState } from "./state";
import { generateMessage } from "./generate";
import { uiText } from "./text";

export function announcement(state: AppState): string {
  const t = uiText(state.lang);
  const n = (v: number) => formatNumber(v, 0, state.lang);
  if (state.read.kind === "reading") {
    const p = state.read.progress;
    return p ? t.announceReading(p.sheet, n(p.sheetIndex + 1), n(p.sheetCount)) : t.reading;
  }
  if (state.notice) return state.notice.text;
  if (state.generate.kind === "finished" && state.lastDone === "generate") return generateMessage(state.generate.result, state.lang).lines[0] ?? "";
  if (state.read.kind === "done" && state.generate.kind !== "running" && state.results) {
    const c = state.results.checked.totals;
    return t.announceChecked(n(c.error), n(c.warning), n(c.info));
  }
  if (state.read.kind === "failed") return state.read.message;
  return "";
}
