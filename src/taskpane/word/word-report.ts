/**
 * Chèn báo cáo, outside React: from an analysis, decide whether a report can
 * be written, write it (the .docx writer is loaded only now) and put it into
 * Word. The result keeps the bytes so the user can always download them instead.
 */
import { prepareReport, reportClock, type Analysis, type ReportBlock } from "../../core/analyse";
import { Severity, type Issue, type Lang } from "../../core/issues";
import type { InsertPlace, WordProblem } from "../../hosts/word";
import { reportFileName } from "../generate/report-file-name";
import type { WordPaneHost } from "./word-pane-host";

export type WordInsertResult =
  | { readonly kind: "blocked"; readonly reason: ReportBlock; readonly errors: ReadonlyArray<Issue> }
  | {
      readonly kind: "inserted";
      readonly where: InsertPlace;
      /** False when only the body went in: headers and page setup may be missing. */
      readonly keptLayout: boolean;
      readonly warnings: number;
      /** Errors whose rows were left out (a forced report). */
      readonly leftOut: number;
      readonly bytes: Uint8Array;
      readonly fileName: string;
    }
  | { readonly kind: "not-inserted"; readonly problem: WordProblem; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: "failed"; readonly error: unknown };

export interface WordInsertOptions {
  readonly lang: Lang;
  readonly where: InsertPlace;
  /** Write despite errors, leaving their rows out. */
  readonly force: boolean;
}

export async function insertWordReport(host: WordPaneHost, analysis: Analysis, options: WordInsertOptions): Promise<WordInsertResult> {
  try {
    const prepared = prepareReport(analysis, { lang: options.lang, force: options.force });
    if (!prepared.ok) return { kind: "blocked", reason: prepared.reason, errors: prepared.issues.filter((i) => i.severity === Severity.Error) };
    const { renderDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
    const bytes = await renderDocx(prepared.built.document, { clock: reportClock(analysis) });
    const fileName = reportFileName(analysis.period?.name);
    const outcome = await host.insertReport(bytes, options.where);
    if (!outcome.ok) return { kind: "not-inserted", problem: outcome.problem, bytes, fileName };
    const count = (s: Severity) => prepared.issues.filter((i) => i.severity === s).length;
    return { kind: "inserted", where: options.where, keptLayout: outcome.keptLayout, warnings: count(Severity.Warning), leftOut: count(Severity.Error), bytes, fileName };
  } catch (error) {
    return { kind: "failed", error };
  }
}
