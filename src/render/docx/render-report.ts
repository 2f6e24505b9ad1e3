import type { ReadyReport } from "../../core/report";
import { renderDocx } from "./render-docx";

/** A planned report's .docx bytes, stamped with the plan's clock. */
export function renderReport(plan: Pick<ReadyReport, "document" | "clock">): Promise<Uint8Array> {
  return renderDocx(plan.document, { clock: plan.clock });
}
