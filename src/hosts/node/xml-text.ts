/**
 * The little XML we decode by hand: text with entities and Excel's `_xHHHH_`
 * escapes, and the attributes of small parts (rels, workbook, styles, tables).
 */

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(_m: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body] ?? "";
  const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : "";
}

/** XML character data as it was meant; the cheap path returns the input untouched. */
export function decodeXmlText(raw: string): string {
  return raw.indexOf("&") < 0 ? raw : raw.replace(ENTITY, entity);
}

/** Undoes Excel's `_xHHHH_` escapes in cell text. */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag's text (`<sheet name="A" r:id="rId1"/>`), entity-decoded, prefixes kept. */
export function xmlAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1]!, decodeXmlText(m[2] ?? m[3] ?? ""));
  return out;
}

/** The start tags named `local` (any namespace prefix) in a small XML text. */
export function startTags(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

/** The text between the first `<local …>` and its `</local>` (any prefix); "" if absent. */
export function elementBody(xml: string, local: string): string {
  const m = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s>])[^>]*>([\\s\\S]*?)</\\1>`).exec(xml);
  return m?.[2] ?? "";
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
 * The text of a string item (`<si>` or `<is>`) lying in s[from, end): every
 * `<t>` run joined, phonetic (`<rPh>`) runs left out, entities and Excel
 * escapes decoded.
 */
export function runsText(whole: string, from: number, to: number, tags: RunTags): string {
  // On the item alone, every search stops at its end (a search for a missing <rPh> would otherwise run to the chunk's end).
  const s = whole.slice(from, to);
  const end = s.length;
  let text = "";
  let p = 0;
  for (;;) {
    const ti = s.indexOf(tags.t, p);
    if (ti < 0 || ti >= end) break;
    const next = s.charCodeAt(ti + tags.t.length);
    if (next !== 32 && next !== 62 && next !== 47) {
      p = ti + tags.t.length; // another tag that starts with "t"
      continue;
    }
    const ph = s.indexOf(tags.rPh, p);
    if (ph >= 0 && ph < ti) {
      p = s.indexOf(tags.rPhEnd, ph) + tags.rPhEnd.length;
      continue;
    }
    const open = s.indexOf(">", ti);
    if (s.charCodeAt(open - 1) === 47) {
      p = open + 1;
      continue;
    }
    const close = s.indexOf(tags.tEnd, open);
    text += s.slice(open + 1, close);
    p = close + tags.tEnd.length;
  }
  return decodeExcelEscapes(decodeXmlText(text));
}
