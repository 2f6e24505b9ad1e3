export { Severity, IssueCode, issue, countBySeverity, hasErrors } from "./issue";
export type { Issue, IssueFor, IssueMessages, IssueOf, IssueParam, IssueParams, IssueParamsByCode } from "./issue";
export { Lang, issueMessage, issueLocation, issueToJson } from "./format-issue";
export type { IssueJson } from "./format-issue";
export { sortIssues } from "./sort-issues";
export { MESSAGES_VI } from "./messages-vi";
export { MESSAGES_EN } from "./messages-en";
