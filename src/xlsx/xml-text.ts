/**
 * The little XML we decode by hand: text with entities and Excel's `_xHHHH_`
 * escapes, and the attributes of small parts (rels, workbook, styles, tables).
 * Every function here is a forward scan with indexOf: no regular expression
 * touches workbook text, so a crafted part cannot make matching take
 * quadratic or exponential time.
 */
import { forward } from "./forward-progress";

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Longest entity body we decode (`#x10FFFF`); anything longer is left as typed. */
const MAX_ENTITY = 8;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function entityText(body: string): string | undefined {
  if (body.charCodeAt(0) !== 35) return NAMED[body];
  const hex = body.charCodeAt(1) === 120;
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0) return undefined;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (hex ? !isHex(c) : c < 48 || c > 57) return undefined;
  }
  const code = parseInt(digits, hex ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

/** XML character data as it was meant; the cheap path returns the input untouched. */
export function decodeXmlText(raw: string): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp + 1);
    const decoded = semi > amp && semi - amp - 1 <= MAX_ENTITY ? entityText(raw.slice(amp + 1, semi)) : undefined;
    if (decoded !== undefined) {
      out += raw.slice(from, amp) + decoded;
      from = semi + 1;
    }
    amp = raw.indexOf("&", forward(amp, amp + 1));
  }
  return out + raw.slice(from);
}

/** Undoes Excel's `_xHHHH_` escapes in cell text. */
export function decodeExcelEscapes(text: string): string {
  let at = text.indexOf("_x");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  while (at >= 0) {
    let hex = text.charCodeAt(at + 6) === 95;
    for (let k = 2; hex && k < 6; k++) hex = isHex(text.charCodeAt(at + k));
    if (hex) {
      out += text.slice(from, at) + String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
      from = at + 7;
      at = text.indexOf("_x", from);
    } else {
      at = text.indexOf("_x", forward(at, at + 1));
    }
  }
  return out + text.slice(from);
}

function isNameChar(c: number): boolean {
  // Letters, digits, and _ : . - (and anything beyond ASCII, as XML names may be).
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45 || c > 127;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Attributes of one start tag's text (`<sheet name="A" r:id="rId1"/>`), entity-decoded, prefixes kept. */
export function xmlAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const n = tag.length;
  // Skip `<name`.
  let i = tag.charCodeAt(0) === 60 ? 1 : 0;
  while (i < n && isNameChar(tag.charCodeAt(i))) i++;
  while (i < n) {
    const before = i;
    while (i < n && !isNameChar(tag.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && isNameChar(tag.charCodeAt(i))) i++;
    const name = tag.slice(nameStart, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) continue; // not `name=`: go on from here
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const close = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) break;
    if (name) out.set(name, decodeXmlText(tag.slice(i + 1, close)));
    i = forward(before, close + 1);
  }
  return out;
}

/**
 * Where the next complete start tag named `local` (any namespace prefix) begins at or
 * after `from`, and where it ends (just past its `>`); undefined if none.
 */
export function nextStartTag(xml: string, local: string, from: number): { start: number; end: number; prefix: string } | undefined {
  let at = xml.indexOf(local, from);
  while (at >= 0) {
    const after = xml.charCodeAt(at + local.length);
    const boundary = isSpace(after) || after === 47 || after === 62;
    // Walk back over a prefix (`x:`) to the `<`.
    let lt = at - 1;
    if (boundary && lt >= 0 && xml.charCodeAt(lt) === 58) {
      lt--;
      while (lt >= 0 && lt > at - 64 && isNameChar(xml.charCodeAt(lt)) && xml.charCodeAt(lt) !== 58) lt--;
    }
    if (boundary && lt >= 0 && xml.charCodeAt(lt) === 60) {
      const gt = xml.indexOf(">", at + local.length);
      if (gt < 0) return undefined;
      return { start: lt, end: gt + 1, prefix: xml.slice(lt + 1, at) };
    }
    at = xml.indexOf(local, forward(at, at + 1));
  }
  return undefined;
}

/** The start tags named `local` (any namespace prefix) in a small XML text. */
export function startTags(xml: string, local: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let tag = nextStartTag(xml, local, 0); tag; tag = nextStartTag(xml, local, from)) {
    out.push(xml.slice(tag.start, tag.end));
    from = forward(from, tag.end);
  }
  return out;
}

/** The text between the first `<local …>` and its `</local>` (same prefix); "" if absent. */
export function elementBody(xml: string, local: string): string {
  const tag = nextStartTag(xml, local, 0);
  if (!tag || xml.charCodeAt(tag.end - 2) === 47) return "";
  const prefixed = xml.slice(tag.start + 1, xml.indexOf(local, tag.start) + local.length);
  const close = xml.indexOf(`</${prefixed}>`, tag.end);
  return close < 0 ? "" : xml.slice(tag.end, close);
}

/** The value of the attribute `local` under any prefix, e.g. `r:id` for "id". */
export function prefixedAttribute(attributes: ReadonlyMap<string, string>, local: string): string | undefined {
  for (const [name, value] of attributes) if (name.endsWith(":" + local)) return value;
  return undefined;
}

/** The tags of a string item's text runs, under a namespace prefix ("" or "x:"). */
export interface RunTags {
  readonly t: string;
  readonly tEnd: string;
  readonly rPh: string;
  readonly rPhEnd: string;
}

export function runTags(prefix: string): RunTags {
  return { t: `<${prefix}t`, tEnd: `</${prefix}t>`, rPh: `<${prefix}rPh`, rPhEnd: `</${prefix}rPh>` };
}

/**
 * The text of a string item (`<si>` or `<is>`) lying in s[from, to): every
 * `<t>` run joined, phonetic (`<rPh>`) runs left out, entities and Excel
 * escapes decoded. A run without its end runs to the item's end.
 */
export function runsText(whole: string, from: number, to: number, tags: RunTags): string {
  // Nearly every item is one plain run, `<t>…</t>` or `<t xml:space="preserve">…</t>`, filling it: read in place.
  if (whole.startsWith(tags.t, from + 1)) {
    const after = whole.charCodeAt(from + 1 + tags.t.length);
    const open = after === 62 ? from + 1 + tags.t.length : after === 32 ? whole.indexOf(">", from + 1) : -1;
    if (open > from && open < to && whole.charCodeAt(open - 1) !== 47) {
      const close = whole.indexOf("<", open + 1);
      if (close >= 0 && close + tags.tEnd.length === to && whole.startsWith(tags.tEnd, close))
        return decodeExcelEscapes(decodeXmlText(whole.slice(open + 1, close)));
    }
  }
  // On the item alone, every search stops at its end (a search for a missing <rPh> would otherwise run to the chunk's end).
  const s = whole.slice(from, to);
  const end = s.length;
  let text = "";
  let p = 0;
  // The next <rPh>, searched once and then only again when passed, so the item is scanned once.
  let ph = s.indexOf(tags.rPh);
  for (;;) {
    const ti = s.indexOf(tags.t, p);
    if (ti < 0) break;
    const next = s.charCodeAt(ti + tags.t.length);
    if (next !== 32 && next !== 62 && next !== 47) {
      p = forward(p, ti + tags.t.length); // another tag that starts with "t"
      continue;
    }
    while (ph >= 0 && ph < p) ph = s.indexOf(tags.rPh, ph + 1);
    if (ph >= 0 && ph < ti) {
      const phEnd = s.indexOf(tags.rPhEnd, ph);
      p = forward(p, phEnd < 0 ? end : phEnd + tags.rPhEnd.length);
      continue;
    }
    const open = s.indexOf(">", ti);
    if (open < 0) break;
    if (s.charCodeAt(open - 1) === 47) {
      p = forward(p, open + 1);
      continue;
    }
    const close = s.indexOf(tags.tEnd, open);
    text += s.slice(open + 1, close < 0 ? end : close);
    if (close < 0) break;
    p = forward(p, close + tags.tEnd.length);
  }
  return decodeExcelEscapes(decodeXmlText(text));
}
