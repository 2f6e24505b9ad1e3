/** Dates for the samples: UTC midnight only, so no time zone can move a day. */

/** A civil date as a JS Date at UTC midnight (month 1–12). */
export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "dd/mm/yyyy" of a UTC date. */
export function vn(date: Date): string {
  const d = String(date.getUTCDate()).padStart(2, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${d}/${m}/${date.getUTCFullYear()}`;
}

/** Holidays of the first half of 2021 (Tết Tân Sửu, Giỗ Tổ, 30/4–1/5). */
const HOLIDAYS_2021 = new Set(["01/01/2021", "10/02/2021", "11/02/2021", "12/02/2021", "15/02/2021", "16/02/2021", "21/04/2021", "30/04/2021", "03/05/2021"]);

/** Monday–Friday working days from `from` to `to` inclusive, holidays left out. */
export function workingDays(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += 86_400_000) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    if (weekday === 0 || weekday === 6 || HOLIDAYS_2021.has(vn(d))) continue;
    out.push(d);
  }
  return out;
}
