/** The pane's frame: the header with the language switch, notices, the help and the live region. Shared widgets are in ../widgets. */
export { AppHeader, type AppHeaderProps } from "./app-header";
export { NoticeBar } from "./notice-bar";
export { HelpView } from "./help-view";
export { LiveAnnouncer } from "./live-announcer";
