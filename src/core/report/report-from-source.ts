/**
 * The whole pipeline in one call: a workbook source from any host (a file,
 * Excel, a picked file in Word) → its analysis → the report plan. The CLI,
 * the Excel pane and the Word pane all start here; `planReport` alone only
 * re-plans an analysis already made (another language, another choice).
 */
import { analyseWorkbook, type Analysis } from "../analyse";
import type { WorkbookSource } from "../grid";
import { planReport, type ReportOptions, type ReportPlan } from "./plan-report";

export interface SourceReport {
  readonly analysis: Analysis;
  readonly plan: ReportPlan;
}

/** Reads, checks and sums up the workbook, then decides whether and how its report can be written. */
export async function reportFromSource(source: WorkbookSource, options: ReportOptions): Promise<SourceReport> {
  const analysis = await analyseWorkbook(source);
  return { analysis, plan: planReport(analysis, options) };
}
