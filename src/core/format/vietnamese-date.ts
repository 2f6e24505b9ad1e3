/** Dates in running text: "ngày 25/01/2021" (day and month zero-padded, as the reference writes them). */
import { civilDate } from "../grid/excel-date";
import type { EpochDay } from "../model/records";
import type { Lang } from "../i18n/lang";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** 18652 → "25/01/2021". */
export function formatDate(day: EpochDay): string {
  const c = civilDate(day);
  return `${String(c.day).padStart(2, "0")}/${String(c.month).padStart(2, "0")}/${c.year}`;
}

/** "ngày 25/01/2021" or "25 January 2021". */
export function formatDateInText(day: EpochDay, lang: Lang = "vi"): string {
  if (lang === "en") {
    const c = civilDate(day);
    return `${c.day} ${EN_MONTHS[c.month - 1]} ${c.year}`;
  }
  return `ngày ${formatDate(day)}`;
}

/**
 * The place-and-date line of the header: "Lạng Sơn, ngày 05 tháng 7 năm 2021".
 * Without a date the day and month are left blank for the clerk to fill in at signing.
 */
export function placeAndDate(place: string, day: EpochDay | undefined, fallbackYear: number, lang: Lang = "vi"): string {
  const blank = "\u00a0".repeat(6);
  if (lang === "en") {
    if (day === undefined) return `${place}, ${blank} ${fallbackYear}`;
    const c = civilDate(day);
    return `${place}, ${EN_MONTHS[c.month - 1]} ${c.day}, ${c.year}`;
  }
  if (day === undefined) return `${place}, ngày${blank}tháng${blank}năm ${fallbackYear}`;
  const c = civilDate(day);
  // Nghị định 30/2020: days below 10 and months below 3 take a leading zero.
  const dd = c.day < 10 ? `0${c.day}` : String(c.day);
  const mm = c.month < 3 ? `0${c.month}` : String(c.month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${c.year}`;
}
