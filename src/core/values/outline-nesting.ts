/** Outline codes of finance lines ("1", "1.1", "1.1.2") and how they nest. */

const DOT = 46;

/** "1.1.2" → "1.1"; undefined for a top-level code. */
export function parentCode(code: string): string | undefined {
  const dot = code.lastIndexOf(".");
  return dot < 0 ? undefined : code.slice(0, dot);
}

/** 0 for "1", 1 for "1.1", 2 for "1.1.2". */
export function outlineDepth(code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === DOT) depth++;
  return depth;
}

/** True when `code` lies under `ancestor` ("1.1.2" under "1" and "1.1", not under "1.1.2" nor "1.10"). */
export function isUnder(code: string, ancestor: string): boolean {
  return code.length > ancestor.length && code.charCodeAt(ancestor.length) === DOT && code.startsWith(ancestor);
}

/**
 * Orders codes the way an outline reads: "1" < "1.1" < "1.2" < "1.10" < "2".
 * Scans the digits in place: it runs inside sorts of many thousand lines.
 */
export function compareOutline(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    let x = 0;
    let y = 0;
    while (i < a.length && a.charCodeAt(i) !== DOT) x = x * 10 + (a.charCodeAt(i++) - 48);
    while (j < b.length && b.charCodeAt(j) !== DOT) y = y * 10 + (b.charCodeAt(j++) - 48);
    if (x !== y) return x - y;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}
