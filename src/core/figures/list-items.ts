/**
 * The items of a list as notes and brackets write them: "A; B; C", "A, B và C".
 * Semicolons win when there are any; commas inside quotes or brackets never split.
 */
import type { Span } from "./sentences";

const MAX_ITEMS = 500;

function splitOutside(text: string, from: number, to: number, separators: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let quoted = false;
  let start = from;
  for (let i = from; i < to && out.length < MAX_ITEMS; i++) {
    const c = text[i]!;
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === "“") quoted = true;
    else if (c === "”") quoted = false;
    else if (c === '"') quoted = !quoted;
    // "0,05" is a number, not two items.
    else if (depth === 0 && !quoted && separators.has(c) && !(c === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: to });
  return out;
}

const trimSpan = (text: string, s: Span): Span => {
  let { start, end } = s;
  while (start < end && /[\s.,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
};

/** Items between `from` and `to`, trimmed, empty ones dropped; "A, B và C" gives three. */
export function listItems(text: string, from: number, to: number): Span[] {
  const hasSemicolon = splitOutside(text, from, to, new Set([";"])).length > 1;
  const parts = splitOutside(text, from, to, new Set(hasSemicolon ? [";"] : [","]));
  const out: Span[] = [];
  for (const p of parts) {
    // "… và C" closes a list written with commas (or of two: "A và B").
    const piece = text.slice(p.start, p.end);
    const and = hasSemicolon ? -1 : piece.lastIndexOf(" và ");
    if (and >= 0 && p === parts[parts.length - 1]) {
      out.push({ start: p.start, end: p.start + and }, { start: p.start + and + 4, end: p.end });
    } else out.push(p);
  }
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}
