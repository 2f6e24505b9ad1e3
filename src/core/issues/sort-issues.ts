/** A stable, readable order for issues: by sheet (workbook order), then row, then column. */
import type { Issue } from "./issue";
import { parseCellAddress } from "../grid";

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Sorts a copy; `sheetOrder` lists sheet names in workbook order (others go last, by name). */
export function sortIssues(issues: ReadonlyArray<Issue>, sheetOrder: ReadonlyArray<string> = []): Issue[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  const key = (i: Issue) => {
    const start = i.cell ? parseCellAddress(i.cell.split(":")[0] ?? "") : undefined;
    return { s: i.sheet === undefined ? -1 : (rank.get(i.sheet) ?? sheetOrder.length), r: start?.row ?? i.row ?? 0, c: start?.col ?? 0 };
  };
  return issues
    .map((issue, index) => ({ issue, index, k: key(issue) }))
    .sort(
      (a, b) =>
        a.k.s - b.k.s ||
        (a.k.s === b.k.s && a.k.s === sheetOrder.length ? (a.issue.sheet ?? "").localeCompare(b.issue.sheet ?? "") : 0) ||
        a.k.r - b.k.r ||
        a.k.c - b.k.c ||
        SEVERITY_RANK[a.issue.severity] - SEVERITY_RANK[b.issue.severity] ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}
