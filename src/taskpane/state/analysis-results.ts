/**
 * What the tabs show of one reading, worked out once when it arrives (and
 * the preview again when the report's language changes), so components
 * only display results and never run the pipeline.
 */
import type { Analysis } from "../../core/analyse";
import { Lang } from "../../core/i18n";
import { planReport, type ReportPlan } from "../../core/report";
import { checkTotals, totalsOf, type CheckTotals } from "./check-totals";

export interface AnalysisResults {
  /** Kiểm tra's list and counts. */
  readonly checked: CheckTotals;
  /** Xem trước: the report a forced write would make, rows in error left out, in the report's language. */
  readonly preview: ReportPlan;
}

export function analysisResults(analysis: Analysis, reportLang: Lang): AnalysisResults {
  const preview = previewPlan(analysis, reportLang);
  // The check lists the Vietnamese report's issues: when the preview is that report, its issues are the same list.
  const checked = reportLang === Lang.Vi ? totalsOf(preview.issues) : checkTotals(analysis);
  return { checked, preview };
}

export function previewPlan(analysis: Analysis, reportLang: Lang): ReportPlan {
  return planReport(analysis, { lang: reportLang, force: true });
}
