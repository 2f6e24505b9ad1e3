/** The Kiểm tra tab: the check's progress, counts and issues, each a way to its cell. */
export { CheckTab, type CheckTabProps } from "./check-tab";
export { IssueItem } from "./issue-item";
export {
  groupIssues,
  countsBySheet,
  issueTarget,
  issueLine,
  SEVERITIES,
  COLLAPSE_AT,
  type SheetGroup,
  type SeverityGroup,
  type SheetCounts,
  type ListEntry,
} from "./issue-groups";
export { SeverityTotals } from "./issue-counts";
export { IssueList } from "./issue-list";
