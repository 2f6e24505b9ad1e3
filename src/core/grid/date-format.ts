/**
 * Whether a number format shows a date: Excel stores a date as a plain
 * number, and only the format says it is one. Shared by the file reader
 * (format codes from styles.xml) and the Office.js reader (`numberFormat`).
 */

/** True when a format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const first = code.split(";", 1)[0] ?? "";
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "");
  return /[dmyhs]/i.test(bare);
}
