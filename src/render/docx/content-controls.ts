/**
 * Figures as Word content controls. docx (9.x) writes no `w:sdt`, so a keyed
 * figure's run text is wrapped in private-use marks carrying its tag and
 * title, and the finished XML is spliced: each marked `<w:r>` becomes
 * `<w:sdt>` (tag `lbc:<key>`, title naming the source cells, appearance
 * hidden, no lock) around the same run with the bare text. Pure string work,
 * so the same document gives the same bytes.
 */
import { figureTag, sourceTitle } from "../../core/living";
import type { FigureRun } from "../../core/document";

const OPEN = "\uE000";
const TITLE = "\uE001";
const TEXT = "\uE002";
const CLOSE = "\uE003";

/** The run text docx is given for a figure: marked when it has a key, else as printed. */
export function markedFigureText(run: FigureRun): string {
  if (run.key === undefined) return run.text;
  return `${OPEN}${figureTag(run.key)}${TITLE}${sourceTitle(run.sources)}${TEXT}${run.text}${CLOSE}`;
}

// A run (not <w:rPr>, not <w:rFonts>) holding one marked <w:t>; docx escapes &, <, > in text, so the marks come through unchanged.
const MARKED_RUN = new RegExp(
  `<w:r>((?:(?!<w:r>)[\\s\\S])*?)(<w:t[^>]*>)${OPEN}([^${TITLE}]*)${TITLE}([^${TEXT}]*)${TEXT}([^${CLOSE}]*)${CLOSE}</w:t></w:r>`,
  "g",
);

/** The part's XML with each marked figure run turned into a run-level content control. */
export function spliceFigureControls(xml: string): string {
  return xml.replace(MARKED_RUN, (_all, rPr: string, t: string, tag: string, title: string, text: string) => {
    const props = `<w:sdtPr><w:alias w:val="${quoted(title)}"/><w:tag w:val="${quoted(tag)}"/><w15:appearance w15:val="hidden"/></w:sdtPr>`;
    return `<w:sdt>${props}<w:sdtContent><w:r>${rPr}${t}${text}</w:t></w:r></w:sdtContent></w:sdt>`;
  });
}

/** Text already escaped by docx (&amp; &lt; &gt;), made safe inside an attribute. */
function quoted(escaped: string): string {
  return escaped.replace(/"/g, "&quot;");
}
