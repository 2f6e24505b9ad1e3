/**
 * The inline note syntax of the `Nội dung` sheet: "… 30 dự án[^ Dự án A; Dự án B.] …"
 * puts a real footnote where the marker stands.
 */
import { footnote, type RunInput } from "../document";

const OPEN = "[^";
const CLOSE = "]";

/**
 * Text and footnotes in order. Space before a marker is dropped so the note
 * sits on the word; an empty note is dropped; an unclosed marker stays as text.
 */
export function inlineFootnoteRuns(text: string): RunInput[] {
  const out: RunInput[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf(OPEN);
    const close = open < 0 ? -1 : rest.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    const before = rest.slice(0, open).trimEnd();
    const note = rest.slice(open + OPEN.length, close).trim();
    if (before !== "") out.push(before);
    if (note !== "") out.push(footnote(note));
    rest = rest.slice(close + CLOSE.length);
  }
  if (rest !== "") out.push(rest);
  return mergeText(out);
}

/** Adjacent strings joined, so a dropped empty note leaves one run. */
function mergeText(runs: RunInput[]): RunInput[] {
  const out: RunInput[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (typeof run === "string" && typeof last === "string") out[out.length - 1] = last + (/\s$/.test(last) || /^\s/.test(run) ? "" : " ") + run;
    else out.push(run);
  }
  return out;
}
