/** The reporting period from the settings, and its name in Vietnamese and English. */
import { civilDate, vnDate } from "../grid";
import type { EpochDay, ReportSettings } from "../model";
import { nextPeriodShape, periodShape, type PeriodShape } from "./period-shape";
import type { Period } from "./summary";

const ROMAN = ["I", "II", "III", "IV"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const QUARTERS_EN = ["Q1", "Q2", "Q3", "Q4"] as const;

function nameVi(s: PeriodShape): string {
  switch (s.kind) {
    case "year":
      return `năm ${s.year}`;
    case "half":
      return `6 tháng ${s.half === 1 ? "đầu" : "cuối"} năm ${s.year}`;
    case "quarter":
      return `quý ${ROMAN[s.quarter - 1]} năm ${s.year}`;
    case "first-nine-months":
      return `9 tháng đầu năm ${s.year}`;
    case "last-three-months":
      return `3 tháng cuối năm ${s.year}`;
    case "month":
      return `tháng ${s.month} năm ${s.year}`;
    case "dates":
      return `từ ngày ${vnDate(s.from)} đến ngày ${vnDate(s.to)}`;
  }
}

function longDateEn(day: EpochDay): string {
  const c = civilDate(day);
  return `${c.day} ${MONTHS_EN[c.month - 1]} ${c.year}`;
}

function nameEn(s: PeriodShape): string {
  switch (s.kind) {
    case "year":
      return String(s.year);
    case "half":
      return `the ${s.half === 1 ? "first" : "second"} half of ${s.year}`;
    case "quarter":
      return `${QUARTERS_EN[s.quarter - 1]} ${s.year}`;
    case "first-nine-months":
      return `the first nine months of ${s.year}`;
    case "last-three-months":
      return `the last three months of ${s.year}`;
    case "month":
      return `${MONTHS_EN[s.month - 1]} ${s.year}`;
    case "dates":
      return `from ${longDateEn(s.from)} to ${longDateEn(s.to)}`;
  }
}

/** "6 tháng đầu năm 2021", "quý III năm 2022", "tháng 3 năm 2022", else "từ ngày 05/01/2022 đến ngày 20/03/2022". */
export function derivePeriodName(from: EpochDay, to: EpochDay): string {
  return nameVi(periodShape(from, to));
}

/** "the first half of 2021", "Q3 2022", "March 2022", else "from 5 January 2022 to 20 March 2022". */
export function derivePeriodNameEn(from: EpochDay, to: EpochDay): string {
  return nameEn(periodShape(from, to));
}

/**
 * The period after this one, for the report's part III: after "6 tháng đầu năm 2021"
 * comes "6 tháng cuối năm 2021", after "9 tháng đầu năm 2022" "3 tháng cuối năm 2022";
 * an unnamed period is followed by one of the same length, named by its dates.
 */
export function nextPeriodName(from: EpochDay, to: EpochDay): string {
  return nameVi(nextPeriodShape(from, to));
}

/** English counterpart of `nextPeriodName`. */
export function nextPeriodNameEn(from: EpochDay, to: EpochDay): string {
  return nameEn(nextPeriodShape(from, to));
}

/**
 * The period the settings describe: undefined when a date is missing or the
 * end comes first (the reader reports why). A `Tên kỳ báo cáo` given is used as is.
 */
export function periodOf(settings: ReportSettings): Period | undefined {
  const { from, to } = settings;
  if (from === undefined || to === undefined || to < from) return undefined;
  const given = settings.periodName?.trim();
  return { from, to, name: given ? given : derivePeriodName(from, to) };
}
