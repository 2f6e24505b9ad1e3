/**
 * Structured mutations of the sample workbooks, drawn from a seeded random
 * source so that a case number always gives the same bytes: XML damage inside
 * one part (truncate, drop or duplicate a tag, huge attributes, odd references
 * and indexes, random bytes, blank padding), zip damage (lying sizes and
 * offsets, a nested zip, a missing part, flipped bytes, truncation) or both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { buildZip, type CraftedEntry } from "./zip-builder";
import { EXAMPLES } from "./hostile-workbooks";
import { seeded, type Random } from "../support/seeded-random";

const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: ReadonlyArray<T>): T => xs[int(r, xs.length)]!;

interface Sample {
  readonly file: string;
  readonly bytes: Buffer;
  readonly parts: ReadonlyArray<readonly [string, Uint8Array]>;
}

let samples: Sample[] | undefined;

/** The example workbooks, each with its parts. */
export function fuzzSamples(): Sample[] {
  samples ??= readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(EXAMPLES, file));
      return { file, bytes, parts: Object.entries(unzipSync(bytes)) };
    });
  return samples;
}

const TAGS = [
  "</row>",
  "</c>",
  "</v>",
  "<row ",
  "<c ",
  "<v>",
  "</si>",
  "<si>",
  "<t>",
  "</t>",
  "</sheetData>",
  "<sheetData>",
  "/>",
  ">",
  '"',
  "<sheet ",
  "<Relationship ",
  "</sst>",
  "<xf ",
  "<f>",
];

function indexesOf(s: string, needle: string, max = 4096): number[] {
  const out: number[] = [];
  for (let i = s.indexOf(needle); i >= 0 && out.length < max; i = s.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** One XML mutation; returns the new text and what was done. */
function mutateXml(r: Random, xml: string): { xml: string; what: string } {
  const kind = int(r, 10);
  switch (kind) {
    case 0: {
      const at = int(r, xml.length + 1);
      return { xml: xml.slice(0, at), what: `truncate at ${at}` };
    }
    case 1:
    case 2: {
      const tag = pick(r, TAGS);
      const at = indexesOf(xml, tag);
      if (at.length === 0) return { xml, what: `no ${tag}` };
      if (r() < 0.25) return { xml: xml.split(tag).join(""), what: `drop every ${tag}` };
      const i = pick(r, at);
      return { xml: xml.slice(0, i) + xml.slice(i + tag.length), what: `drop ${tag} at ${i}` };
    }
    case 3: {
      const tag = pick(r, TAGS);
      const at = indexesOf(xml, tag);
      if (at.length === 0) return { xml, what: `no ${tag}` };
      const i = pick(r, at);
      const times = 1 + int(r, r() < 0.1 ? 20_000 : 5);
      return { xml: xml.slice(0, i) + tag.repeat(times) + xml.slice(i), what: `repeat ${tag} ${times}× at ${i}` };
    }
    case 4: {
      // A huge attribute (or an attribute that never closes) inside a random tag.
      const at = indexesOf(xml, "<");
      if (at.length === 0) return { xml, what: "no tag" };
      const i = pick(r, at) + 2;
      const size = 1 + int(r, 1 << (8 + int(r, 13)));
      const attr = r() < 0.5 ? ` x="${"a".repeat(size)}"` : ` ${"a".repeat(size)}`;
      return { xml: xml.slice(0, i) + attr + xml.slice(i), what: `attribute of ${size} at ${i}` };
    }
    case 5: {
      // Odd references: row numbers and cell references.
      const at = indexesOf(xml, ' r="');
      if (at.length === 0) return { xml, what: "no r=" };
      const i = pick(r, at) + 4;
      const end = xml.indexOf('"', i);
      const value = pick(r, ["0", "-1", "A0", "a3", "XFE1", "ZZZZ9", "1048577", "99999999999", "", "B", "3", "A-2", "b7", "&amp;", String(int(r, 2000))]);
      return { xml: xml.slice(0, i) + value + xml.slice(end < 0 ? i : end), what: `r="${value}" at ${i}` };
    }
    case 6: {
      // Odd values: shared-string indexes, numbers, types.
      const at = indexesOf(xml, "<v>");
      if (at.length === 0) return { xml, what: "no <v>" };
      const i = pick(r, at) + 3;
      const end = xml.indexOf("</v>", i);
      const value = pick(r, ["-1", "1e309", "NaN", "99999999", "", "0x10", "1.5", "&#0;", "&#x110000;", "_x0000_", String(int(r, 5000))]);
      return { xml: xml.slice(0, i) + value + xml.slice(end < 0 ? i : end), what: `<v>${value}</v> at ${i}` };
    }
    case 7: {
      const at = int(r, xml.length + 1);
      const n = 1 + int(r, 64);
      let junk = "";
      for (let k = 0; k < n; k++) junk += String.fromCharCode(int(r, 0x3000));
      return { xml: xml.slice(0, at) + junk + xml.slice(at), what: `${n} random characters at ${at}` };
    }
    case 8: {
      const at = int(r, xml.length + 1);
      const n = int(r, 1 << (10 + int(r, 14)));
      return { xml: xml.slice(0, at) + " ".repeat(n) + xml.slice(at), what: `${n} blanks at ${at}` };
    }
    default: {
      // Duplicate a whole element (a row, a cell, a string item).
      const tag = pick(r, ["<row ", "<c ", "<si>"]);
      const at = indexesOf(xml, tag);
      if (at.length === 0) return { xml, what: `no ${tag}` };
      const i = pick(r, at);
      const close = tag === "<row " ? "</row>" : tag === "<c " ? "</c>" : "</si>";
      const end = xml.indexOf(close, i);
      if (end < 0) return { xml, what: `no ${close}` };
      const element = xml.slice(i, end + close.length);
      return { xml: xml.slice(0, i) + element.repeat(1 + int(r, 3)) + xml.slice(i), what: `duplicate ${tag.trim()} at ${i}` };
    }
  }
}

/** One zip-level lie or damage on the entry list. */
function mutateZip(r: Random, entries: CraftedEntry[], sample: Sample): { entries: CraftedEntry[]; what: string } {
  const i = int(r, entries.length);
  const e = entries[i]!;
  const kind = int(r, 6);
  const copy = [...entries];
  switch (kind) {
    case 0: {
      const size = pick(r, [0, 1, 0xfffffff0, 0xffffffff, 0x7fffffff, int(r, 1 << 20)]);
      copy[i] = { ...e, size };
      return { entries: copy, what: `${e.name} declares size ${size}` };
    }
    case 1: {
      const compressedSize = pick(r, [0, 1, 0xfffffff0, 0xffffffff, int(r, 1 << 20)]);
      copy[i] = { ...e, compressedSize };
      return { entries: copy, what: `${e.name} declares compressed size ${compressedSize}` };
    }
    case 2:
      copy[i] = { ...e, data: sample.bytes, stored: r() < 0.5 };
      return { entries: copy, what: `${e.name} holds a nested zip` };
    case 3:
      copy.splice(i, 1);
      return { entries: copy, what: `${e.name} missing` };
    case 4:
      copy.push({ ...e });
      return { entries: copy, what: `${e.name} twice` };
    default:
      copy[i] = { ...e, stored: true };
      return { entries: copy, what: `${e.name} stored` };
  }
}

export interface FuzzCase {
  readonly index: number;
  readonly sample: string;
  readonly what: string;
  readonly bytes: Uint8Array;
}

/** Case `index` of the run seeded `seed`: always the same bytes. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const r = seeded((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const sample = pick(r, fuzzSamples());
  const whats: string[] = [];
  let entries: CraftedEntry[] = sample.parts.map(([name, data]) => ({ name, data }));
  const layer = int(r, 10);
  if (layer < 7) {
    // XML damage in one part (sheets most often), one to three times.
    const weighted = entries.map((e, k) => [k, /worksheets|sharedStrings/.test(e.name) ? 4 : 1] as const);
    const total = weighted.reduce((s, [, w]) => s + w, 0);
    let x = r() * total;
    let k = 0;
    for (const [idx, w] of weighted) {
      if ((x -= w) < 0) {
        k = idx;
        break;
      }
    }
    let xml = Buffer.from(entries[k]!.data as Uint8Array).toString("utf8");
    for (let n = 1 + int(r, 3); n > 0; n--) {
      const m = mutateXml(r, xml);
      xml = m.xml;
      whats.push(`${entries[k]!.name}: ${m.what}`);
    }
    entries[k] = { ...entries[k]!, data: xml };
  }
  if (layer >= 5) {
    const m = mutateZip(r, entries, sample);
    entries = m.entries;
    whats.push(m.what);
  }
  let bytes: Uint8Array = buildZip(entries);
  if (layer === 9) {
    // Damage to the finished file: flipped bytes or a cut.
    const copy = Uint8Array.from(bytes);
    if (r() < 0.5) {
      const n = 1 + int(r, 16);
      for (let k = 0; k < n; k++) copy[int(r, copy.length)] = int(r, 256);
      whats.push(`${n} bytes flipped`);
      bytes = copy;
    } else {
      const at = int(r, copy.length);
      whats.push(`file cut at ${at}`);
      bytes = copy.subarray(0, at);
    }
  }
  return { index, sample: sample.file, what: whats.join("; ") || "unchanged", bytes };
}
