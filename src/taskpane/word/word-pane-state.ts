/** The Word pane's state and how each event changes it: a pure reducer, so the components only dispatch. */
import type { Analysis } from "../../core/analyse";
import { InsertPlace } from "../../hosts/word";
import type { ReadingProgress } from "../host";
import type { ReportPlan } from "../../core/report";
import { totalsOf, type CheckTotals } from "../state";
import type { WordMessage } from "./word-messages";
import type { WordInsertResult } from "./word-report";
import { initialLivingState, isLivingBusy, livingReducer, type LivingAction, type LivingState } from "./living-state";

export type WorkbookState =
  | { readonly kind: "none" }
  /** `location`: the workbook's OneDrive address, when it came from there (kept in the report's record). */
  | { readonly kind: "reading"; readonly fileName: string; readonly location?: string; readonly progress?: ReadingProgress }
  /** `checked`: the issues and counts of `analysis`, worked out once when it arrives. */
  | { readonly kind: "read"; readonly fileName: string; readonly location?: string; readonly analysis: Analysis; readonly checked: CheckTotals }
  | { readonly kind: "failed"; readonly fileName: string; readonly message: string };

export type InsertState =
  | { readonly kind: "idle" }
  /** "Thay toàn bộ nội dung" waits for the user to confirm. */
  | { readonly kind: "confirming"; readonly force: boolean }
  | { readonly kind: "running"; readonly force: boolean }
  | { readonly kind: "done"; readonly result: WordInsertResult };

export interface WordPaneState {
  readonly workbook: WorkbookState;
  /** The safest place by default: after what the document holds. */
  readonly place: InsertPlace;
  readonly insert: InsertState;
  /** The outcome of the last download. */
  readonly notice?: WordMessage;
  /** "Cập nhật số liệu" and its change list. */
  readonly living: LivingState;
}

export type WordPaneAction =
  | { readonly type: "file-start"; readonly fileName: string; readonly location?: string }
  | { readonly type: "file-progress"; readonly progress: ReadingProgress }
  /** `checked`: the reading's `CHECK_REPORT` plan. */
  | { readonly type: "file-read"; readonly analysis: Analysis; readonly checked: ReportPlan }
  | { readonly type: "file-failed"; readonly message: string }
  | { readonly type: "place"; readonly place: InsertPlace }
  | { readonly type: "confirm"; readonly force: boolean }
  | { readonly type: "cancel" }
  | { readonly type: "insert-start"; readonly force: boolean }
  | { readonly type: "insert-done"; readonly result: WordInsertResult }
  | { readonly type: "notice"; readonly notice: WordMessage | undefined }
  | { readonly type: "living"; readonly action: LivingAction };

export const initialWordPaneState: WordPaneState = { workbook: { kind: "none" }, place: InsertPlace.End, insert: { kind: "idle" }, living: initialLivingState };

export function wordPaneReducer(state: WordPaneState, action: WordPaneAction): WordPaneState {
  switch (action.type) {
    case "file-start":
      return {
        ...state,
        workbook: { kind: "reading", fileName: action.fileName, ...(action.location === undefined ? {} : { location: action.location }) },
        insert: { kind: "idle" },
        notice: undefined,
      };
    case "file-progress":
      return state.workbook.kind === "reading" ? { ...state, workbook: { ...state.workbook, progress: action.progress } } : state;
    case "file-read":
      return state.workbook.kind === "reading"
        ? { ...state, workbook: { ...state.workbook, kind: "read", analysis: action.analysis, checked: totalsOf(action.checked.issues) } }
        : state;
    case "file-failed":
      return state.workbook.kind === "reading" ? { ...state, workbook: { kind: "failed", fileName: state.workbook.fileName, message: action.message } } : state;
    case "place":
      return { ...state, place: action.place, insert: state.insert.kind === "confirming" ? { kind: "idle" } : state.insert };
    case "confirm":
      return { ...state, insert: { kind: "confirming", force: action.force }, notice: undefined };
    case "cancel":
      return state.insert.kind === "confirming" ? { ...state, insert: { kind: "idle" } } : state;
    case "insert-start":
      return { ...state, insert: { kind: "running", force: action.force }, notice: undefined };
    case "insert-done":
      return { ...state, insert: { kind: "done", result: action.result } };
    case "notice":
      return { ...state, notice: action.notice };
    case "living":
      return { ...state, living: livingReducer(state.living, action.action), notice: action.action.type === "finding" ? undefined : state.notice };
  }
}

/** True while a file is read or a report inserted: the buttons wait. */
export function isWordPaneBusy(state: WordPaneState): boolean {
  return state.workbook.kind === "reading" || state.insert.kind === "running" || isLivingBusy(state.living);
}
