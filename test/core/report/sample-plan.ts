/** The reference sample's report, planned as `generate --force` plans it in Vietnamese: read afresh on each call, so no test sees another's edits. */
import { loadWorkbook } from "../../../src/cli/load-inputs";
import { SAMPLE_WORKBOOK } from "../../../src/cli/generate-command";
import { planReport, type ReadyReport } from "../../../src/core/report";
import { Lang } from "../../../src/core/i18n";

export async function samplePlan(): Promise<ReadyReport> {
  const loaded = await loadWorkbook(SAMPLE_WORKBOOK);
  if (!loaded.ok) throw new Error("sample unreadable");
  const plan = planReport(loaded.analysis, { lang: Lang.Vi, force: true });
  if (!plan.ok) throw new Error("sample blocked");
  return plan;
}
