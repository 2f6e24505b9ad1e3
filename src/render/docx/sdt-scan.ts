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
  // Built field by field: an object spread per control costs a runtime call, and a hostile part holds hundreds of thousands.
  return pairs.map((p) => {
    const { tag, contentStart, contentEnd } = propertiesOf(xml, p.start, p.end);
    return { start: p.start, end: p.end, tag, contentStart, contentEnd, nests: p.nests };
  });
}

/** The tag, read only inside the control's own `<w:sdtPr>` (which must come first), and where its content lies. */
function propertiesOf(xml: string, start: number, end: number): { tag: string; contentStart: number; contentEnd: number } {
  const prStart = start + OPEN.length;
  if (!xml.startsWith(PR_OPEN, prStart)) return withContent("", contentOf(xml, prStart, end));
  const prEnd = xml.indexOf(PR_CLOSE, prStart);
  if (prEnd < 0 || prEnd > end) return { tag: "", contentStart: -1, contentEnd: -1 };
  return withContent(tagIn(xml.slice(prStart, prEnd)), contentOf(xml, prEnd + PR_CLOSE.length, end));
}

function withContent(tag: string, content: { contentStart: number; contentEnd: number }): { tag: string; contentStart: number; contentEnd: number } {
  return { tag, contentStart: content.contentStart, contentEnd: content.contentEnd };
}

/** The content lies between the first `<w:sdtContent>` after the properties and the `</w:sdtContent>` that ends the control (its last child). */
function contentOf(xml: string, from: number, end: number): { contentStart: number; contentEnd: number } {
  const open = xml.indexOf(CONTENT_OPEN, from);
  const close = end - CLOSE.length - CONTENT_CLOSE.length;
  if (open < 0 || close < open + CONTENT_OPEN.length || !xml.startsWith(CONTENT_CLOSE, close)) return { contentStart: -1, contentEnd: -1 };
  return { contentStart: open + CONTENT_OPEN.length, contentEnd: close };
}

/** `w:val` of the `<w:tag …/>` in a control's properties (Word writes it as `<w:tag w:val="…"/>`). */
function tagIn(properties: string): string {
  const at = properties.indexOf("<w:tag ");
  if (at < 0) return "";
  const val = properties.indexOf('w:val="', at);
  const close = properties.indexOf(">", at);
  if (val < 0 || (close >= 0 && val > close)) return "";
  const from = val + 'w:val="'.length;
  const to = properties.indexOf('"', from);
  return to < 0 ? "" : unescapeXml(properties.slice(from, to));
}
