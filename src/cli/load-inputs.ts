/**
 * The CLI's inputs, opened and checked: the workbook run through the core
 * pipeline, and a department's outline. A file problem comes back as data,
 * never a throw.
 */
import type { Lang } from "../core/i18n";
import { outlineProblemText, parseOutline, type Outline } from "../core/outline";
import { CHECK_REPORT, reportFromSource, type ReportOptions, type SourceReport } from "../core/report";
import { classifyWorkbookFile, openXlsxSource, readJsonFile, toWorkbookFileProblem, type WorkbookFileProblem } from "../hosts/node";
import { cliText } from "./cli-text";

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

export type OutlineLoad = { readonly ok: true; readonly outline?: Outline } | { readonly ok: false; readonly lines: ReadonlyArray<string> };

/** `--outline FILE.json`: a department's own headings and order, checked before use. */
export async function loadOutline(path: string | undefined, lang: Lang): Promise<OutlineLoad> {
  if (!path) return { ok: true };
  const t = cliText(lang);
  const read = await readJsonFile(path);
  if (!read.ok) return { ok: false, lines: [t.outlineUnreadable(path, read.why === "not-json" ? t.notJson : read.why)] };
  const parsed = parseOutline(read.value);
  if (parsed.ok) return { ok: true, outline: parsed.outline };
  return { ok: false, lines: [t.outlineUnusable(path), ...parsed.problems.map((p) => "  " + outlineProblemText(p, lang))] };
}
