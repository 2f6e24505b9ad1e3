/**
 * Computed lists as block-level Word content controls. docx writes no
 * `w:sdt`, so the writer leaves marks that the finished XML is spliced on:
 * a table sits between two mark paragraphs, which become the start and end of
 * a block-level control; a computed paragraph's runs, and a note's after its
 * number, sit between two mark runs, which become the start and end of a
 * control around them. LibreOffice drops a block-level control inside a
 * footnote, and the text before the first figure control of a paragraph
 * inside a block-level control; a control around the runs it prints whole.
 * Tag `lbc:list:<key>`,
 * title naming the source cells, appearance hidden, no lock. The same
 * document gives the same bytes.
 *
 * Reading back: each list control's content, its canonical text (as
 * `listText` gives it from the model) and whether it holds tracked changes.
 */
import { Paragraph, TextRun } from "docx";
import { LIST_TAG_PREFIX, listTag, sourceTitle, unescapeXml } from "../../core/living";
import type { ListMark } from "../../core/document";
import { sdtSpans, type SdtSpan } from "./sdt-scan";

const START = "\uE004";
const TITLE = "\uE001";
const END_OF_START = "\uE005";
const END = "\uE006";

function startMark(list: ListMark): string {
  return `${START}${listTag(list.key)}${TITLE}${sourceTitle(list.sources)}${END_OF_START}`;
}

/** The paragraph that opens a body list's control (gone once spliced). */
export function listStartParagraph(list: ListMark): Paragraph {
  return new Paragraph({ children: [new TextRun(startMark(list))] });
}

/** The paragraph that closes it. */
export function listEndParagraph(): Paragraph {
  return new Paragraph({ children: [new TextRun(END)] });
}

/** The runs that open and close a note's or a paragraph's list content (gone once spliced). */
export function listMarkRuns(list: ListMark): { readonly start: TextRun; readonly end: TextRun } {
  return { start: new TextRun(startMark(list)), end: new TextRun(END) };
}

function props(tag: string, title: string): string {
  return `<w:sdtPr><w:alias w:val="${quoted(title)}"/><w:tag w:val="${quoted(tag)}"/><w15:appearance w15:val="hidden"/></w:sdtPr>`;
}

const MARK_RUN = `<w:r>(?:<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*</w:rPr>)?<w:t[^>]*>`;
const START_PARAGRAPH = new RegExp(
  `<w:p>(?:<w:pPr>(?:(?!</w:pPr>)[\\s\\S])*</w:pPr>)?${MARK_RUN}${START}([^${TITLE}]*)${TITLE}([^${END_OF_START}]*)${END_OF_START}</w:t></w:r></w:p>`,
  "g",
);
const END_PARAGRAPH = new RegExp(`<w:p>(?:<w:pPr>(?:(?!</w:pPr>)[\\s\\S])*</w:pPr>)?${MARK_RUN}${END}</w:t></w:r></w:p>`, "g");
// In a note: the mark runs around its content.
const START_RUN = new RegExp(`${MARK_RUN}${START}([^${TITLE}]*)${TITLE}([^${END_OF_START}]*)${END_OF_START}</w:t></w:r>`, "g");
const END_RUN = new RegExp(`${MARK_RUN}${END}</w:t></w:r>`, "g");

/** The part's XML with each marked list turned into a content control: block-level in the body, around the content in a note. */
export function spliceListControls(xml: string): string {
  // Body marks first: what is left are the notes' mark runs.
  return xml
    .replace(START_PARAGRAPH, (_all, tag: string, title: string) => `<w:sdt>${props(tag, title)}<w:sdtContent>`)
    .replace(END_PARAGRAPH, "</w:sdtContent></w:sdt>")
    .replace(START_RUN, (_all, tag: string, title: string) => `<w:sdt>${props(tag, title)}<w:sdtContent>`)
    .replace(END_RUN, "</w:sdtContent></w:sdt>");
}

/** Text already escaped by docx (&amp; &lt; &gt;), made safe inside an attribute. */
function quoted(escaped: string): string {
  return escaped.replace(/"/g, "&quot;");
}

/** One list control in a part: where its content starts and ends, its tag and its content's XML. */
export interface ListControl {
  readonly tag: string;
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly content: string;
}

/**
 * The part's list controls (tag `lbc:list:…`), outermost, in document order; the figure controls inside them are part
 * of their content. `spans` are the part's controls, when the caller has found them already.
 */
export function listControlsOf(xml: string, spans: ReadonlyArray<SdtSpan> = sdtSpans(xml)): ListControl[] {
  const out: ListControl[] = [];
  let covered = 0;
  for (const span of spans) {
    if (span.start < covered || !span.tag.startsWith(LIST_TAG_PREFIX) || span.contentStart < 0) continue;
    const { tag, start, end, contentStart, contentEnd } = span;
    out.push({ tag, start, end, contentStart, contentEnd, content: xml.slice(contentStart, contentEnd) });
    covered = end;
  }
  return out;
}

// A tag's attributes are read up to the next "<" as well as ">": a part with thousands of openings and no ">" is scanned once, not once per opening.
const TOKENS = /<w:tr(?=[\s>])|<\/w:tr>|<w:tc(?=[\s>])|<\/w:tc>|<w:p(?=[\s>])[^<>]*\/>|<w:p(?=[\s>])|<\/w:p>|<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g;

/** The canonical text of a list control's content (paragraphs, a table, or a note's runs), as `listText` gives it from the model. */
export function listXmlText(content: string): string {
  const lines: string[] = [];
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let paragraph = "";
  for (const m of content.matchAll(TOKENS)) {
    const token = m[0];
    if (token.startsWith("<w:tr")) row = [];
    else if (token === "</w:tr>") {
      lines.push((row ?? []).filter((t) => t !== "").join(" | "));
      row = undefined;
    } else if (token.startsWith("<w:tc")) cell = [];
    else if (token === "</w:tc>") {
      row?.push((cell ?? []).join(" ").trim());
      cell = undefined;
    } else if (token.startsWith("<w:p") && token.endsWith("/>")) {
      if (cell === undefined && row === undefined) lines.push("");
    } else if (token.startsWith("<w:p")) paragraph = "";
    else if (token === "</w:p>") {
      if (cell !== undefined) cell.push(paragraph.trim());
      else if (row === undefined) lines.push(paragraph.trim());
    } else paragraph += unescapeXml(m[1] ?? "");
  }
  // A note's list holds runs, not paragraphs.
  if (lines.length === 0 && paragraph !== "") lines.push(paragraph.trim());
  return lines.join("\n");
}

/** A tracked change inside (an insertion, a deletion, a move, a change of formatting, numbering or cells): someone edited it. */
export function hasRevisions(content: string): boolean {
  return /<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|tblGridChange|trPrChange|tcPrChange|cellIns|cellDel|cellMerge|numberingChange)[\s>/]/.test(
    content,
  );
}

/** A comment or a bookmark of the clerk's inside: replacing the content would lose it. Word's own `_GoBack` mark does not count. */
export function hasAnchors(content: string): boolean {
  if (/<w:comment(?:RangeStart|RangeEnd|Reference)[\s>/]/.test(content)) return true;
  for (const m of content.matchAll(/<w:bookmarkStart\b[^<>]*>/g)) if (!/w:name="_GoBack"/.test(m[0])) return true;
  return false;
}
