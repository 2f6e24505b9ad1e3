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
