/** Sentences of a part, by its tokens: a full stop, "!" or "?" that is not inside a word ends one. */
import type { Token } from "./tokens";

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ENDS = new Set([".", "!", "?"]);

/** Sentence spans in order, covering the text from its first token to its last. */
export function sentenceSpans(tokens: ReadonlyArray<Token>): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (const t of tokens) {
    if (start < 0) start = t.start;
    if (t.kind === "punct" && ENDS.has(t.text)) {
      out.push({ start, end: t.end });
      start = -1;
    }
  }
  const last = tokens[tokens.length - 1];
  if (start >= 0 && last !== undefined) out.push({ start, end: last.end });
  return out;
}

/** The span holding `offset`, or undefined; spans are in order, so a binary search. */
export function spanAt(spans: ReadonlyArray<Span>, offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
