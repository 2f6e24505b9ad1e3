import { readFileSync } from "node:fs";
import { appReducer, initialState } from "../../../src/taskpane/state";
import { initialWordPaneState, readWorkbookBytes, wordPaneReducer } from "../../../src/taskpane/word";
import { analysisOf, SAMPLE, WITH_ERRORS } from "../fixtures";
const MISTAKES_BYTES = new Uint8Array(readFileSync(WITH_ERRORS));
const SAMPLE_BYTES = new Uint8Array(readFileSync(SAMPLE));
const noPause = () => Promise.resolve();

/** Kiểm tra's list in Excel, as the pane's state works it out from a reading. */
async function excelChecked(path: string) {
  return appReducer(initialState("vi", "check"), { type: "read-done", analysis: await analysisOf(path) }).results!.checked;
}

describe("the checked issues: one list for both panes", () => {
  it.each([
    ["mistakes", WITH_ERRORS, MISTAKES_BYTES],
    ["reference", SAMPLE, SAMPLE_BYTES],
  ])("the Word pane (browser reader) counts the %s sample as Excel's Check tab does, report checks included", async (_name, path, bytes) => {
    const excel = await excelChecked(path);
    const { analysis, plan } = await readWorkbookBytes(bytes, () => undefined, noPause);
    const reading = wordPaneReducer(
      { ...initialWordPaneState, workbook: { kind: "reading", fileName: "x.xlsx" } },
      { type: "file-read", analysis, checked: plan },
    );
    if (reading.workbook.kind !== "read") throw new Error("expected read");
    const word = reading.workbook.checked;
    expect(word.totals).toEqual(excel.totals);
    expect(word.issues.map((i) => `${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}`)).toEqual(excel.issues.map((i) => `${i.code} ${i.sheet ?? ""}!${i.cell ?? ""}`));
  });

  it("includes the report's own warnings, which the workbook's issues alone miss", async () => {
    const analysis = await analysisOf(SAMPLE);
    const { issues } = await excelChecked(SAMPLE);
    expect(issues.length).toBeGreaterThanOrEqual(analysis.issues.length);
    const reportOnly = issues.filter((i) => i.code.startsWith("report-"));
    expect(issues.length - analysis.issues.length).toBe(reportOnly.length);
  });
});
