import type { ReadyReport } from "../../core/report";
import type { Provenance } from "../../core/living";
import { renderDocx } from "./render-docx";

/** A planned report's .docx bytes, stamped with the plan's clock; `workbook` names its source in the custom XML part. */
export function renderReport(
  plan: Pick<ReadyReport, "document" | "clock"> & Partial<Pick<ReadyReport, "period">>,
  workbook?: Provenance["workbook"],
): Promise<Uint8Array> {
  return renderDocx(plan.document, { clock: plan.clock, source: { period: plan.period ?? "", workbook } });
}
