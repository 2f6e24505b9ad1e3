/** Turns issues into words, in the language asked for. */
import type { Issue } from "./issue";
import { qualify } from "../grid/a1";
import { MESSAGES_VI } from "./messages-vi";
import { MESSAGES_EN } from "./messages-en";

export const Lang = { Vi: "vi", En: "en" } as const;
export type Lang = (typeof Lang)[keyof typeof Lang];

/** The issue's message, without its location. */
export function issueMessage(issue: Issue, lang: Lang): string {
  const catalogue = lang === Lang.En ? MESSAGES_EN : MESSAGES_VI;
  return catalogue[issue.code](issue.params);
}

/** Where the issue is, as Excel writes it: 'Lô hàng'!B17, or the sheet's name alone. */
export function issueLocation(issue: Issue): string {
  if (!issue.sheet) return "";
  return issue.cell ? qualify(issue.sheet, issue.cell) : issue.sheet;
}

/** One issue as it goes into the JSON output: { severity, code, sheet, cell, message }. */
export interface IssueJson {
  readonly severity: Issue["severity"];
  readonly code: Issue["code"];
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

export function issueToJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    message: issueMessage(issue, lang),
  };
}
