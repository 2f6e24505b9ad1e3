/**
 * Lengths of the solid rules of Phụ lục I, computed from the text they sit
 * under with the Times New Roman metrics of text-width.ts, not guessed:
 * the motto's rule as long as the motto, the rules under the agency
 * name, the trích yếu (II.5.b) and an appendix's "Kèm theo" line a third
 * to a half of their line.
 */
import { textTwips } from "./text-width";

/** The middle of "1/3 to 1/2". */
export const SHORT_RULE_RATIO = 5 / 12;

/** The widths of the lines `text` breaks into in a column `columnWidth` twips wide (breaking at spaces, as Word does). */
export function lineWidths(text: string, halfPoints: number, bold: boolean, columnWidth: number): number[] {
  const space = textTwips(" ", halfPoints, bold);
  const lines: number[] = [];
  let current = -1;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const width = textTwips(word, halfPoints, bold);
    if (current >= 0 && current + space + width <= columnWidth) current += space + width;
    else {
      if (current >= 0) lines.push(current);
      current = width;
    }
  }
  if (current >= 0) lines.push(current);
  return lines;
}

/** As long as the text on one line: the motto's rule. */
export function fullRule(text: string, halfPoints: number, bold: boolean): number {
  return textTwips(text, halfPoints, bold);
}

/** A third to a half (5/12) of the longest line `text` makes in its column. */
export function shortRule(text: string, halfPoints: number, bold: boolean, columnWidth: number): number {
  const longest = Math.max(0, ...lineWidths(text, halfPoints, bold, columnWidth));
  return Math.round(Math.min(longest, columnWidth) * SHORT_RULE_RATIO);
}
