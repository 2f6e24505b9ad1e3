/**
 * Chèn báo cáo, outside React: from an analysis, decide whether a report can
 * be written, write it (the .docx writer is loaded only now) and put it into
 * Word. The result keeps the bytes so the user can always download them instead.
 */
import type { Analysis } from "../../core/analyse";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import { planReport, type ReportBlock } from "../../core/report";
import type { InsertPlace, WordProblem } from "../../hosts/word";
import type { Provenance } from "../../core/living";
import type { WordPaneHost } from "./word-pane-host";

export type WordInsertResult =
  | { readonly kind: "blocked"; readonly reason: ReportBlock; readonly errors: ReadonlyArray<Issue> }
  | {
      readonly kind: "inserted";
      readonly where: InsertPlace;
      /** False when only the body went in: headers and page setup may be missing. */
      readonly keptLayout: boolean;
      /** False when this Word could not keep the report's record: "Cập nhật số liệu" will not know the report. */
      readonly recorded: boolean;
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
  /** What the report's record keeps of its workbook, so that "Cập nhật số liệu" can find it again. */
  readonly workbook?: Provenance["workbook"];
}

export async function insertWordReport(host: WordPaneHost, analysis: Analysis, options: WordInsertOptions): Promise<WordInsertResult> {
  try {
    const plan = planReport(analysis, { lang: options.lang, force: options.force });
    if (!plan.ok) return { kind: "blocked", reason: plan.reason, errors: plan.errors };
    const { recordXml, renderReport } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
    const bytes = await renderReport(plan, options.workbook);
    const { fileName } = plan;
    const outcome = await host.insertReport(bytes, options.where, recordXml(bytes));
    if (!outcome.ok) return { kind: "not-inserted", problem: outcome.problem, bytes, fileName };
    return {
      kind: "inserted",
      where: options.where,
      keptLayout: outcome.keptLayout,
      recorded: outcome.recorded,
      warnings: plan.warnings,
      leftOut: plan.leftOut,
      bytes,
      fileName,
    };
  } catch (error) {
    return { kind: "failed", error };
  }
}
