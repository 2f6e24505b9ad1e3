/**
 * One word read as a number the way Vietnamese reports print it: "3.339",
 * "2.550.000", "2,08", "03", "2,08%", "6.020kg". Anything else with a digit in
 * it (a date, a document or standard number, a span, a ratio, a code) is not
 * a figure.
 */

export interface FigureNumber {
  readonly value: number;
  /** Digits after the decimal comma: the printed precision. */
  readonly decimals: number;
  readonly percent: boolean;
  /** Letters glued to the number ("kg" in "6.020kg"). */
  readonly glued: string;
}

/** Longer words are never figures; keeps every check on a word bounded. */
const MAX_WORD = 40;
// Groups of three after a dot, or plain digits; then an optional decimal part. No nested quantifiers.
const NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%|[a-zđ]{1,3})?$/u;

export function figureNumber(word: string): FigureNumber | undefined {
  if (word.length > MAX_WORD) return undefined;
  const m = NUMBER.exec(word);
  if (m === null) return undefined;
  const whole = m[1]!.replace(/\./g, "");
  const frac = m[2] ?? "";
  const suffix = m[3] ?? "";
  const value = Number(frac === "" ? whole : `${whole}.${frac}`);
  if (!Number.isFinite(value)) return undefined;
  return { value, decimals: frac.length, percent: suffix === "%", glued: suffix === "%" ? "" : suffix };
}
