/** The reference sample's report, built in-process the way every host builds it. */
import { join } from "node:path";
import { analyseWorkbook } from "../../src/core/analyse";
import { planReport } from "../../src/core/report";
import { openXlsxSource } from "../../src/hosts/node";
import type { ReportDocument } from "../../src/core/document";

export const EXAMPLES_DIR = join(__dirname, "..", "..", "examples");
export const REFERENCE_SAMPLE = join(EXAMPLES_DIR, "bao-cao-mau-6-thang-2021.xlsx");
export const MISTAKES_SAMPLE = join(EXAMPLES_DIR, "bao-cao-co-loi.xlsx");
export const MISSING_COLUMN_SAMPLE = join(EXAMPLES_DIR, "bao-cao-thieu-cot.xlsx");

/** The Vietnamese report document of a workbook with no errors; throws when it cannot be written. */
export async function reportDocumentOf(path: string): Promise<ReportDocument> {
  const analysis = await analyseWorkbook(await openXlsxSource(path));
  const prepared = planReport(analysis, { lang: "vi" });
  if (!prepared.ok) throw new Error(`${path}: no report (${prepared.reason})`);
  return prepared.built.document;
}
