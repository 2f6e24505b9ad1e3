/**
 * The figures of one part (running text or a note): each number as reports
 * print it, with the words it counts and the words before it, leaving out
 * dates, document and standard numbers, spans, ratios, times and years.
 */
import { APPROXIMATE_BEFORE, GLUED_UNITS, LABEL_BEFORE, MEASURE_UNITS, MONEY_SCALE, TIME_AFTER, UNIT_STOP, isCode } from "./context-words";
import { FigureKind, type TextFigure } from "./figure";
import { figureNumber, type FigureNumber } from "./figure-number";
import { tokenize, type Token } from "./tokens";

export interface ReadPart {
  readonly text: string;
  readonly tokens: ReadonlyArray<Token>;
  readonly figures: ReadonlyArray<TextFigure>;
  /** For a note: where its marker stood in the running text. */
  readonly anchor?: number;
}

/** A paragraph has at most this many figures read; the rest of a hostile cell is ignored. */
export const MAX_FIGURES = 1_000;
const MAX_UNIT_WORDS = 5;
const MAX_LABEL_WORDS = 8;
const DASHES = new Set(["-", "–", "—"]);
/** Punctuation that ends a clause for the label and the counted words. */
const CLAUSE_END = new Set([",", ";", ":", "(", ")", ".", "“", "”", '"', "!", "?", "…", "[", "]"]);

const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase());
const hasDigit = (t: Token): boolean => /\d/.test(t.text);
const isPlainYear = (word: string, n: FigureNumber): boolean => /^\d{4}$/.test(word) && n.value >= 1900 && n.value <= 2100;

function isExcluded(tokens: ReadonlyArray<Token>, i: number, n: FigureNumber): boolean {
  const word = tokens[i]!.text;
  if (n.glued !== "" && !GLUED_UNITS.has(n.glued)) return true;
  if (!n.percent && isPlainYear(word, n)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.kind === "word") {
    if (LABEL_BEFORE.has(lower(prev)) || isCode(prev.text)) return true;
    if (lower(prev) === "lệ" && !n.percent) return true;
  }
  // A span ("2021 – 2025", "Covid – 19"): the number after a dash, or before a dash and a number.
  if (prev !== undefined && prev.kind === "punct" && DASHES.has(prev.text)) return true;
  if (next !== undefined && next.kind === "punct" && DASHES.has(next.text) && tokens[i + 2] !== undefined && hasDigit(tokens[i + 2]!)) return true;
  if (!n.percent && next !== undefined && next.kind === "word" && TIME_AFTER.has(lower(next))) return true;
  return false;
}

function unitAfter(tokens: ReadonlyArray<Token>, from: number): { words: Token[]; next: number } {
  const words: Token[] = [];
  let i = from;
  while (i < tokens.length && words.length < MAX_UNIT_WORDS) {
    const t = tokens[i]!;
    if (t.kind !== "word" || hasDigit(t) || (words.length > 0 && UNIT_STOP.has(lower(t)))) break;
    if (words.length === 0 && UNIT_STOP.has(lower(t))) break;
    words.push(t);
    i++;
  }
  return { words, next: i };
}

function labelBefore(tokens: ReadonlyArray<Token>, at: number): Token[] {
  const words: Token[] = [];
  let i = at - 1;
  let colonsPassed = 0;
  while (i >= 0 && words.length < MAX_LABEL_WORDS) {
    const t = tokens[i]!;
    if (t.kind === "punct") {
      if (DASHES.has(t.text)) {
        i--;
        continue;
      }
      // "… là: 3.339": the words before the colon name the figure.
      if (t.text === ":" && words.length === 0 && colonsPassed === 0) {
        colonsPassed++;
        i--;
        continue;
      }
      break;
    }
    if (hasDigit(t)) break;
    words.unshift(t);
    i--;
  }
  return words;
}

const joinWords = (words: ReadonlyArray<Token>): string => words.map((w) => w.text).join(" ");

function kindOf(n: FigureNumber, unit: string): { kind: FigureKind; scale: number } {
  if (n.percent) return { kind: FigureKind.Percent, scale: 1 };
  const words = unit.toLowerCase().split(" ");
  const first = words[0] ?? "";
  if (first === "đồng") return { kind: FigureKind.Amount, scale: 1 };
  if (words[1] === "đồng" && MONEY_SCALE[first] !== undefined) return { kind: FigureKind.Amount, scale: MONEY_SCALE[first] };
  if (n.glued !== "" || n.decimals > 0 || MEASURE_UNITS.has(first)) return { kind: FigureKind.Measure, scale: 1 };
  return { kind: FigureKind.Count, scale: 1 };
}

/** Reads one part; linear in its length. */
export function readPart(text: string, anchor?: number): ReadPart {
  const tokens = tokenize(text);
  const figures: TextFigure[] = [];
  for (let i = 0; i < tokens.length && figures.length < MAX_FIGURES; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !hasDigit(t)) continue;
    const n = figureNumber(t.text);
    if (n === undefined) continue;
    // "2,08 %": a percent sign typed apart.
    const spacedPercent = !n.percent && tokens[i + 1]?.kind === "punct" && tokens[i + 1]!.text === "%";
    const number: FigureNumber = spacedPercent ? { ...n, percent: true } : n;
    if (isExcluded(tokens, i, number)) continue;
    const end = spacedPercent ? tokens[i + 1]!.end : t.end;
    const unit = number.percent ? { words: [], next: i + 1 } : unitAfter(tokens, i + 1);
    const unitText = number.glued !== "" ? number.glued : joinWords(unit.words);
    const label = labelBefore(tokens, i);
    const prev = tokens[i - 1];
    const { kind, scale } = kindOf(number, unitText);
    figures.push({
      kind,
      text: text.slice(t.start, end),
      value: number.value * scale,
      decimals: number.decimals,
      scale,
      unit: unitText,
      label: joinWords(label),
      approximate: prev?.kind === "word" && APPROXIMATE_BEFORE.has(lower(prev)),
      start: t.start,
      end,
      unitEnd: unit.words.length > 0 ? unit.words[unit.words.length - 1]!.end : end,
    });
  }
  return anchor === undefined ? { text, tokens, figures } : { text, tokens, figures, anchor };
}

export { CLAUSE_END };
