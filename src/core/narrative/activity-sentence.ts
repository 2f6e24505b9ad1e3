/**
 * A kind's sentence written out: each slot becomes its figure as the rest of
 * the report writes numbers ("03", "3.339", "2.550.000", "0,33%"), pointing
 * at its cells; `{danh sách}` becomes a footnote listing the subjects.
 */
import { firstNumberSlot, type SentencePart, type SlotKey } from "../activities";
import { figure, footnote, listFootnote, type InlineRunInput, type RunInput } from "../document";
import { formatCount, formatPercent } from "../format";
import type { ActivityFigures, ActivitySubject } from "../summarise";
import { narrativeWords } from "./narrative-words";
import { amountRun, countRun, keyOf, mergeSources, percentKey, type ReportContext } from "./report-context";

/** What a sentence is written from: a kind's or a batch's figures, and the batch's name. */
export interface SentenceValues {
  readonly figures: ActivityFigures;
  readonly unit: string;
  readonly batch?: string;
}

function numberOf(f: ActivityFigures, slot: SlotKey): number {
  switch (slot) {
    case "failedPercent":
      return f.failedPercent ?? 0;
    case "list":
    case "batch":
      return 1;
    default:
      return f[slot].value;
  }
}

/** What a failed row without a note is said to be. */
const RESULT_WORDS: Readonly<Record<"vi" | "en", Readonly<Record<string, string>>>> = {
  vi: { "Không đạt": "không đạt", "Vi phạm": "vi phạm" },
  en: { "Không đạt": "failed", "Vi phạm": "violation" },
};

/** "Xăng (08 mẫu)", "Lạp sườn: vượt quá giới hạn ô nhiễm vi sinh vật", "Shop B: vi phạm". */
function listItem(ctx: ReportContext, s: ActivitySubject, unit: string): string {
  let out = s.name;
  if (s.quantity > 1) out += ` (${formatCount(s.quantity, ctx.style)}${unit === "" ? "" : ` ${unit}`})`;
  const what = [...s.notes, ...s.results.map((r) => RESULT_WORDS[ctx.lang][r] ?? r)];
  if (what.length > 0) out += `: ${what.join(", ")}`;
  return out;
}

/** The subjects, each once, as a footnote's text: "A; B (02 dự án); C: what failed." */
export function listText(ctx: ReportContext, values: SentenceValues): string {
  const text = values.figures.list.map((s) => listItem(ctx, s, values.unit)).join("; ");
  return text === "" ? "" : text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");
}

function slotRuns(ctx: ReportContext, slot: SlotKey, v: SentenceValues, inNote: boolean, atStart: boolean): RunInput[] {
  const f = v.figures;
  switch (slot) {
    case "list": {
      const text = listText(ctx, v);
      if (text === "") return [];
      if (inNote) return [text];
      // Keyed like the quantity it lists ("activities.kinds.<kind>.list"): a subject added or gone rewrites the note whole.
      const quantityKey = keyOf(ctx, f.quantity);
      if (quantityKey === undefined) return [footnote(text)];
      return [listFootnote({ key: quantityKey.replace(/\.quantity$/, ".list"), sources: f.quantity.sources, items: f.list.length }, text)];
    }
    case "batch": {
      const name = v.batch ?? "";
      // Mid-sentence, a Vietnamese batch name reads on in lower case; in English it is quoted as typed.
      return [atStart ? name : narrativeWords(ctx.lang).batchMidSentence(name)];
    }
    case "failedPercent":
      return [
        figure(formatPercent(f.failedPercent ?? 0, 2, ctx.lang), mergeSources([...f.failed.sources, ...f.quantity.sources]), {
          key: percentKey(ctx, [f.failed, f.quantity]),
        }),
      ];
    case "amount":
      return [amountRun(ctx, f.amount)];
    default:
      return [countRun(ctx, f[slot])];
  }
}

function partsRuns(ctx: ReportContext, parts: ReadonlyArray<SentencePart>, v: SentenceValues, inNote: boolean, out: RunInput[]): void {
  for (const p of parts) {
    const atStart = out.length === 0;
    switch (p.t) {
      case "text":
        out.push(p.text);
        break;
      case "slot":
        out.push(...slotRuns(ctx, p.slot, v, inNote, atStart));
        break;
      case "note": {
        if (inNote) {
          partsRuns(ctx, p.parts, v, true, out);
          break;
        }
        const inner: RunInput[] = [];
        partsRuns(ctx, p.parts, v, true, inner);
        // Inside a note every run is inline: footnotes were written as their text.
        if (inner.length > 0) out.push(footnote(...(inner as InlineRunInput[])));
        break;
      }
      case "optional": {
        const decider = firstNumberSlot(p.parts);
        const written = decider === undefined || numberOf(v.figures, decider) !== 0;
        partsRuns(ctx, written ? p.parts : p.otherwise, v, inNote, out);
        break;
      }
    }
  }
}

/** The sentence's runs, its first letter in capitals. */
export function sentenceRuns(ctx: ReportContext, parts: ReadonlyArray<SentencePart>, values: SentenceValues): RunInput[] {
  const out: RunInput[] = [];
  partsRuns(ctx, parts, values, false, out);
  const first = out[0];
  if (typeof first === "string" && first !== "") out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return out;
}
