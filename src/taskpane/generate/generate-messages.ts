/** What the Tạo báo cáo tab says after a run, as data: an intent and its lines. */
import { ReportBlock } from "../../core/report";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import { failureText } from "../text";
import { SaveOutcome } from "../host";
import { uiText } from "../text";
import type { GenerateResult } from "../state";

export interface GenerateMessage {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly lines: ReadonlyArray<string>;
}

export function generateMessage(result: GenerateResult, lang: Lang): GenerateMessage {
  const t = uiText(lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  switch (result.kind) {
    case "failed":
      return { intent: "error", lines: [failureText("write", result.error, lang)] };
    case "blocked":
      return result.reason === ReportBlock.NoPeriod
        ? { intent: "error", lines: [t.failures.write, t.noPeriod] }
        : { intent: "error", lines: [t.blockedByErrors(n(result.errors.length))] };
    case "cancelled":
      return { intent: "info", lines: [t.generateCancelled] };
    case "written": {
      const lines = [outcomeLine(result.outcome, result.fileName, lang)];
      if (result.leftOut > 0) lines.push(t.rowsLeftOut(n(result.leftOut)));
      if (result.warnings > 0) lines.push(t.warningsAllowed(n(result.warnings)));
      // Success only when the file left the pane by a way that works here; the rest asks the clerk to act.
      const handed = handedOver(result.outcome);
      if (handed) lines.push(t.reportCanBeUpdated);
      const intent = !handed
        ? result.outcome === SaveOutcome.OpenedInBrowser
          ? "info"
          : "warning"
        : result.leftOut > 0 || result.warnings > 0
          ? "warning"
          : "success";
      return { intent, lines };
    }
  }
}

/** What became of the file, in the clerk's words; never "saved" unless something confirmed it. */
export function outcomeLine(outcome: SaveOutcome, fileName: string, lang: Lang): string {
  const t = uiText(lang);
  switch (outcome) {
    case SaveOutcome.Downloaded:
      return t.reportDownloaded(fileName);
    case SaveOutcome.DialogDownload:
      return t.dialogDownload(fileName);
    case SaveOutcome.OpenedInBrowser:
      return t.openedInBrowser(fileName);
    case SaveOutcome.TooLargeForBrowser:
      return t.tooLargeForBrowser;
    case SaveOutcome.Cancelled:
      return t.saveCancelled;
    case SaveOutcome.NotDelivered:
      return t.notDelivered(fileName);
  }
}

/** True when the file left the pane by a way that works on this host (a download); anything else leaves the clerk a choice. */
export function handedOver(outcome: SaveOutcome): boolean {
  return outcome === SaveOutcome.Downloaded || outcome === SaveOutcome.DialogDownload;
}
