import type { Analysis } from "../analyse";

/** The document's timestamps, from the workbook itself so the same workbook gives the same bytes: the issue date, else the period's end (UTC midnight). */
export function reportClock(analysis: Analysis): Date {
  const day = analysis.data.settings.values.issueDate ?? analysis.period?.to ?? 0;
  return new Date(day * 86_400_000);
}

/** Reproducible builds' convention: SOURCE_DATE_EPOCH (whole seconds) fixes the timestamps; undefined when unset or not a number. */
export function sourceDateClock(raw: string | undefined): Date | undefined {
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}
