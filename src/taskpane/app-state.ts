/** The pane's state and how each event changes it: a pure reducer, so the components only dispatch. */
import type { Analysis } from "../core/analyse";
import type { Lang } from "../core/issues";
import type { SeverityFilter } from "./check/issue-groups";
import type { GenerateResult, GenerateStep } from "./generate/generate-report";
import type { ReadingProgress } from "./taskpane-host";

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
  readonly lang: Lang;
  readonly tab: TabId;
  readonly read: ReadState;
  /** The last analysis read, kept while a new one is being read. */
  readonly analysis?: Analysis;
  readonly generate: GenerateState;
  readonly filter: SeverityFilter;
  /** A message about the last cell selection or template, shown until the next action. */
  readonly notice?: Notice;
}

export type AppAction =
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "tab"; readonly tab: TabId }
  | { readonly type: "filter"; readonly filter: SeverityFilter }
  | { readonly type: "read-start" }
  | { readonly type: "read-progress"; readonly progress: ReadingProgress }
  | { readonly type: "read-done"; readonly analysis: Analysis }
  | { readonly type: "read-failed"; readonly message: string }
  | { readonly type: "generate-start"; readonly force: boolean }
  | { readonly type: "generate-step"; readonly step: GenerateStep }
  | { readonly type: "generate-done"; readonly result: GenerateResult }
  | { readonly type: "notice"; readonly notice: Notice | undefined };

export function initialState(lang: Lang, tab: TabId): AppState {
  return { lang, tab, read: { kind: "idle" }, generate: { kind: "idle" }, filter: "all" };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "tab":
      return { ...state, tab: action.tab };
    case "filter":
      return { ...state, filter: action.filter };
    case "read-start":
      return { ...state, read: { kind: "reading" }, notice: undefined };
    case "read-progress":
      return state.read.kind === "reading" ? { ...state, read: { kind: "reading", progress: action.progress } } : state;
    case "read-done":
      return { ...state, read: { kind: "done", analysis: action.analysis }, analysis: action.analysis };
    case "read-failed":
      return { ...state, read: { kind: "failed", message: action.message } };
    case "generate-start":
      return { ...state, generate: { kind: "running", step: "read", force: action.force }, notice: undefined };
    case "generate-step":
      return state.generate.kind === "running" ? { ...state, generate: { ...state.generate, step: action.step } } : state;
    case "generate-done": {
      const step = state.generate.kind !== "idle" ? state.generate.step : action.result.kind === "failed" ? action.result.step : "check";
      const read: ReadState = state.read.kind === "reading" && action.result.kind === "failed" ? { kind: "idle" } : state.read;
      return { ...state, read, generate: { kind: "finished", step, result: action.result } };
    }
    case "notice":
      return { ...state, notice: action.notice };
  }
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
