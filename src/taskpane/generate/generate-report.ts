/**
 * Tạo báo cáo, step by step: read the workbook, check it, write the report,
 * save the file. The .docx writer is loaded only here, when a report is
 * written, so the pane opens without it.
 */
import { prepareReport, reportClock, type Analysis, type ReportBlock } from "../../core/analyse";
import { Severity, type Issue, type Lang } from "../../core/issues";
import type { ReadingProgress, SaveOutcome, TaskpaneHost } from "../taskpane-host";
import { reportFileName } from "./report-file-name";

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
  | { readonly kind: "failed"; readonly step: GenerateStep; readonly error: unknown };

export interface GenerateCallbacks {
  readonly onStep: (step: GenerateStep) => void;
  readonly onProgress: (p: ReadingProgress) => void;
  /** The fresh analysis, for the other tabs. */
  readonly onAnalysis: (analysis: Analysis) => void;
}

export interface GenerateOptions {
  readonly lang: Lang;
  /** Write despite errors, leaving their rows out. */
  readonly force: boolean;
}

export async function generateReport(host: TaskpaneHost, options: GenerateOptions, on: GenerateCallbacks): Promise<GenerateResult> {
  let step: GenerateStep = GenerateStep.Read;
  try {
    on.onStep(step);
    const analysis = await host.readWorkbook(on.onProgress);
    on.onAnalysis(analysis);

    on.onStep((step = GenerateStep.Check));
    const prepared = prepareReport(analysis, { lang: options.lang, force: options.force });
    if (!prepared.ok) return { kind: "blocked", reason: prepared.reason, errors: prepared.issues.filter((i) => i.severity === Severity.Error) };

    on.onStep((step = GenerateStep.Build));
    const { renderDocx } = await import(/* webpackChunkName: "docx-writer" */ "../../render/docx");
    const bytes = await renderDocx(prepared.built.document, { clock: reportClock(analysis) });

    on.onStep((step = GenerateStep.Save));
    const fileName = reportFileName(analysis.period?.name);
    const outcome = await host.saveReport(bytes, fileName, options.lang);
    const count = (s: Severity) => prepared.issues.filter((i) => i.severity === s).length;
    return { kind: "written", fileName, bytes, outcome, warnings: count(Severity.Warning), leftOut: count(Severity.Error) };
  } catch (error) {
    return { kind: "failed", step, error };
  }
}

export type StepState = "waiting" | "running" | "done" | "blocked" | "failed";

/** Each step's state, given the step running (or stopped at) and how the run stands. */
export function stepStates(current: GenerateStep | undefined, status: "running" | "blocked" | "written" | "failed" | "idle"): Record<GenerateStep, StepState> {
  const at = current === undefined ? -1 : GENERATE_STEPS.indexOf(current);
  const out = {} as Record<GenerateStep, StepState>;
  GENERATE_STEPS.forEach((s, i) => {
    if (status === "idle" || i > at) out[s] = "waiting";
    else if (i < at || status === "written") out[s] = "done";
    else out[s] = status;
  });
  return out;
}
