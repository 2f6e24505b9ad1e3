/** Turns issues into words, in the language asked for. */
import type { Issue } from "./issue";
import { qualify } from "../grid/a1";
import { MESSAGES_VI } from "./messages-vi";
import { MESSAGES_EN } from "./messages-en";
import { formatNumber } from "../format/vietnamese-number";
import { Lang } from "../i18n/lang";

export { Lang };

const CATALOGUES = { vi: MESSAGES_VI, en: MESSAGES_EN } as const satisfies Record<Lang, unknown>;

/** The issue's message, without its location. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return CATALOGUES[lang][issue.code](localParams(issue.params, lang));
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
function localParams(params: Issue["params"], lang: Lang): Issue["params"] {
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "number") continue;
    out ??= { ...params };
    out[k] = formatNumber(v, decimalsOf(v), lang);
  }
  return out ?? params;
}

function decimalsOf(v: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) < 1e-9) return d;
  return 4;
}
