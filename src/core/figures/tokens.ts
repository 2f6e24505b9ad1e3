/**
 * Prose cut into words and punctuation in one pass, each with its offsets.
 * A mark between two characters of a word stays in it ("3.339", "2,08",
 * "17025:2017", "1851/QĐ-TTg", "X-quang"); elsewhere it is punctuation.
 */

export interface Token {
  readonly kind: "word" | "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Always a boundary, never inside a word. */
const HARD = new Set([";", "(", ")", "[", "]", "“", "”", '"', "«", "»", "!", "?", "…"]);
/** Inside a word only between two letters or digits ("3.339", "r.e"); otherwise punctuation. */
const BETWEEN_ALNUM = new Set([".", ","]);
/** Inside a word only between two digits ("17025:2017", "14:30"). */
const BETWEEN_DIGITS = new Set([":"]);
/** Inside a word when a non-space character stands on both sides ("2016-2020", "QĐ-TTg", "1/500"). */
const JOINERS = new Set(["/", "-", "–", "—", "_", "&", "'", "’", "%"]);

const isSpace = (c: string): boolean => /\s/u.test(c);
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

function isWordChar(text: string, i: number): boolean {
  const c = text[i]!;
  if (isSpace(c) || HARD.has(c)) return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (BETWEEN_ALNUM.has(c)) return isAlnum(before) && isAlnum(after);
  if (BETWEEN_DIGITS.has(c)) return isDigit(before) && isDigit(after);
  // "%" ends a number ("2,08%"); other joiners need a neighbour on each side.
  if (c === "%") return isDigit(before);
  if (JOINERS.has(c)) return before !== undefined && after !== undefined && !isSpace(before) && !isSpace(after) && !HARD.has(after) && !HARD.has(before);
  return true;
}

/** Words and punctuation marks in order; whitespace dropped. Linear in the length of `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      out.push({ kind: "punct", text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i++;
    out.push({ kind: "word", text: text.slice(start, i), start, end: i });
  }
  return out;
}
