/**
 * Computed values inside the fixed lines of a report (the period's name in the
 * subject and the headings, the year in the date line): the lines stay plain
 * strings in the model, and `textFigureRuns` cuts them into text and keyed
 * figure runs wherever one of the document's text figures is printed, so the
 * .docx can tag them like any other figure.
 */
import type { SourceRef } from "../summarise";
import type { InlineRun } from "./runs";

export interface TextFigure {
  /** As printed ("6 tháng đầu năm 2021", "6 THÁNG ĐẦU NĂM 2021", "2021"). */
  readonly text: string;
  /** `period.name`, `period.name.upper`, `period.year`. */
  readonly key: string;
  readonly sources: ReadonlyArray<SourceRef>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * `line` as runs: the longest text figure printed at each place (standing as
 * whole words) becomes a figure run, the rest text runs, all in `style`.
 */
export function textFigureRuns(
  line: string,
  figures: ReadonlyArray<TextFigure> | undefined,
  style: { readonly bold?: boolean; readonly italic?: boolean } = {},
): InlineRun[] {
  const bold = style.bold ?? false;
  const italic = style.italic ?? false;
  const longestFirst = [...(figures ?? [])].filter((f) => f.text !== "").sort((a, b) => b.text.length - a.text.length);
  const out: InlineRun[] = [];
  let plain = "";
  let i = 0;
  while (i < line.length) {
    const found = WORD_CHAR.test(line.charAt(i - 1)) ? undefined : longestFirst.find((f) => standsAt(line, i, f.text));
    if (found === undefined) {
      plain += line.charAt(i);
      i++;
      continue;
    }
    if (plain !== "") out.push({ kind: "text", text: plain, bold, italic });
    plain = "";
    out.push({ kind: "figure", text: found.text, sources: found.sources, bold, italic, key: found.key });
    i += found.text.length;
  }
  if (plain !== "" || out.length === 0) out.push({ kind: "text", text: plain, bold, italic });
  return out;
}

function standsAt(line: string, at: number, text: string): boolean {
  return line.startsWith(text, at) && !WORD_CHAR.test(line.charAt(at + text.length));
}

/** The keys that belong to the date lines alone (the date line, the appendix's "Kèm theo" line). */
const DATE_LINE_KEYS = ["period.year", "issue.date"];

/**
 * The text figures of a title or heading: all but the year and the issue date, which belong to the date
 * lines; a heading's own "giai đoạn 2021-2025" is the department's words, not the period's year.
 */
export function titleFigures(figures: ReadonlyArray<TextFigure> | undefined): ReadonlyArray<TextFigure> | undefined {
  return figures?.filter((f) => !DATE_LINE_KEYS.some((k) => f.key === k || f.key.startsWith(`${k}.`)));
}
