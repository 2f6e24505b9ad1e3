/** Opens a workbook file and runs the core pipeline on it; a file problem comes back as data, never a throw. */
import { CHECK_REPORT, reportFromSource, type ReportOptions, type SourceReport } from "../core/report";
import { classifyWorkbookFile, openXlsxSource, toWorkbookFileProblem, type WorkbookFileProblem } from "../hosts/node";

export type LoadResult = ({ readonly ok: true } & SourceReport) | { readonly ok: false; readonly problem: WorkbookFileProblem };

/** The plan is the one a check lists issues from unless `options` say which report to write. */
export async function loadWorkbook(path: string, options: ReportOptions = CHECK_REPORT): Promise<LoadResult> {
  const problem = await classifyWorkbookFile(path);
  if (problem) return { ok: false, problem };
  try {
    const source = await openXlsxSource(path);
    return { ok: true, ...(await reportFromSource(source, options)) };
  } catch (error) {
    return { ok: false, problem: toWorkbookFileProblem(path, error) };
  }
}
