/**
 * Where a paragraph breaks a figure down: a total and the region that lists
 * its parts. Four ways clerks write it:
 * - "29 đề tài, dự án, trong đó: …" (and "gồm", "bao gồm");
 * - a note on the figure: "3.339[^Mã cân đúng là 3.328, mã cân sai là 71 …]";
 * - a colon after the count: "Lấy 12 mẫu đi thử nghiệm: 01 mẫu …, 08 mẫu xăng.";
 * - brackets after the counted words: "06 huyện (Đình Lập, Văn Lãng, …)";
 * - a total after its parts: "mã cân đúng là 3.328, mã cân sai là 71, tổng số 3.339".
 */
import { FigureKind, sentenceSpans, spanAt, type ReadPart, type Span, type TextFigure } from "../../figures";

export interface Breakdown {
  readonly total: TextFigure;
  /** Where the total stands: the running text, or a note. */
  readonly totalPart: ReadPart;
  /** The part holding the parts, and their region in it. */
  readonly part: ReadPart;
  readonly region: Span;
  /** The region lists every part ("trong đó:", a note, a colon, brackets); plain "trong đó" may list only some. */
  readonly exhaustive: boolean;
  /** "trong đó": figures after the marker are the parts, whatever the item structure. */
  readonly byFigures: boolean;
}

/** At most this many breakdowns are checked in a cell: a hostile cell costs a bounded multiple of its length. */
export const MAX_BREAKDOWNS = 64;

const isCount = (f: TextFigure): boolean => f.kind === FigureKind.Count && !f.approximate;
const lowerWord = (part: ReadPart, i: number): string => part.tokens[i]?.text.toLowerCase() ?? "";

/** The last count ending before `offset` in the same sentence (and not before `notBefore`), or undefined. */
function lastCountBefore(part: ReadPart, spans: ReadonlyArray<Span>, offset: number, notBefore = -1): TextFigure | undefined {
  const sentence = spanAt(spans, Math.max(0, offset - 1));
  if (sentence === undefined) return undefined;
  const from = Math.max(sentence.start, notBefore);
  // Figures are in text order: find the last one ending by `offset`, then look back a few.
  const { figures } = part;
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, steps = 0; i >= 0 && steps < 16 && figures[i]!.start >= from; i--, steps++) if (isCount(figures[i]!)) return figures[i];
  return undefined;
}

function markerBreakdowns(part: ReadPart, spans: ReadonlyArray<Span>): Breakdown[] {
  const out: Breakdown[] = [];
  // Checked before each push below: a hostile cell stops early.
  const full = (): boolean => out.length >= MAX_BREAKDOWNS;
  const { tokens } = part;
  for (let i = 0; i < tokens.length && !full(); i++) {
    const word = lowerWord(part, i);
    const trongDo = word === "trong" && lowerWord(part, i + 1) === "đó";
    if (!trongDo && word !== "gồm") continue;
    const last = trongDo ? i + 1 : i;
    const total = lastCountBefore(part, spans, tokens[i]!.start);
    const sentence = spanAt(spans, tokens[i]!.start);
    if (total === undefined || sentence === undefined) continue;
    const colon = tokens[last + 1]?.kind === "punct" && tokens[last + 1]!.text === ":";
    out.push({ total, totalPart: part, part, region: { start: tokens[last]!.end, end: sentence.end }, exhaustive: colon, byFigures: true });
  }
  return out;
}

function colonBreakdowns(part: ReadPart, spans: ReadonlyArray<Span>): Breakdown[] {
  const out: Breakdown[] = [];
  // Checked before each push below: a hostile cell stops early.
  const full = (): boolean => out.length >= MAX_BREAKDOWNS;
  const { tokens } = part;
  for (let i = 0; i < tokens.length && !full(); i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct" || t.text !== ":") continue;
    // The clause before the colon: back to the last comma, semicolon or bracket.
    let clauseStart = 0;
    for (let j = i - 1; j >= 0; j--) {
      const p = tokens[j]!;
      if (p.kind === "punct" && [",", ";", "(", ")", ":", ".", "!", "?"].includes(p.text)) {
        clauseStart = p.end;
        break;
      }
    }
    const total = lastCountBefore(part, spans, t.start, clauseStart);
    const sentence = spanAt(spans, t.start);
    if (total === undefined || sentence === undefined) continue;
    out.push({ total, totalPart: part, part, region: { start: t.end, end: sentence.end }, exhaustive: true, byFigures: false });
  }
  return out;
}

/** "06 huyện (…)", "08 sản phẩm của tỉnh (…)": up to three words between the counted words and the bracket. */
function bracketBreakdowns(part: ReadPart): Breakdown[] {
  const out: Breakdown[] = [];
  const full = (): boolean => out.length >= MAX_BREAKDOWNS;
  const { tokens, text } = part;
  let t = 0;
  for (const f of part.figures) {
    if (full()) break;
    if (!isCount(f)) continue;
    while (t < tokens.length && tokens[t]!.start < f.unitEnd) t++;
    let k = t;
    let words = 0;
    while (k < tokens.length && tokens[k]!.kind === "word" && words < 3 && !/\d/.test(tokens[k]!.text)) {
      k++;
      words++;
    }
    const open = tokens[k];
    if (open?.kind !== "punct" || open.text !== "(") continue;
    const close = text.indexOf(")", open.end);
    if (close < 0) continue;
    out.push({ total: f, totalPart: part, part, region: { start: open.end, end: close }, exhaustive: true, byFigures: false });
  }
  return out;
}

/** "…, tổng số 3.339": the counts before it in its sentence are its parts. */
function totalAfterParts(part: ReadPart, spans: ReadonlyArray<Span>): Breakdown[] {
  const out: Breakdown[] = [];
  // Checked before each push below: a hostile cell stops early.
  const full = (): boolean => out.length >= MAX_BREAKDOWNS;
  for (const f of part.figures) {
    if (full()) break;
    if (!isCount(f) || !/(^|\s)tổng(\s|$)/iu.test(f.label)) continue;
    const sentence = spanAt(spans, f.start);
    if (sentence === undefined) continue;
    out.push({ total: f, totalPart: part, part, region: { start: sentence.start, end: f.start }, exhaustive: true, byFigures: true });
  }
  return out;
}

/**
 * A note lists what a count counts when it sits on the counted words ("05 Cửa hàng
 * xăng dầu[^…]", "3.339[^…]"), or when its first words name a thing the sentence
 * says between the count and the note ("09 Giấy chứng nhận … nhiệm vụ …[^Nhiệm vụ: …]").
 * "… cho 65 nhân viên … tại cơ sở X-quang …[^Bệnh viện A; …]" lists something else.
 */
function listsWhatItCounts(text: string, total: TextFigure, note: ReadPart): boolean {
  const anchor = note.anchor ?? 0;
  if (anchor <= total.unitEnd + 1) return true;
  const words =
    note.text
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu)
      ?.slice(0, 2) ?? [];
  return words.length === 2 && text.slice(total.start, anchor).toLowerCase().includes(words.join(" "));
}

/** Every breakdown of a cell: in its running text and in its notes. */
export function findBreakdowns(text: ReadPart, notes: ReadonlyArray<ReadPart>): Breakdown[] {
  const textSpans = sentenceSpans(text.tokens);
  const out: Breakdown[] = [
    ...markerBreakdowns(text, textSpans),
    ...colonBreakdowns(text, textSpans),
    ...bracketBreakdowns(text),
    ...totalAfterParts(text, textSpans),
  ];
  for (const note of notes) {
    if (out.length >= MAX_BREAKDOWNS) break;
    const spans = sentenceSpans(note.tokens);
    const own = [...markerBreakdowns(note, spans), ...colonBreakdowns(note, spans), ...bracketBreakdowns(note), ...totalAfterParts(note, spans)];
    out.push(...own);
    // A note that breaks down a count of its own ("Lấy 12 mẫu: …") is not a list of the figure it hangs on.
    if (own.length > 0 || note.anchor === undefined) continue;
    const total = lastCountBefore(text, textSpans, note.anchor);
    if (total !== undefined && listsWhatItCounts(text.text, total, note)) {
      out.push({ total, totalPart: text, part: note, region: { start: 0, end: note.text.length }, exhaustive: true, byFigures: false });
    }
  }
  return out.slice(0, MAX_BREAKDOWNS);
}
