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

const TOKEN = /<w:sdt>|<\/w:sdt>/g;
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
  for (const m of xml.matchAll(TOKEN)) {
    if (m[0] === OPEN) {
      const parent = stack[stack.length - 1];
      if (parent) parent.nests = true;
      stack.push({ start: m.index, nests: false });
    } else {
      const open = stack.pop();
      if (open) pairs.push({ start: open.start, end: m.index + m[0].length, nests: open.nests });
    }
  }
  pairs.sort((a, b) => a.start - b.start);
  return pairs.map((p) => ({ ...p, ...propertiesOf(xml, p.start, p.end) }));
}

/** The tag, read only inside the control's own `<w:sdtPr>` (which must come first), and where its content lies. */
function propertiesOf(xml: string, start: number, end: number): { tag: string; contentStart: number; contentEnd: number } {
  const none = { tag: "", contentStart: -1, contentEnd: -1 };
  const prStart = start + OPEN.length;
  if (!xml.startsWith(PR_OPEN, prStart)) return { ...none, ...contentOf(xml, prStart, end) };
  const prEnd = xml.indexOf(PR_CLOSE, prStart);
  if (prEnd < 0 || prEnd > end) return none;
  const tag = tagIn(xml.slice(prStart, prEnd));
  return { tag, ...contentOf(xml, prEnd + PR_CLOSE.length, end) };
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
