/** The Excel pane's state and actions, outside React: what the components are given, never compute. */
export {
  appReducer,
  initialState,
  isBusy,
  TAB_IDS,
  TabId,
  type AppState,
  type AppAction,
  type ReadState,
  type GenerateState,
  type Notice,
  type AnalysisTabProps,
} from "./app-state";
export { appActions, type AppActions } from "./app-actions";
export {
  generateReport,
  stepStates,
  GenerateStep,
  GENERATE_STEPS,
  type GenerateResult,
  type StepState,
  type GenerateCallbacks,
  type GenerateOptions,
} from "./generate-report";
export { totalsOf, type CheckTotals, type SeverityFilter } from "./check-totals";
