/**
 * Structured mutations of a living report, drawn from a seeded random source
 * so that a case number always gives the same bytes: damage to the body, the
 * footnotes or the record (truncated, a control's tag dropped or repeated
 * thousands of times, a control copied tens of thousands of times, tags
 * opened and never finished tens of thousands of times, odd character
 * references, junk) or to the zip itself (truncated, flipped bytes).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { seeded, type Random } from "../support/seeded-random";

const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: ReadonlyArray<T>): T => xs[int(r, xs.length)]!;

const PARTS = ["word/document.xml", "word/footnotes.xml", "customXml/item1.xml"];
const TOKENS = [
  "<w:sdt>",
  "</w:sdt>",
  "<w:sdtContent>",
  "</w:sdtContent>",
  "<w:sdtPr>",
  "</w:sdtPr>",
  "<w:tag ",
  'w:val="',
  '"',
  ">",
  "<w:t>",
  '<w:t xml:space="preserve">',
  "</w:t>",
  "<figure ",
  "</figure>",
  "<list ",
  "</list>",
  "&amp;",
  "<summary",
];
const JUNK = [
  "&#x110000;",
  "&#99999999999;",
  "&bogus;",
  "&#0;",
  "<w:sdt>",
  "</w:sdt>",
  '<w:commentRangeStart w:id="1"/>',
  "<w:ins>",
  "\u0000",
  "<![CDATA[",
  "]]>",
];
/** Tags opened and never finished, each a pattern's trap when read once per opening. */
const UNFINISHED = ["<w:t ", "<w:r ", "<w:p ", "<w:bookmarkStart ", "<w:tag ", "<w:sdt><w:sdtPr>", "<figure ", "<list ", "<workbook "];

/** Indexes of `token` in `s`, the first thousand. */
function occurrences(s: string, token: string): number[] {
  const at: number[] = [];
  for (let i = s.indexOf(token); i >= 0 && at.length < 1000; i = s.indexOf(token, i + token.length)) at.push(i);
  return at;
}

function mutateXml(r: Random, xml: string): { xml: string; what: string } {
  const kind = int(r, 6);
  if (kind === 0) {
    const at = int(r, xml.length);
    return { xml: xml.slice(0, at), what: `truncated at ${at}` };
  }
  const token = pick(r, TOKENS);
  const at = occurrences(xml, token);
  if (kind === 1 && at.length > 0) {
    const i = pick(r, at);
    return { xml: xml.slice(0, i) + xml.slice(i + token.length), what: `one ${token} dropped` };
  }
  if (kind === 2 && at.length > 0) {
    const i = pick(r, at);
    const n = 1 + int(r, 5000);
    return { xml: xml.slice(0, i) + token.repeat(n) + xml.slice(i), what: `${token} repeated ${n} times` };
  }
  if (kind === 3) {
    // A whole control copied: thousands of figures of one tag.
    const opens = occurrences(xml, "<w:sdt>");
    if (opens.length > 0) {
      const start = pick(r, opens);
      const end = xml.indexOf("</w:sdt>", start);
      if (end > start) {
        const n = 1 + int(r, 30_000);
        const control = xml.slice(start, end + "</w:sdt>".length);
        return { xml: xml.slice(0, start) + control.repeat(n) + xml.slice(start), what: `a control copied ${n} times` };
      }
    }
  }
  const unfinished = r() < 0.5;
  const junk = pick(r, unfinished ? UNFINISHED : JUNK);
  const i = int(r, xml.length);
  const n = 1 + int(r, unfinished ? 50_000 : 200);
  return { xml: xml.slice(0, i) + junk.repeat(n) + xml.slice(i), what: `${JSON.stringify(junk)} × ${n} inserted at ${i}` };
}

export interface DocxCase {
  readonly bytes: Uint8Array;
  readonly what: string;
}

/** Case `index` of `seed`, made from the report `docx`. */
export function docxFuzzCase(docx: Uint8Array, seed: number, index: number): DocxCase {
  const r = seeded(seed * 1_000_003 + index);
  if (int(r, 8) === 0) {
    // The zip itself.
    const bytes = docx.slice();
    if (r() < 0.5) return { bytes: bytes.subarray(0, int(r, bytes.length)), what: "zip truncated" };
    const flips = 1 + int(r, 20);
    for (let k = 0; k < flips; k++) bytes[int(r, bytes.length)] = int(r, 256);
    return { bytes, what: `${flips} zip bytes flipped` };
  }
  const files = unzipSync(docx);
  const part = pick(r, PARTS);
  const data = files[part];
  if (data === undefined) return { bytes: docx, what: `no ${part}` };
  const { xml, what } = mutateXml(r, strFromU8(data));
  const out: Zippable = {};
  for (const [path, content] of Object.entries(files)) out[path] = path === part ? strToU8(xml) : content;
  return { bytes: zipSync(out), what: `${part}: ${what}` };
}
