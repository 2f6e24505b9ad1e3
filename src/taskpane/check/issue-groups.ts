/** Issues arranged for the pane: by sheet (workbook order), then severity (errors first), with counts. */
import { Severity, issueLocation, issueMessage, type Issue, type Lang } from "../../core/issues";
import { uiText } from "../ui-text";

export const SEVERITIES: ReadonlyArray<Severity> = [Severity.Error, Severity.Warning, Severity.Info];

/** "all" or one severity. */
export type SeverityFilter = Severity | "all";

export interface SeverityGroup {
  readonly severity: Severity;
  readonly issues: ReadonlyArray<Issue>;
}

export interface SheetGroup {
  /** Undefined for workbook-wide issues. */
  readonly sheet: string | undefined;
  readonly groups: ReadonlyArray<SeverityGroup>;
}

export interface SheetCounts {
  readonly sheet: string | undefined;
  readonly counts: Readonly<Record<Severity, number>>;
}

/**
 * Groups issues that pass `filter`. Workbook-wide issues come first, then
 * sheets in `sheetOrder`, then any other sheet in order of first appearance;
 * within a severity the issues keep their given (row, column) order.
 */
export function groupIssues(issues: ReadonlyArray<Issue>, sheetOrder: ReadonlyArray<string>, filter: SeverityFilter = "all"): SheetGroup[] {
  const bySheet = new Map<string | undefined, Record<Severity, Issue[]>>();
  for (const i of issues) {
    if (filter !== "all" && i.severity !== filter) continue;
    let entry = bySheet.get(i.sheet);
    if (!entry) bySheet.set(i.sheet, (entry = { error: [], warning: [], info: [] }));
    entry[i.severity].push(i);
  }
  return orderedSheets([...bySheet.keys()], sheetOrder).map((sheet) => {
    const entry = bySheet.get(sheet)!;
    return { sheet, groups: SEVERITIES.filter((s) => entry[s].length > 0).map((severity) => ({ severity, issues: entry[severity] })) };
  });
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
