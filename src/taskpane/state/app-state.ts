/** The pane's state and how each event changes it: a pure reducer, so the components only dispatch. */
import type { Analysis } from "../../core/analyse";
import { Lang } from "../../core/i18n";
import type { ReportPlan } from "../../core/report";
import { analysisResults, previewPlan, type AnalysisResults } from "./analysis-results";
import type { SeverityFilter } from "./check-totals";
import type { GenerateResult, GenerateStep } from "./generate-report";
import type { ReadingProgress } from "../host";

export const TabId = { Check: "check", Summary: "summary", Preview: "preview", Generate: "generate" } as const;
export type TabId = (typeof TabId)[keyof typeof TabId];
export const TAB_IDS: ReadonlyArray<TabId> = [TabId.Check, TabId.Summary, TabId.Preview, TabId.Generate];

export type ReadState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly progress?: ReadingProgress }
  | { readonly kind: "done"; readonly analysis: Analysis }
  | { readonly kind: "failed"; readonly message: string };

export type GenerateState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly step: GenerateStep; readonly force: boolean }
  | { readonly kind: "finished"; readonly step: GenerateStep; readonly result: GenerateResult };

export interface Notice {
  readonly intent: "success" | "error" | "info";
  readonly text: string;
}

export interface AppState {
  /** The pane's language (Office's display language, or the header's switch). */
  readonly lang: Lang;
  /** The report's language: the clerk's choice, Vietnamese unless chosen, whatever the pane speaks. */
  readonly reportLang: Lang;
  readonly tab: TabId;
  readonly read: ReadState;
  /** The last analysis read, kept while a new one is being read. */
  readonly analysis?: Analysis;
  /** What the tabs show of `analysis`, worked out once. */
  readonly results?: AnalysisResults;
  readonly generate: GenerateState;
  readonly filter: SeverityFilter;
  /** Which finished last, the check or the report: what the live region speaks of. */
  readonly lastDone?: "read" | "generate";
  /** A message about the last cell selection or template, shown until the next action. */
  readonly notice?: Notice;
}

export type AppAction =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "report-lang"; readonly lang: Lang }
  | { readonly type: "read-cancelled" }
  | { readonly type: "tab"; readonly tab: TabId }
  | { readonly type: "filter"; readonly filter: SeverityFilter }
  | { readonly type: "read-start" }
  | { readonly type: "read-progress"; readonly progress: ReadingProgress }
  /** `checked`: the plan a check lists issues from (`CHECK_REPORT`), when the reading made it. */
  | { readonly type: "read-done"; readonly analysis: Analysis; readonly checked?: ReportPlan }
  | { readonly type: "read-failed"; readonly message: string }
  | { readonly type: "generate-start"; readonly force: boolean }
  | { readonly type: "generate-step"; readonly step: GenerateStep }
  | { readonly type: "generate-done"; readonly result: GenerateResult }
  | { readonly type: "notice"; readonly notice: Notice | undefined };

export function initialState(lang: Lang, tab: TabId, reportLang: Lang = Lang.Vi): AppState {
  return { lang, reportLang, tab, read: { kind: "idle" }, generate: { kind: "idle" }, filter: "all" };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "report-lang": {
      if (action.lang === state.reportLang) return state;
      const results = state.analysis && state.results ? { ...state.results, preview: previewPlan(state.analysis, action.lang) } : state.results;
      return { ...state, reportLang: action.lang, results };
    }
    case "read-cancelled":
      return { ...state, read: { kind: "idle" } };
    case "tab":
      return { ...state, tab: action.tab };
    case "filter":
      return { ...state, filter: action.filter };
    case "read-start":
      return { ...state, read: { kind: "reading" }, notice: undefined };
    case "read-progress":
      return state.read.kind === "reading" ? { ...state, read: { kind: "reading", progress: action.progress } } : state;
    case "read-done":
      // The list opens on what blocks the report: errors, when there are any.
      return {
        ...state,
        read: { kind: "done", analysis: action.analysis },
        analysis: action.analysis,
        results: analysisResults(action.analysis, state.reportLang, action.checked),
        lastDone: "read",
        filter: hasErrors(action.analysis) ? "error" : "all",
      };
    case "read-failed":
      return { ...state, read: { kind: "failed", message: action.message } };
    case "generate-start":
      return { ...state, generate: { kind: "running", step: "read", force: action.force }, notice: undefined };
    case "generate-step":
      return state.generate.kind === "running" ? { ...state, generate: { ...state.generate, step: action.step } } : state;
    case "generate-done": {
      const step =
        state.generate.kind !== "idle"
          ? state.generate.step
          : action.result.kind === "failed" || action.result.kind === "cancelled"
            ? action.result.step
            : "check";
      const stopped = action.result.kind === "failed" || action.result.kind === "cancelled";
      const read: ReadState = state.read.kind === "reading" && stopped ? { kind: "idle" } : state.read;
      return { ...state, read, lastDone: "generate", generate: { kind: "finished", step, result: action.result } };
    }
    case "notice":
      return { ...state, notice: action.notice };
  }
}

function hasErrors(analysis: Analysis): boolean {
  return analysis.issues.some((i) => i.severity === "error");
}

/** True while the workbook is being read or a report written: the action buttons wait. */
export function isBusy(state: AppState): boolean {
  return state.read.kind === "reading" || state.generate.kind === "running";
}

/** What the tabs that show the last reading (Tổng hợp, Xem trước) receive. */
export interface AnalysisTabProps {
  readonly lang: Lang;
  readonly read: ReadState;
  readonly analysis: Analysis | undefined;
  readonly busy: boolean;
  readonly canRead: boolean;
  readonly onRead: () => void;
  readonly onSelect: (sheet: string, address: string) => void;
}
