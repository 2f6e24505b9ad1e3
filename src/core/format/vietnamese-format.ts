/**
 * Numbers and dates as Vietnamese documents write them: "." groups thousands,
 * "," is the decimal mark, counts under ten take a leading zero ("03"),
 * percentages "2,08%", dates "25/01/2021".
 */
import { civilDate } from "../grid";
import type { Lang } from "../i18n";
import type { EpochDay } from "../model";

export interface NumberStyle {
  readonly lang: Lang;
  /** Counts under ten written "03" (Vietnamese administrative habit). Default on for Vietnamese. */
  readonly leadingZero: boolean;
}

const VI_STYLE: NumberStyle = { lang: "vi", leadingZero: true };

function group(intDigits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** The thousands separator and the decimal mark of each language. */
const MARKS: Readonly<Record<Lang, readonly [thousands: string, mark: string]>> = { vi: [".", ","], en: [",", "."] };

/** An amount of money as each language writes it. */
/** 3339 → "3.339"; 2.5 with 1 decimal → "2,5"; English uses "," and ".". */
export function formatNumber(value: number, decimals = 0, lang: Lang = "vi"): string {
  const [thousands, mark] = MARKS[lang];
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", frac] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + group(intPart, thousands) + (frac ? mark + frac : "");
}

/** A count in running text: 3 → "03" (leading zero on), 29 → "29", 3339 → "3.339". */
export function formatCount(value: number, style: NumberStyle = VI_STYLE): string {
  if (style.leadingZero && Number.isInteger(value) && value >= 0 && value < 10) return "0" + String(value);
  return formatNumber(value, 0, style.lang);
}

/** 2.0858 → "2,09%" (two decimals, trailing zeros kept as the reference writes them). */
export function formatPercent(value: number, decimals = 2, lang: Lang = "vi"): string {
  return formatNumber(value, decimals, lang) + "%";
}

/** 18652 → "25/01/2021": day and month zero-padded. */
export function formatDate(day: EpochDay): string {
  const c = civilDate(day);
  return `${String(c.day).padStart(2, "0")}/${String(c.month).padStart(2, "0")}/${c.year}`;
}
