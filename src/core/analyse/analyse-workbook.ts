/**
 * The first half of the pipeline, once the host has a grid: read → check → sum up.
 * Writing the report from the analysis is core/report's job.
 */
import type { WorkbookSource } from "../grid";
import type { WorkbookData } from "../model";
import { readWorkbook } from "../read";
import { checkWorkbook } from "../check";
import { periodOf, summarise, type Period, type Summary } from "../summarise";
import { sortIssues, hasErrors, type Issue } from "../issues";

export interface Analysis {
  readonly data: WorkbookData;
  /** Every issue, sorted by sheet (workbook order), row and column. */
  readonly issues: ReadonlyArray<Issue>;
  /** Sheet names in workbook order, as read. */
  readonly sheetOrder: ReadonlyArray<string>;
  /** Undefined when the settings give no valid period (an issue then says why). */
  readonly period?: Period;
  readonly summary?: Summary;
  readonly hasErrors: boolean;
}

/** Checks and sums up what has been read; pure and synchronous. */
export function analyseData(data: WorkbookData, readIssues: ReadonlyArray<Issue>, sheetOrder: ReadonlyArray<string>): Analysis {
  const issues = [...readIssues, ...withoutRepeats(checkWorkbook(data), readIssues)];
  const period = periodOf(data.settings.values);
  const summary = period ? summarise(data, issues, period) : undefined;
  return {
    data,
    issues: sortIssues(issues, sheetOrder),
    sheetOrder,
    period,
    summary,
    hasErrors: hasErrors(issues),
  };
}

/** Reads a workbook from any host's source, then checks and sums it up. */
export async function analyseWorkbook(source: WorkbookSource): Promise<Analysis> {
  const { data, issues, sheetOrder } = await readWorkbook(source);
  return analyseData(data, issues, sheetOrder);
}

/** A row rule on a cell the reader already flagged as unreadable says nothing new (e.g. an impossible acceptance date). */
function withoutRepeats(checks: ReadonlyArray<Issue>, readIssues: ReadonlyArray<Issue>): Issue[] {
  const flagged = new Set<string>();
  for (const i of readIssues) if (i.severity === "error" && i.cell) flagged.add(`${i.sheet}\u0000${i.cell}`);
  return checks.filter((i) => !(i.cell && flagged.has(`${i.sheet}\u0000${i.cell}`)));
}
