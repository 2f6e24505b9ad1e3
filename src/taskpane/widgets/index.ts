/** Small pieces the tabs and both panes share: below every tab, above nothing of the pane's. */
export { useWrappingButton } from "./wrapping-button";
export { MessageLines, type PaneMessage } from "./message-lines";
export { ReadFirst } from "./read-first";
export { ReadingProgressBar } from "./reading-progress-bar";
