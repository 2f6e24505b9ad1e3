/**
 * A lookup of hand-typed names: the keys of the contract's names are made
 * once, and each text looked up is tried from the strictest key to the
 * loosest (diacritics kept, brackets dropped, diacritics dropped).
 */
import { looseKey, matchKey, withoutBrackets } from "./normalise";

interface Entry<T> {
  readonly value: T;
  readonly tier: number;
  /** Two different values share this key at the same tier: it matches neither. */
  readonly ambiguous: boolean;
}

/** Texts seen are remembered up to this many, so a column of repeated values is keyed once. */
const MEMO_LIMIT = 2048;

/** The four keys of a text, strictest first; empty keys are left out. */
export function nameKeys(text: string): string[] {
  const bare = withoutBrackets(text);
  const keys = [matchKey(text), matchKey(bare), looseKey(text), looseKey(bare)];
  return keys.filter((k, i) => k !== "" && keys.indexOf(k) === i);
}

export class NameIndex<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly memo = new Map<string, T | null>();

  constructor(names?: Iterable<readonly [string, T]>) {
    if (names) for (const [name, value] of names) this.add(name, value);
  }

  /** Adds a name; a key two values share at the same strictness matches neither. */
  add(name: string, value: T): this {
    const bare = withoutBrackets(name);
    const tiers = [matchKey(name), matchKey(bare), looseKey(name), looseKey(bare)];
    tiers.forEach((key, tier) => {
      if (key === "") return;
      const old = this.entries.get(key);
      if (!old || tier < old.tier) this.entries.set(key, { value, tier, ambiguous: false });
      else if (tier === old.tier && old.value !== value) this.entries.set(key, { value, tier, ambiguous: true });
    });
    this.memo.clear();
    return this;
  }

  /** The value whose name matches `text`, or undefined. */
  get(text: string): T | undefined {
    const seen = this.memo.get(text);
    if (seen !== undefined) return seen ?? undefined;
    const found = this.lookup(text);
    if (this.memo.size < MEMO_LIMIT) this.memo.set(text, found ?? null);
    return found;
  }

  private lookup(text: string): T | undefined {
    for (const key of nameKeys(text)) {
      const e = this.entries.get(key);
      if (e) return e.ambiguous ? undefined : e.value;
    }
    return undefined;
  }
}
