/** The report the Word tests insert: the real .docx of the reference sample, as the pane makes it. */
import { join } from "node:path";
import { analyseWorkbook } from "../../../src/core/analyse";
import { planReport, reportClock } from "../../../src/core/report";
import { openXlsxSource } from "../../../src/hosts/node";
import { renderDocx } from "../../../src/render/docx";
import { toBase64 } from "../../../src/taskpane/save";

export const SAMPLE = join(__dirname, "..", "..", "..", "examples", "bao-cao-mau-6-thang-2021.xlsx");

let made: Promise<{ bytes: Uint8Array; base64: string }> | undefined;

export function sampleReport(): Promise<{ bytes: Uint8Array; base64: string }> {
  made ??= (async () => {
    const analysis = await analyseWorkbook(await openXlsxSource(SAMPLE));
    const prepared = planReport(analysis, { lang: "vi" });
    if (!prepared.ok) throw new Error(`the reference sample should make a report (${prepared.reason})`);
    const bytes = await renderDocx(prepared.built.document, { clock: reportClock(analysis) });
    return { bytes, base64: toBase64(bytes) };
  })();
  return made;
}
