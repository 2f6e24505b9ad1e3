/**
 * "Cập nhật số liệu" in the pane's state: finding the workbook, updating,
 * then the outcome the change list shows (which controls are still
 * highlighted, how each conflict was resolved) until the clerk accepts.
 * A pure reducer: the components only dispatch.
 */
import type { FigureChange, FigureUpdate } from "../../core/living";
import type { WordMessage } from "./word-messages";

/** Where the workbook of an update came from: picked in the pane, or fetched from the OneDrive address the report keeps. */
export type WorkbookSource =
  { readonly kind: "picked"; readonly name: string } | { readonly kind: "onedrive"; readonly name: string; readonly location: string };

/** What the clerk chose for a conflict. */
export type Resolution = "kept" | "used";

export type LivingState =
  | { readonly kind: "idle" }
  | { readonly kind: "finding"; readonly name?: string }
  | { readonly kind: "updating" }
  | {
      readonly kind: "updated";
      readonly update: FigureUpdate;
      readonly source: WorkbookSource;
      /** Tags written by this update (figures and lists replaced whole, or a figure by "Dùng số mới") and still highlighted. */
      readonly highlighted: ReadonlyArray<string>;
      readonly resolved: Readonly<Record<string, Resolution>>;
      /** A tag whose write or selection is under way. */
      readonly working?: string;
      /** The outcome of the last button under the list (selection, acceptance). */
      readonly message?: WordMessage;
      /** Said by the live region: the last thing that happened. */
      readonly spoken: string;
    };

export type LivingAction =
  | { readonly type: "finding"; readonly name?: string }
  | { readonly type: "updating" }
  | { readonly type: "updated"; readonly update: FigureUpdate; readonly source: WorkbookSource; readonly spoken: string }
  | { readonly type: "stopped" }
  | { readonly type: "working"; readonly tag: string | undefined }
  | { readonly type: "resolved"; readonly change: FigureChange; readonly resolution: Resolution; readonly update?: FigureUpdate; readonly spoken: string }
  | { readonly type: "accepted"; readonly message: WordMessage }
  | { readonly type: "message"; readonly message: WordMessage };

export const initialLivingState: LivingState = { kind: "idle" };

export function livingReducer(state: LivingState, action: LivingAction): LivingState {
  switch (action.type) {
    case "finding":
      return { kind: "finding", name: action.name };
    case "updating":
      return { kind: "updating" };
    case "stopped":
      return { kind: "idle" };
    case "updated":
      return {
        kind: "updated",
        update: action.update,
        source: action.source,
        highlighted: [...action.update.texts.keys(), ...action.update.listRewrites],
        resolved: {},
        spoken: action.spoken,
      };
  }
  if (state.kind !== "updated") return state;
  switch (action.type) {
    case "working":
      return { ...state, working: action.tag, message: undefined };
    case "resolved": {
      const tag = action.change.tag;
      const highlighted = action.resolution === "used" && !state.highlighted.includes(tag) ? [...state.highlighted, tag] : state.highlighted;
      return {
        ...state,
        update: action.update ?? state.update,
        highlighted,
        resolved: { ...state.resolved, [tag]: action.resolution },
        working: undefined,
        message: undefined,
        spoken: action.spoken,
      };
    }
    case "accepted":
      return {
        ...state,
        highlighted: action.message.intent === "error" ? state.highlighted : [],
        working: undefined,
        message: action.message,
        spoken: spokenOf(action.message),
      };
    case "message":
      return { ...state, working: undefined, message: action.message, spoken: spokenOf(action.message) };
  }
}

function spokenOf(message: WordMessage): string {
  return message.lines.join(" ");
}

/** True while the workbook is fetched or the figures written: the pane's buttons wait. */
export function isLivingBusy(state: LivingState): boolean {
  return state.kind === "finding" || state.kind === "updating" || (state.kind === "updated" && state.working !== undefined);
}
