/**
 * Content controls (`<w:sdt>`) in a part's XML, found in one linear pass: the
 * opening and closing tags are paired with a stack, so no pattern ever runs
 * over a control's whole content, and a hostile part (thousands of unclosed
 * or nested controls, megabytes inside one) costs time in proportion to its size.
 */
import { unescapeXml } from "../../core/living";

export interface SdtSpan {
  /** Index of `<w:sdt>`. */
  readonly start: number;
  /** Index just past the matching `</w:sdt>`. */
  readonly end: number;
  /** The control's tag (`w:tag`), unescaped; "" when it has none or no properties. */
  readonly tag: string;
  /** Where its `<w:sdtContent>`'s content starts and ends; both -1 when it has none. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** True when another control opens inside its content. */
  readonly nests: boolean;
}

const OPEN = "<w:sdt>";
const CLOSE = "</w:sdt>";
const PR_OPEN = "<w:sdtPr>";
const PR_CLOSE = "</w:sdtPr>";
const CONTENT_OPEN = "<w:sdtContent>";
const CONTENT_CLOSE = "</w:sdtContent>";
const TAG_OPEN = "<w:tag ";
/** Characters of a `<w:tag …/>` element read: far more than Word's 64-character tag, escaped. */
const TAG_WINDOW = 4096;

/** Every well-formed control of `xml`, in document order of their start; an unclosed `<w:sdt>` or a stray `</w:sdt>` is left out. */
export function sdtSpans(xml: string): SdtSpan[] {
  const pairs: Array<{ start: number; end: number; nests: boolean }> = [];
  const stack: Array<{ start: number; nests: boolean }> = [];
  // Two searches, each moved past what it found: every step goes forward, whatever the part holds.
  let open = xml.indexOf(OPEN);
  let close = xml.indexOf(CLOSE);
  while (open >= 0 || close >= 0) {
    if (open >= 0 && (close < 0 || open < close)) {
      const parent = stack[stack.length - 1];
      if (parent) parent.nests = true;
      stack.push({ start: open, nests: false });
      open = xml.indexOf(OPEN, open + OPEN.length);
    } else {
      const opened = stack.pop();
      if (opened) pairs.push({ start: opened.start, end: close + CLOSE.length, nests: opened.nests });
      close = xml.indexOf(CLOSE, close + CLOSE.length);
    }
  }
  pairs.sort((a, b) => a.start - b.start);
  const marks = marksOf(xml);
  // Built field by field: an object spread per control costs a runtime call, and a hostile part holds hundreds of thousands.
  return pairs.map((p) => {
    const { tag, contentStart, contentEnd } = propertiesOf(xml, marks, p.start, p.end);
    return { start: p.start, end: p.end, tag, contentStart, contentEnd, nests: p.nests };
  });
}

/**
 * Where each `</w:sdtPr>`, `<w:sdtContent>` and `<w:tag ` of the part stands,
 * found once: a control's are looked up among them, never searched for again
 * from its start, which on a part of nested or broken controls would scan the
 * same text once per control.
 */
interface Marks {
  readonly prClose: number[];
  readonly contentOpen: number[];
  readonly tag: number[];
}

function marksOf(xml: string): Marks {
  return { prClose: positions(xml, PR_CLOSE), contentOpen: positions(xml, CONTENT_OPEN), tag: positions(xml, TAG_OPEN) };
}

function positions(xml: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = xml.indexOf(needle); i >= 0; i = xml.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

/** The first of `sorted` at or after `from`, or -1. */
function firstFrom(sorted: ReadonlyArray<number>, from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : -1;
}

/** The tag, read only inside the control's own `<w:sdtPr>` (which must come first), and where its content lies. */
function propertiesOf(xml: string, marks: Marks, start: number, end: number): { tag: string; contentStart: number; contentEnd: number } {
  const prStart = start + OPEN.length;
  if (!xml.startsWith(PR_OPEN, prStart)) return withContent("", contentOf(xml, marks, prStart, end));
  const prEnd = firstFrom(marks.prClose, prStart);
  if (prEnd < 0 || prEnd > end) return { tag: "", contentStart: -1, contentEnd: -1 };
  return withContent(tagIn(xml, marks, prStart, prEnd), contentOf(xml, marks, prEnd + PR_CLOSE.length, end));
}

function withContent(tag: string, content: { contentStart: number; contentEnd: number }): { tag: string; contentStart: number; contentEnd: number } {
  return { tag, contentStart: content.contentStart, contentEnd: content.contentEnd };
}

/** The content lies between the first `<w:sdtContent>` after the properties and the `</w:sdtContent>` that ends the control (its last child). */
function contentOf(xml: string, marks: Marks, from: number, end: number): { contentStart: number; contentEnd: number } {
  const open = firstFrom(marks.contentOpen, from);
  const close = end - CLOSE.length - CONTENT_CLOSE.length;
  if (open < 0 || close < open + CONTENT_OPEN.length || !xml.startsWith(CONTENT_CLOSE, close)) return { contentStart: -1, contentEnd: -1 };
  return { contentStart: open + CONTENT_OPEN.length, contentEnd: close };
}

/**
 * `w:val` of the first `<w:tag …/>` in a control's properties, xml[from, to)
 * (Word writes it as `<w:tag w:val="…"/>`, its value at most 64 characters):
 * read within a short window, so a tag element that never ends costs little.
 */
function tagIn(xml: string, marks: Marks, from: number, to: number): string {
  const at = firstFrom(marks.tag, from);
  if (at < 0 || at >= to) return "";
  const element = xml.slice(at, Math.min(to, at + TAG_WINDOW));
  const val = element.indexOf('w:val="');
  const close = element.indexOf(">");
  if (val < 0 || (close >= 0 && val > close)) return "";
  const valueStart = val + 'w:val="'.length;
  const valueEnd = element.indexOf('"', valueStart);
  return valueEnd < 0 ? "" : unescapeXml(element.slice(valueStart, valueEnd));
}
