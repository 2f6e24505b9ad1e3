/**
 * What the tabs show of one reading, worked out once when it arrives (and
 * the preview again when the report's language changes), so components
 * only display results and never run the pipeline.
 */
import type { Analysis } from "../../core/analyse";
import type { Lang } from "../../core/i18n";
import { CHECK_REPORT, planReport, type ReportPlan } from "../../core/report";
import { totalsOf, type CheckTotals } from "./check-totals";

export interface AnalysisResults {
  /** Kiểm tra's list and counts. */
  readonly checked: CheckTotals;
  /** Xem trước: the report a forced write would make, rows in error left out, in the report's language. */
  readonly preview: ReportPlan;
}

/** `checked`: the analysis's `CHECK_REPORT` plan, when the reading made it already. */
export function analysisResults(analysis: Analysis, reportLang: Lang, checked: ReportPlan = planReport(analysis, CHECK_REPORT)): AnalysisResults {
  // The check lists the Vietnamese report's issues: when the preview is that report, it is the same plan.
  const preview = reportLang === CHECK_REPORT.lang ? checked : previewPlan(analysis, reportLang);
  return { checked: totalsOf(checked.issues), preview };
}

export function previewPlan(analysis: Analysis, reportLang: Lang): ReportPlan {
  return planReport(analysis, { lang: reportLang, force: true });
}
