/**
 * What the finance figures are, by the kind of period: the actual figures of
 * the period are actual ("đạt", never "ước đạt"); the sheet's year-end
 * estimate is shown in a part-year report whenever it is given, and in a
 * whole-year report only where it differs from the actual, that is when the
 * sheet itself says the year was not closed yet.
 */
import { periodShape } from "../summarise";
import type { ReportContext } from "./report-context";

export function wholeYear(ctx: ReportContext): boolean {
  return periodShape(ctx.summary.period.from, ctx.summary.period.to).kind === "year";
}

export function showsEstimate(ctx: ReportContext): boolean {
  const given = ctx.summary.finance.lines.filter((l) => l.estimate !== undefined);
  if (given.length === 0) return false;
  return !wholeYear(ctx) || given.some((l) => l.estimate !== l.actual);
}
