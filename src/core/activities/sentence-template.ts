/**
 * A kind's sentence parsed once: text, slots, footnotes `[^…]` and optional
 * parts `[…|…]`. An optional part is written when the first number slot in
 * it is not zero, else its alternative after `|` (or nothing), so that a
 * campaign without violations does not read "xử phạt 00 cơ sở".
 */
import { NUMBER_SLOTS, slotNamed, type SlotKey } from "./slots";

export type SentencePart =
  | { readonly t: "text"; readonly text: string }
  | { readonly t: "slot"; readonly slot: SlotKey }
  | { readonly t: "note"; readonly parts: ReadonlyArray<SentencePart> }
  | { readonly t: "optional"; readonly parts: ReadonlyArray<SentencePart>; readonly otherwise: ReadonlyArray<SentencePart> };

export interface SentenceTemplate {
  readonly parts: ReadonlyArray<SentencePart>;
  /** Holds `{đợt}`: written once per batch, in date order. */
  readonly perBatch: boolean;
  /** Slot names the contract does not know, as typed. */
  readonly unknown: ReadonlyArray<string>;
}

interface Cursor {
  readonly text: string;
  pos: number;
  readonly unknown: string[];
  readonly slots: Set<SlotKey>;
}

/** Reads parts until one of `stops` (or the end); the stop is left for the caller. */
function readParts(c: Cursor, stops: string): SentencePart[] {
  const out: SentencePart[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push({ t: "text", text });
    text = "";
  };
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos]!;
    if (stops.includes(ch)) break;
    if (ch === "{") {
      const close = c.text.indexOf("}", c.pos + 1);
      if (close < 0) {
        text += ch;
        c.pos++;
        continue;
      }
      const name = c.text.slice(c.pos + 1, close).trim();
      const slot = slotNamed(name);
      flush();
      if (slot === undefined) c.unknown.push(name);
      else {
        out.push({ t: "slot", slot });
        c.slots.add(slot);
      }
      c.pos = close + 1;
      continue;
    }
    if (ch === "[") {
      flush();
      const note = c.text[c.pos + 1] === "^";
      c.pos += note ? 2 : 1;
      const parts = readParts(c, note ? "]" : "|]");
      let otherwise: SentencePart[] = [];
      if (!note && c.text[c.pos] === "|") {
        c.pos++;
        otherwise = readParts(c, "]");
      }
      c.pos++; // the closing bracket, or past the end
      out.push(note ? { t: "note", parts } : { t: "optional", parts, otherwise });
      continue;
    }
    text += ch;
    c.pos++;
  }
  flush();
  return out;
}

/** Parses a sentence; unknown slot names are collected, never guessed. */
export function parseSentence(sentence: string): SentenceTemplate {
  const c: Cursor = { text: sentence.normalize("NFC"), pos: 0, unknown: [], slots: new Set() };
  const parts: SentencePart[] = [];
  while (c.pos < c.text.length) {
    parts.push(...readParts(c, "]|"));
    // A stray closing bracket or bar outside any part is plain text.
    if (c.pos < c.text.length) parts.push({ t: "text", text: c.text[c.pos++]! });
  }
  return { parts, perBatch: c.slots.has("batch"), unknown: c.unknown };
}

/** The first number slot of some parts (depth first), which decides whether an optional part is written. */
export function firstNumberSlot(parts: ReadonlyArray<SentencePart>): SlotKey | undefined {
  for (const p of parts) {
    if (p.t === "slot" && NUMBER_SLOTS.includes(p.slot)) return p.slot;
    if (p.t === "note" || p.t === "optional") {
      const inner = firstNumberSlot(p.parts);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
