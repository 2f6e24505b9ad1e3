/** Issues arranged for the pane: by severity (errors first), then sheet (workbook order), with repeated warnings collapsed and counts. */
import { Severity, issueLocation, issueMessage, type Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import type { SeverityFilter } from "../state";
import { uiText } from "../text";

export const SEVERITIES: ReadonlyArray<Severity> = [Severity.Error, Severity.Warning, Severity.Info];

/** One line of the list: an issue, or several non-blocking issues of one cause collapsed into one line that expands. */
export type ListEntry =
  | { readonly kind: "issue"; readonly issue: Issue }
  | { readonly kind: "cause"; readonly code: string; readonly severity: Severity; readonly issues: ReadonlyArray<Issue> };

export interface SheetGroup {
  /** Undefined for workbook-wide issues. */
  readonly sheet: string | undefined;
  readonly entries: ReadonlyArray<ListEntry>;
  /** Issues in the group, collapsed ones included. */
  readonly count: number;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly sheets: ReadonlyArray<SheetGroup>;
  readonly count: number;
}

export interface SheetCounts {
  readonly sheet: string | undefined;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Warnings or notes of one cause on one sheet collapse into one line from this many. */
export const COLLAPSE_AT = 3;

/**
 * Groups issues that pass `filter` by severity first (errors, then warnings,
 * then notes: what blocks the report leads), then by sheet: workbook-wide
 * issues first, then sheets in `sheetOrder`, then any other sheet in order
 * of first appearance. Within a sheet the issues keep their given (row,
 * column) order; errors are never collapsed.
 */
export function groupIssues(issues: ReadonlyArray<Issue>, sheetOrder: ReadonlyArray<string>, filter: SeverityFilter = "all"): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    if (filter !== "all" && filter !== severity) continue;
    const bySheet = new Map<string | undefined, Issue[]>();
    for (const i of issues) {
      if (i.severity !== severity) continue;
      let list = bySheet.get(i.sheet);
      if (!list) bySheet.set(i.sheet, (list = []));
      list.push(i);
    }
    if (bySheet.size === 0) continue;
    const sheets = orderedSheets([...bySheet.keys()], sheetOrder).map((sheet) => {
      const list = bySheet.get(sheet)!;
      return {
        sheet,
        entries: severity === Severity.Error ? list.map((issue) => ({ kind: "issue" as const, issue })) : collapse(list, severity),
        count: list.length,
      };
    });
    out.push({ severity, sheets, count: sheets.reduce((n, g) => n + g.count, 0) });
  }
  return out;
}

function collapse(list: ReadonlyArray<Issue>, severity: Severity): ListEntry[] {
  const byCode = new Map<string, Issue[]>();
  for (const i of list) {
    const same = byCode.get(i.code);
    if (same) same.push(i);
    else byCode.set(i.code, [i]);
  }
  const out: ListEntry[] = [];
  const placed = new Set<string>();
  for (const i of list) {
    const same = byCode.get(i.code)!;
    if (same.length < COLLAPSE_AT) out.push({ kind: "issue", issue: i });
    else if (!placed.has(i.code)) {
      placed.add(i.code);
      out.push({ kind: "cause", code: i.code, severity, issues: same });
    }
  }
  return out;
}

/** Counts per sheet and severity, sheets ordered as in `groupIssues`. */
export function countsBySheet(issues: ReadonlyArray<Issue>, sheetOrder: ReadonlyArray<string>): SheetCounts[] {
  const counts = new Map<string | undefined, Record<Severity, number>>();
  for (const i of issues) {
    let c = counts.get(i.sheet);
    if (!c) counts.set(i.sheet, (c = { error: 0, warning: 0, info: 0 }));
    c[i.severity]++;
  }
  return orderedSheets([...counts.keys()], sheetOrder).map((sheet) => ({ sheet, counts: counts.get(sheet)! }));
}

/** The cell to select for an issue: its cell, else the sheet's first cell; none for workbook-wide issues. */
export function issueTarget(issue: Issue): { readonly sheet: string; readonly address: string } | undefined {
  if (!issue.sheet) return undefined;
  return { sheet: issue.sheet, address: issue.cell ?? "A1" };
}

/** An issue's line: the location first (as Excel writes it), so a screen reader hears where before what. */
export function issueLine(issue: Issue, lang: Lang): { readonly location: string; readonly detail: string } {
  return { location: issueLocation(issue), detail: `${uiText(lang).severity[issue.severity]}: ${issueMessage(issue, lang)}` };
}

function orderedSheets(found: ReadonlyArray<string | undefined>, sheetOrder: ReadonlyArray<string>): Array<string | undefined> {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  return found
    .map((sheet, seen) => ({ sheet, key: sheet === undefined ? -1 : (rank.get(sheet) ?? sheetOrder.length + seen) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.sheet);
}
