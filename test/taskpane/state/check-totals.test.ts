import { readFileSync } from "node:fs";
import { checkTotals } from "../../../src/taskpane/state";
import { readWorkbookBytes } from "../../../src/taskpane/word";
import { analysisOf, SAMPLE, WITH_ERRORS } from "../fixtures";
const MISTAKES_BYTES = new Uint8Array(readFileSync(WITH_ERRORS));
const SAMPLE_BYTES = new Uint8Array(readFileSync(SAMPLE));
const noPause = () => Promise.resolve();

describe("checkTotals: one count for both panes", () => {
  it.each([
    ["mistakes", WITH_ERRORS, MISTAKES_BYTES],
    ["reference", SAMPLE, SAMPLE_BYTES],
  ])("the Word pane (browser reader) counts the %s sample as Excel's Check tab does, report checks included", async (_name, path, bytes) => {
    const excel = checkTotals(await analysisOf(path));
    const word = checkTotals(await readWorkbookBytes(bytes, () => undefined, noPause));
    expect(word.totals).toEqual(excel.totals);
    expect(word.issues.map((i) => `${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}`)).toEqual(excel.issues.map((i) => `${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}`));
  });

  it("includes the report's own warnings, which the workbook's issues alone miss", async () => {
    const analysis = await analysisOf(SAMPLE);
    const { issues } = checkTotals(analysis);
    expect(issues.length).toBeGreaterThanOrEqual(analysis.issues.length);
    const reportOnly = issues.filter((i) => i.code.startsWith("report-"));
    expect(issues.length - analysis.issues.length).toBe(reportOnly.length);
  });
});
