/** The pane's frame: the header with the language switch, notices, the help and Word views. */
export { AppHeader, type AppHeaderProps } from "./app-header";
export { NoticeBar } from "./notice-bar";
export { HelpView } from "./help-view";
export { WordView } from "./word-view";
export { useWrappingButton } from "./wrapping-button";
export { MessageLines, type PaneMessage } from "./message-lines";
export { ReadFirst } from "./read-first";
export { LiveAnnouncer } from "./live-announcer";
