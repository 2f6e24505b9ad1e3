/** "Did you mean …": the allowed value closest to a misspelling. */
import { looseKey } from "./normalise";

/** Edit distance (insertions, deletions, substitutions) between two strings, by UTF-16 unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The allowed value nearest to `text`, compared without diacritics, case or
 * spacing; the first listed wins a tie. Undefined only when `allowed` is empty.
 */
export function nearest<T extends string>(text: string, allowed: ReadonlyArray<T>): T | undefined {
  const key = looseKey(text);
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const value of allowed) {
    const d = levenshtein(key, looseKey(value));
    if (d < bestDistance) {
      best = value;
      bestDistance = d;
    }
  }
  return best;
}
