/** Opens a workbook file and runs the core pipeline; a file problem comes back as data, never a throw. */
import { analyseWorkbook, type Analysis } from "../core/analyse";
import { classifyWorkbookFile, openXlsxSource, toWorkbookFileProblem, type WorkbookFileProblem } from "../hosts/node";

export type LoadResult = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly problem: WorkbookFileProblem };

export async function loadWorkbook(path: string): Promise<LoadResult> {
  const problem = await classifyWorkbookFile(path);
  if (problem) return { ok: false, problem };
  try {
    const source = await openXlsxSource(path);
    return { ok: true, analysis: await analyseWorkbook(source) };
  } catch (error) {
    return { ok: false, problem: toWorkbookFileProblem(path, error) };
  }
}
