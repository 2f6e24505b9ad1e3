/** The task pane's words in each language, and the sentences built from them. */
export { uiText } from "./ui-text";
export type { SummaryWords } from "./ui-text";
export { canRun, requirementNotices } from "./requirement-text";
export { failureText } from "./failure-text";
