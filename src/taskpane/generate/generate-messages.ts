/** What the Tạo báo cáo tab says after a run, as data: an intent and its lines. */
import { ReportBlock } from "../../core/analyse";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/issues";
import { failureText } from "../failure-text";
import { SaveOutcome } from "../taskpane-host";
import { uiText } from "../ui-text";
import type { GenerateResult } from "./generate-report";

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
    case "written": {
      const head =
        result.outcome === SaveOutcome.Cancelled ? t.saveCancelled : result.outcome === SaveOutcome.Downloaded ? t.reportDownloaded(result.fileName) : t.reportSaved(result.fileName);
      const lines = [head];
      if (result.leftOut > 0) lines.push(t.rowsLeftOut(n(result.leftOut)));
      if (result.warnings > 0) lines.push(t.warningsAllowed(n(result.warnings)));
      const intent = result.outcome === SaveOutcome.Cancelled ? "info" : result.leftOut > 0 || result.warnings > 0 ? "warning" : "success";
      return { intent, lines };
    }
  }
}
