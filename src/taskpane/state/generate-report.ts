/**
 * Tạo báo cáo, step by step: read the workbook, check it, write the report,
 * save the file. The .docx writer is loaded only here, when a report is
 * written, so the pane opens without it.
 */
import type { Analysis } from "../../core/analyse";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import type { ReportBlock } from "../../core/report";
import { SaveOutcome, type ReadingProgress, type TaskpaneHost } from "../host";

export const GenerateStep = { Read: "read", Check: "check", Build: "build", Save: "save" } as const;
export type GenerateStep = (typeof GenerateStep)[keyof typeof GenerateStep];
export const GENERATE_STEPS: ReadonlyArray<GenerateStep> = [GenerateStep.Read, GenerateStep.Check, GenerateStep.Build, GenerateStep.Save];

export type GenerateResult =
  | { readonly kind: "blocked"; readonly reason: ReportBlock; readonly errors: ReadonlyArray<Issue> }
  | {
      readonly kind: "written";
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly outcome: SaveOutcome;
      readonly warnings: number;
      /** Errors whose rows were left out (a forced report). */
      readonly leftOut: number;
    }
  | { readonly kind: "failed"; readonly step: GenerateStep; readonly error: unknown }
  /** The user stopped the reading. */
  | { readonly kind: "cancelled"; readonly step: GenerateStep };

export interface GenerateCallbacks {
  readonly onStep: (step: GenerateStep) => void;
  readonly onProgress: (p: ReadingProgress) => void;
  /** The fresh analysis, for the other tabs. */
  readonly onAnalysis: (analysis: Analysis) => void;
}

export interface GenerateOptions {
  /** The pane's language: of any page shown on the way (the dialog). */
  readonly lang: Lang;
  /** The report's own language, the clerk's choice (Vietnamese unless chosen). */
  readonly reportLang: Lang;
  /** Stops the reading (the Cancel button). */
  readonly signal?: AbortSignal;
  /** Write despite errors, leaving their rows out. */
  readonly force: boolean;
}

export async function generateReport(host: TaskpaneHost, options: GenerateOptions, on: GenerateCallbacks): Promise<GenerateResult> {
  let step: GenerateStep = GenerateStep.Read;
  try {
    on.onStep(step);
    const { analysis, plan } = await host.readWorkbook({ lang: options.reportLang, force: options.force }, on.onProgress, options.signal);
    on.onAnalysis(analysis);

    on.onStep((step = GenerateStep.Check));
    if (!plan.ok) return { kind: "blocked", reason: plan.reason, errors: plan.errors };

    on.onStep((step = GenerateStep.Build));
    const { renderReport } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
    // The record names the workbook and where it lives, so Word's "Cập nhật số liệu" can find it again.
    const bytes = await renderReport(plan, host.workbook?.());

    on.onStep((step = GenerateStep.Save));
    const { fileName } = plan;
    // Where the host cannot download (Excel for Mac), nothing is tried until the clerk chooses a way.
    const method = host.delivery.automatic;
    const outcome = method ? await host.saveReport(bytes, fileName, options.lang, method) : SaveOutcome.NotDelivered;
    return { kind: "written", fileName, bytes, outcome, warnings: plan.warnings, leftOut: plan.leftOut };
  } catch (error) {
    if (options.signal?.aborted) return { kind: "cancelled", step };
    return { kind: "failed", step, error };
  }
}

export type StepState = "waiting" | "running" | "done" | "blocked" | "failed" | "choice";

/** Each step's state, given the step running (or stopped at) and how the run stands. */
export function stepStates(
  current: GenerateStep | undefined,
  status: "running" | "blocked" | "written" | "failed" | "cancelled" | "idle",
): Record<GenerateStep, StepState> {
  const at = current === undefined ? -1 : GENERATE_STEPS.indexOf(current);
  const out = {} as Record<GenerateStep, StepState>;
  GENERATE_STEPS.forEach((s, i) => {
    if (status === "idle" || i > at) out[s] = "waiting";
    else if (i < at || status === "written") out[s] = "done";
    else out[s] = status === "cancelled" ? "failed" : status;
  });
  return out;
}
