/** Dates as the reference writes them: day and month zero-padded. */
import { civilDate } from "../grid/excel-date";
import type { EpochDay } from "../model/records";

/** 18652 → "25/01/2021". */
export function formatDate(day: EpochDay): string {
  const c = civilDate(day);
  return `${String(c.day).padStart(2, "0")}/${String(c.month).padStart(2, "0")}/${c.year}`;
}
