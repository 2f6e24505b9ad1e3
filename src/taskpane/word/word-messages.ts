/** What the Word pane says after reading a file or inserting a report, as data: an intent and its lines. */
import { ReportBlock } from "../../core/report";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import { XlsxBytesError } from "../../hosts/browser";
import { outcomeLine } from "../generate";
import { SaveOutcome } from "../host";
import type { WordInsertResult } from "./word-report";
import { wordText } from "./word-text";
import type { PaneMessage } from "../widgets";

export type WordMessage = PaneMessage;

export function insertMessage(result: WordInsertResult, lang: Lang): WordMessage {
  const t = wordText(lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  switch (result.kind) {
    case "failed":
      return { intent: "error", lines: [t.buildFailed] };
    case "blocked":
      return { intent: "error", lines: [result.reason === ReportBlock.NoPeriod ? t.noPeriod : t.blockedByErrors(n(result.errors.length))] };
    case "not-inserted":
      return { intent: "error", lines: [t.wordProblem(result.problem)] };
    case "inserted": {
      const lines = [t.inserted[result.where]];
      if (!result.keptLayout) lines.push(t.bodyOnly);
      if (!result.recorded) lines.push(t.notRecorded);
      if (result.leftOut > 0) lines.push(t.rowsLeftOut(n(result.leftOut)));
      if (result.warnings > 0) lines.push(t.warningsAllowed(n(result.warnings)));
      const intent = !result.keptLayout || !result.recorded || result.leftOut > 0 || result.warnings > 0 ? "warning" : "success";
      return { intent, lines };
    }
  }
}

/** Why the picked file could not be read, in words the clerk can act on. */
export function readFailureText(error: unknown, lang: Lang): string {
  const t = wordText(lang);
  return error instanceof XlsxBytesError ? t.fileProblems[error.problem] : t.readFailed;
}

/** What became of the file: the same words as in Excel, never "saved" without a confirmation. */
export function saveMessage(outcome: SaveOutcome, fileName: string, lang: Lang): WordMessage {
  const t = wordText(lang);
  if (outcome === SaveOutcome.Downloaded) return { intent: "success", lines: [t.downloaded(fileName)] };
  if (outcome === SaveOutcome.DialogDownload) return { intent: "success", lines: [t.saved(fileName)] };
  if (outcome === SaveOutcome.Cancelled) return { intent: "info", lines: [t.saveCancelled] };
  return { intent: outcome === SaveOutcome.OpenedInBrowser ? "info" : "warning", lines: [outcomeLine(outcome, fileName, lang)] };
}
