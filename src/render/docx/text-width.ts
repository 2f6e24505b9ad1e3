/**
 * How wide a text prints in Times New Roman, from the font's advance widths
 * (thousandths of an em, the same as Adobe's Times metrics), so table columns
 * can be sized to what they hold without a font file at hand.
 */

/** Advance widths of ASCII 32..126, regular. */
const REGULAR = [
  250,
  333,
  408,
  500,
  500,
  833,
  778,
  180,
  333,
  333,
  500,
  564,
  250,
  333,
  250,
  278, // space .. /
  500,
  500,
  500,
  500,
  500,
  500,
  500,
  500,
  500,
  500,
  278,
  278,
  564,
  564,
  564,
  444, // 0 .. ?
  921,
  722,
  667,
  667,
  722,
  611,
  556,
  722,
  722,
  333,
  389,
  722,
  611,
  889,
  722,
  722, // @ .. O
  556,
  722,
  667,
  556,
  611,
  722,
  722,
  944,
  722,
  722,
  611,
  333,
  278,
  333,
  469,
  500, // P .. _
  333,
  444,
  500,
  444,
  500,
  444,
  333,
  500,
  500,
  278,
  278,
  500,
  278,
  778,
  500,
  500, // ` .. o
  500,
  500,
  333,
  389,
  278,
  500,
  500,
  722,
  500,
  500,
  444,
  480,
  200,
  480,
  541, // p .. ~
] as const;

/** Advance widths of ASCII 32..126, bold. */
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
  581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220,
  394, 520,
] as const;

/** Letters of Vietnamese and the punctuation a report uses, as a base letter or a width of their own. */
const OTHER: Readonly<Record<string, string | number>> = {
  đ: "d",
  Đ: "D",
  "\u00a0": " ",
  "–": 500,
  "—": 1000,
  "‘": 333,
  "’": 333,
  "“": 500,
  "”": 500,
  "…": 1000,
};
/** The horn of ơ and ư sticks out to the right of its base letter. */
const HORN = 80;
/** Anything else: as wide as a capital. */
const UNKNOWN = 778;

function asciiWidth(code: number, bold: boolean): number {
  return (bold ? BOLD : REGULAR)[code - 32] ?? UNKNOWN;
}

function charWidth(char: string, bold: boolean): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code <= 126) return asciiWidth(code, bold);
  const other = OTHER[char];
  if (typeof other === "number") return other;
  if (other !== undefined) return asciiWidth(other.charCodeAt(0), bold);
  // Vietnamese letters decompose into a base letter and marks that take no room (ơ, ư keep a horn).
  let width = 0;
  for (const part of char.normalize("NFD")) {
    const c = part.charCodeAt(0);
    if (c === 0x31b) width += HORN;
    else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c >= 32 && c <= 126) width += asciiWidth(c, bold);
    else width += UNKNOWN;
  }
  return width;
}

/** Width of `text` in twips at `halfPoints` (the unit of docx run sizes). */
export function textTwips(text: string, halfPoints: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += charWidth(char, bold);
  // em/1000 × points × 20 twips a point, with points = halfPoints / 2.
  return Math.ceil((em * halfPoints) / 100);
}
