/** The period and the next one, named in the report's language, and their years for the cross-checks. */
import { civilDate } from "../grid";
import { nextPeriodName, nextPeriodShape, type Period } from "../summarise";
import type { Lang } from "../i18n";
import type { HeadingValues } from "../outline";
import { narrativeWords } from "./narrative-words";

export interface PeriodWords {
  /** "6 tháng đầu năm 2021" / "the first half of 2021". */
  readonly period: string;
  /** "6 tháng cuối năm 2021" / "the second half of 2021". */
  readonly nextPeriod: string;
  /** The year of the period's end. */
  readonly year: number;
  /** Vietnamese names, for messages about the Vietnamese free text. */
  readonly periodVi: string;
  readonly nextPeriodVi: string;
  /** Calendar years the period and the next one touch. */
  readonly periodYears: ReadonlySet<number>;
  readonly nextYears: ReadonlySet<number>;
}

function yearsBetween(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let y = civilDate(from).year; y <= civilDate(to).year; y++) out.add(y);
  return out;
}

function nextYears(period: Period): Set<number> {
  const next = nextPeriodShape(period.from, period.to);
  return next.kind === "dates" ? yearsBetween(next.from, next.to) : new Set([next.year]);
}

export function periodWords(period: Period, lang: Lang): PeriodWords {
  const periodVi = period.name;
  const nextPeriodVi = nextPeriodName(period.from, period.to);
  return {
    period: narrativeWords(lang).periodName(period.from, period.to, periodVi),
    nextPeriod: narrativeWords(lang).nextPeriodName(period.from, period.to),
    year: civilDate(period.to).year,
    periodVi,
    nextPeriodVi,
    periodYears: yearsBetween(period.from, period.to),
    nextYears: nextYears(period),
  };
}

export function headingValues(words: PeriodWords): HeadingValues {
  return { period: words.period, nextPeriod: words.nextPeriod, year: String(words.year) };
}

const TRAILING_YEAR = /^(.*\S)\s+(\d{4})$/;

/**
 * The two periods as the subject and closing name them: when both end in the
 * same year the first year is dropped, as the reference writes
 * "6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021".
 */
export function periodPair(words: PeriodWords): { readonly first: string; readonly second: string } {
  const a = TRAILING_YEAR.exec(words.period);
  const b = TRAILING_YEAR.exec(words.nextPeriod);
  if (a && b && a[2] === b[2]) return { first: a[1] ?? words.period, second: words.nextPeriod };
  return { first: words.period, second: words.nextPeriod };
}
