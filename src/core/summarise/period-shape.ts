/** What kind of period two dates make (a half-year, a quarter, a month …) and the period after it. */
import { civilDate } from "../grid";
import type { EpochDay } from "../model";

export type PeriodShape =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "half"; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: "first-nine-months"; readonly year: number }
  /** Only ever the period after the first nine months: reports call it that, not "quý IV". */
  | { readonly kind: "last-three-months"; readonly year: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "dates"; readonly from: EpochDay; readonly to: EpochDay };

/** Classifies a period by its dates; anything that is not whole months of one named kind is "dates". */
export function periodShape(from: EpochDay, to: EpochDay): PeriodShape {
  const a = civilDate(from);
  const b = civilDate(to);
  const wholeMonths = a.day === 1 && civilDate(to + 1).day === 1 && a.year === b.year && a.month <= b.month;
  if (!wholeMonths) return { kind: "dates", from, to };
  const year = a.year;
  if (a.month === b.month) return { kind: "month", year, month: a.month };
  if (a.month === 1 && b.month === 12) return { kind: "year", year };
  if (a.month === 1 && b.month === 6) return { kind: "half", year, half: 1 };
  if (a.month === 7 && b.month === 12) return { kind: "half", year, half: 2 };
  if (a.month === 1 && b.month === 9) return { kind: "first-nine-months", year };
  if (b.month === a.month + 2 && (a.month - 1) % 3 === 0) {
    return { kind: "quarter", year, quarter: ((a.month + 2) / 3) as 1 | 2 | 3 | 4 };
  }
  return { kind: "dates", from, to };
}

/** The period that follows, as part III of a report ("Phương hướng … 6 tháng cuối năm") names it. */
export function nextPeriodShape(from: EpochDay, to: EpochDay): PeriodShape {
  const s = periodShape(from, to);
  switch (s.kind) {
    case "year":
      return { kind: "year", year: s.year + 1 };
    case "half":
      return s.half === 1 ? { kind: "half", year: s.year, half: 2 } : { kind: "half", year: s.year + 1, half: 1 };
    case "quarter":
      return s.quarter === 4 ? { kind: "quarter", year: s.year + 1, quarter: 1 } : { kind: "quarter", year: s.year, quarter: (s.quarter + 1) as 2 | 3 | 4 };
    case "first-nine-months":
      return { kind: "last-three-months", year: s.year };
    case "last-three-months":
      return { kind: "quarter", year: s.year + 1, quarter: 1 };
    case "month":
      return s.month === 12 ? { kind: "month", year: s.year + 1, month: 1 } : { kind: "month", year: s.year, month: s.month + 1 };
    case "dates": {
      const length = Math.max(1, to - from + 1);
      return { kind: "dates", from: to + 1, to: to + length };
    }
  }
}
