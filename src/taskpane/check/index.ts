/** The Kiểm tra tab: the check's progress, counts and issues, each a way to its cell. */
export { CheckTab, type CheckTabProps } from "./check-tab";
export { IssueItem } from "./issue-item";
export { ReadingProgressBar } from "./reading-progress-bar";
export { groupIssues, countsBySheet, issueTarget, issueLine, SEVERITIES, COLLAPSE_AT, type SeverityFilter, type SheetGroup, type SeverityGroup, type SheetCounts, type ListEntry } from "./issue-groups";
export { checkTotals, type CheckTotals } from "./check-totals";
