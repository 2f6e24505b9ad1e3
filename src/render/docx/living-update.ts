/**
 * Reading and refreshing a living .docx: the tagged controls' texts (figures
 * and lists), the custom XML part, and a copy with only the content of the
 * rewritten controls changed: a figure's run, or a list's blocks replaced
 * whole by the fresh report's. Outside those `<w:sdtContent>`s no byte of the body or
 * the footnotes changes; every other part is copied as it was inflated; the
 * entries keep their order and their date.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import {
  addTagText,
  escapeXml,
  LIST_TAG_PREFIX,
  parseProvenance,
  provenanceXml,
  TAG_PREFIX,
  unescapeXml,
  type Provenance,
  type TagTexts,
} from "../../core/living";
import { setZipDates } from "../../xlsx";
import { CUSTOM_XML_PATH } from "./living-package";
import { hasAnchors, hasRevisions, listControlsOf, listXmlText } from "./list-controls";
import { sdtSpans, type SdtSpan } from "./sdt-scan";

const FIGURE_PARTS = ["word/document.xml", "word/footnotes.xml"];

/** A report's part may inflate to 64 MiB and the whole package to 256 MiB: a real report is a few megabytes; more is a zip bomb, refused before it is inflated. */
export const DOCX_LIMITS = { part: 64 * 1024 * 1024, total: 256 * 1024 * 1024 } as const;

/** The .docx declares parts larger than `DOCX_LIMITS`: it is not read. */
export class DocxTooLargeError extends Error {
  constructor(readonly part: string) {
    super(`the .docx part ${part} is larger than a report can be`);
    this.name = "DocxTooLargeError";
  }
}

/** The package's parts (only those `wanted` says), each checked against `DOCX_LIMITS` by its declared size before it is inflated. */
function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Record<string, Uint8Array> {
  let total = 0;
  return unzipSync(bytes, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      total += file.originalSize;
      if (file.originalSize > DOCX_LIMITS.part || total > DOCX_LIMITS.total) throw new DocxTooLargeError(file.name);
      return true;
    },
  });
}

export interface LivingDocx {
  /** What the product last wrote; undefined for a .docx the product did not make living. */
  readonly provenance?: Provenance;
  /** Each figure tag of ours → the texts of its controls, in document order. */
  readonly controls: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Each list tag (`lbc:list:…`) → the canonical texts of its controls. */
  readonly lists: ReadonlyMap<string, ReadonlyArray<string>>;
  /** The tags of the controls, figure or list, that hold a tracked change: someone edited them. */
  readonly tracked: ReadonlySet<string>;
  /** The tags of the controls, figure or list, that hold a comment or a bookmark of the clerk's: replacing them would lose it. */
  readonly annotated: ReadonlySet<string>;
}

/** One of our controls in a part: where its content starts and ends, its tag and its text. */
interface Control {
  readonly tag: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly content: string;
}

/** Our figure controls in a part: those that hold no other control (ours are run-level), tagged `lbc:` but not `lbc:list:`. */
function controlsOf(xml: string, spans: ReadonlyArray<SdtSpan> = sdtSpans(xml)): Control[] {
  const out: Control[] = [];
  for (const span of spans) {
    if (span.nests || span.contentStart < 0 || !span.tag.startsWith(TAG_PREFIX) || span.tag.startsWith(LIST_TAG_PREFIX)) continue;
    out.push({ tag: span.tag, contentStart: span.contentStart, contentEnd: span.contentEnd, content: xml.slice(span.contentStart, span.contentEnd) });
  }
  return out;
}

/** The visible text of runs' XML: each `<w:t>`'s text, tabs and breaks left out. */
function runsText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g)) out += unescapeXml(m[1] ?? "");
  return out;
}

/** The report's record (the custom XML part) as written in the package, for a host that must add it itself; undefined when there is none. */
export function recordXml(bytes: Uint8Array): string | undefined {
  const part = unzipBounded(bytes, (name) => name === CUSTOM_XML_PATH)[CUSTOM_XML_PATH];
  return part === undefined ? undefined : strFromU8(part);
}

export function readLivingDocx(bytes: Uint8Array): LivingDocx {
  const files = unzipBounded(bytes, (name) => FIGURE_PARTS.includes(name) || name === CUSTOM_XML_PATH);
  const controls: TagTexts = new Map();
  const lists: TagTexts = new Map();
  const tracked = new Set<string>();
  const annotated = new Set<string>();
  for (const part of FIGURE_PARTS) {
    const data = files[part];
    if (data === undefined) continue;
    const xml = strFromU8(data);
    // The part's controls found once, for its figures and its lists.
    const spans = sdtSpans(xml);
    for (const c of controlsOf(xml, spans)) {
      addTagText(controls, c.tag, runsText(c.content));
      if (hasRevisions(c.content)) tracked.add(c.tag);
      if (hasAnchors(c.content)) annotated.add(c.tag);
    }
    for (const l of listControlsOf(xml, spans)) {
      addTagText(lists, l.tag, listXmlText(l.content));
      if (hasRevisions(l.content)) tracked.add(l.tag);
      if (hasAnchors(l.content)) annotated.add(l.tag);
    }
  }
  const custom = files[CUSTOM_XML_PATH];
  return { provenance: custom === undefined ? undefined : parseProvenance(strFromU8(custom)), controls, lists, tracked, annotated };
}

/**
 * The package with each control whose tag is in `texts` holding the new text
 * (the first run's properties kept, any other runs of it dropped), each list
 * control whose tag is in `lists` holding the fresh blocks' XML (the figure
 * controls inside it come with them), and the custom XML part replaced by
 * `provenance`.
 */
export function rewriteLivingDocx(
  bytes: Uint8Array,
  texts: ReadonlyMap<string, string>,
  provenance: Provenance,
  lists: ReadonlyMap<string, string> = new Map(),
): Uint8Array {
  const files = unzipBounded(bytes);
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (FIGURE_PARTS.includes(path)) out[path] = strToU8(rewritePart(strFromU8(data), texts, lists));
    else if (path === CUSTOM_XML_PATH) out[path] = strToU8(provenanceXml(provenance));
    else out[path] = data;
  }
  return setZipDates(zipSync(out), firstEntryDate(bytes));
}

/** The part with each replaced list's content swapped for the fresh one and, outside those, each rewritten figure's. */
export function rewritePart(xml: string, texts: ReadonlyMap<string, string>, lists: ReadonlyMap<string, string>): string {
  let out = "";
  let at = 0;
  for (const l of listControlsOf(xml)) {
    const fresh = lists.get(l.tag);
    if (fresh === undefined) continue;
    out += rewriteControls(xml.slice(at, l.contentStart), texts) + fresh;
    at = l.contentEnd;
  }
  return out + rewriteControls(xml.slice(at), texts);
}

/** Each list control's content in a fresh package, by tag (the first of a tag): what `rewriteLivingDocx` puts in. */
export function listContents(bytes: Uint8Array): ReadonlyMap<string, string> {
  const files = unzipBounded(bytes);
  const out = new Map<string, string>();
  for (const part of FIGURE_PARTS) {
    const data = files[part];
    if (data === undefined) continue;
    for (const l of listControlsOf(strFromU8(data))) if (!out.has(l.tag)) out.set(l.tag, l.content);
  }
  return out;
}

/** The part with the content of each rewritten control replaced, every other byte as it was. */
export function rewriteControls(xml: string, texts: ReadonlyMap<string, string>): string {
  let out = "";
  let at = 0;
  for (const c of controlsOf(xml)) {
    const text = texts.get(c.tag);
    if (text === undefined) continue;
    out += xml.slice(at, c.contentStart) + contentWith(c.content, text);
    at = c.contentEnd;
  }
  return out + xml.slice(at);
}

function contentWith(content: string, text: string): string {
  return `<w:r>${firstRunProperties(content)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/**
 * The `<w:rPr>…</w:rPr>` of the first run that opens with one, or "": the
 * figure keeps its look. One pass: the runs are visited in order and each `>`
 * is looked for once, so a control with thousands of unfinished run tags costs
 * no more than its length.
 */
function firstRunProperties(content: string): string {
  let gt = -1;
  for (let at = content.indexOf("<w:r"); at >= 0; at = content.indexOf("<w:r", at + 4)) {
    const next = content.charCodeAt(at + 4);
    // `<w:r>` or `<w:r …>`, not `<w:rPr>` or `<w:rFonts …/>`.
    if (next !== 62 && next !== 32 && next !== 9 && next !== 10 && next !== 13) continue;
    if (gt < at) gt = content.indexOf(">", at);
    if (gt < 0) return "";
    let p = gt + 1;
    while (p < content.length && /\s/.test(content[p]!)) p++;
    if (!content.startsWith("<w:rPr>", p)) continue;
    const end = content.indexOf("</w:rPr>", p);
    return end < 0 ? "" : content.slice(p, end + "</w:rPr>".length);
  }
  return "";
}

/** The date of the package's first local entry, to stamp the rewritten package as the original was. */
function firstEntryDate(bytes: Uint8Array): Date {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2));
}
