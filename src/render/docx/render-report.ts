import type { ReadyReport } from "../../core/report";
import { summaryRecord, type Provenance } from "../../core/living";
import { renderDocx } from "./render-docx";

/** A planned report's .docx bytes, stamped with the plan's clock; `workbook` names its source in the custom XML part, beside the summary. */
export function renderReport(
  plan: Pick<ReadyReport, "document" | "clock"> & Partial<Pick<ReadyReport, "period" | "summary">>,
  workbook?: Provenance["workbook"],
): Promise<Uint8Array> {
  const summary = plan.summary === undefined ? undefined : summaryRecord(plan.summary);
  return renderDocx(plan.document, { clock: plan.clock, source: { period: plan.period ?? "", workbook, summary } });
}
