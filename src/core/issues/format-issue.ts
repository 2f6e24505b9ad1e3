/** Turns issues into words, in the language asked for. */
import type { Issue, IssueCode, IssueMessages, IssueOf } from "./issue";
import { qualify } from "../grid";
import { MESSAGES_VI } from "./messages-vi";
import { MESSAGES_EN } from "./messages-en";
import { formatNumber } from "../format";
import { Lang } from "../i18n";

export { Lang };

const CATALOGUES: Readonly<Record<Lang, IssueMessages>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

/** The issue's message, without its location. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return messageOf(CATALOGUES[lang], issue, lang);
}

/** The code's own message, reading that code's own parameters. */
function messageOf<C extends IssueCode>(messages: IssueMessages, issue: IssueOf<C>, lang: Lang): string {
  return messages[issue.code](localParams(issue.params, lang));
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

/** Numbers in messages are written the reader's way: 1.001.000.000 and 2,5 in Vietnamese. */
function localParams<P extends object>(params: P, lang: Lang): P {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "number") continue;
    out ??= { ...params } as Record<string, unknown>;
    out[k] = formatNumber(v, decimalsOf(v), lang);
  }
  // The same keys, a number now written as text: every parameter is a string or a number.
  return (out as P | undefined) ?? params;
}

function decimalsOf(v: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) < 1e-9) return d;
  return 4;
}
