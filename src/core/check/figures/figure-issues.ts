/**
 * The figures of one `Nội dung` paragraph checked against themselves and
 * against what the product computes. Every finding is a warning at the
 * paragraph's cell that quotes the figures as typed and says what they
 * should be; the clerk decides.
 */
import { FigureKind, readFigures, type ReadPart, type TextFigure } from "../../figures";
import { IssueCode, Severity, issue, type Issue } from "../../issues";
import { looseKey } from "../../text";
import { breakdownParts, head } from "./breakdown-parts";
import { findBreakdowns, type Breakdown } from "./breakdowns";
import type { KnownFigure } from "./known-figures";

/** A paragraph of `Nội dung`: where it is and what it says. */
export interface NarrativeCell {
  readonly sheet: string;
  readonly row: number;
  readonly cell?: string;
  readonly text: string;
}

export interface FigureCheckScope {
  /** The section's position as printed ("II.6.2"), for the message. */
  readonly section: string;
  /** Computed figures this section's text may restate (empty outside their sections). */
  readonly known: ReadonlyArray<KnownFigure>;
}

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;
const phrase = (f: TextFigure): string => (f.unit === "" ? f.text : `${f.text} ${f.unit}`);
const sumOf = (parts: ReadonlyArray<TextFigure>): number => parts.reduce((s, p) => s + p.value, 0);

/** Is `percent` what `part` is of `whole`, to the printed precision? */
function percentFits(percent: TextFigure, part: number, whole: number): boolean {
  if (whole <= 0) return true;
  return Math.abs((part / whole) * 100 - percent.value) <= 0.5 * 10 ** -percent.decimals + 1e-9;
}

interface Checked {
  readonly breakdown: Breakdown;
  readonly parts: ReadonlyArray<TextFigure>;
}

function percentIssues(where: Parameters<typeof issue>[2], section: string, checked: ReadonlyArray<Checked>): Issue[] {
  const out: Issue[] = [];
  for (const { breakdown, parts } of checked) {
    const { part: p, region, total } = breakdown;
    const sum = sumOf(parts);
    let next = 0;
    for (const percent of p.figures) {
      if (percent.kind !== FigureKind.Percent || percent.approximate || percent.start < region.start || percent.end > region.end) continue;
      // The part a percentage speaks of is the count just before it (parts are in text order).
      while (next < parts.length && parts[next]!.end <= percent.start) next++;
      const before = parts[next - 1];
      if (before === undefined) continue;
      if (percentFits(percent, before.value, total.value) || percentFits(percent, before.value, sum)) continue;
      const partsDiffer = sum !== total.value && sum > 0;
      out.push(
        issue(IssueCode.ReportFigurePercent, Severity.Warning, where, {
          section,
          percent: percent.text,
          part: before.text,
          whole: total.text,
          expected: round((before.value / total.value) * 100, percent.decimals),
          ...(partsDiffer ? { sum, sumExpected: round((before.value / sum) * 100, percent.decimals) } : {}),
        }),
      );
    }
  }
  return out;
}

/** Words that open a state, not a kind: "02 cơ sở vi phạm", "01 lô đang xử lý" say which of the listed things, not another thing. */
const STATE_WORDS = /^(vi phạm|không|đạt|bị|được|đang|còn|khác|mới|cũ|xử lý|tái|kiểm tra|lấy|thử nghiệm|nói trên|trên)(\s|$)/u;

const wordsOf = (unit: string): string[] => unit.toLowerCase().split(" ");

/** Words shared at the start of every unit: "cơ sở kinh doanh" of "cơ sở kinh doanh xăng dầu", "cơ sở kinh doanh thực phẩm". */
function commonStart(units: ReadonlyArray<string[]>): string[] {
  const [first = []] = units;
  let n = first.length;
  for (const u of units) {
    let k = 0;
    while (k < n && k < u.length && u[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n);
}

/** The words after those it shares with `start`: "vi phạm" of "cơ sở vi phạm" against "cơ sở kinh doanh". */
function after(words: ReadonlyArray<string>, start: ReadonlyArray<string>): string {
  let k = 0;
  while (k < words.length && k < start.length && words[k] === start[k]) k++;
  return words.slice(k).join(" ");
}

/** Later counts of a listed kind of thing ("01 mẫu lạp sườn") that the list does not hold, or holds fewer of. */
function notListedIssues(
  where: Parameters<typeof issue>[2],
  section: string,
  text: ReadPart,
  checked: ReadonlyArray<Checked>,
  inParts: ReadonlySet<TextFigure>,
): Issue[] {
  const out: Issue[] = [];
  for (const { breakdown, parts } of checked) {
    const kind = head(parts[0]?.unit ?? "");
    if (kind === "" || !parts.every((p) => head(p.unit) === kind)) continue;
    const start = commonStart(parts.map((p) => wordsOf(p.unit)));
    const listed = new Map<string, number>();
    for (const p of parts) {
      const qualifier = after(wordsOf(p.unit), start);
      if (qualifier === "") break;
      listed.set(looseKey(qualifier), (listed.get(looseKey(qualifier)) ?? 0) + p.value);
    }
    // Every listed thing must be told apart by its words.
    if (listed.size !== parts.length) continue;
    const from = breakdown.part === text ? breakdown.region.end : 0;
    for (const f of text.figures) {
      if (f.kind !== FigureKind.Count || f.start < from || inParts.has(f) || f === breakdown.total || head(f.unit) !== kind) continue;
      const qualifier = after(wordsOf(f.unit), start);
      if (qualifier === "" || STATE_WORDS.test(qualifier)) continue;
      const key = looseKey(qualifier);
      let count: number | undefined;
      for (const [k, v] of listed) if (k === key || k.startsWith(key) || key.startsWith(k)) count = (count ?? 0) + v;
      if (count !== undefined && f.value <= count) continue;
      out.push(
        issue(IssueCode.ReportFigureNotListed, Severity.Warning, where, {
          section,
          phrase: phrase(f),
          list: phrase(breakdown.total),
          items: parts.map((p) => phrase(p)).join(", "),
          listed: count ?? 0,
        }),
      );
    }
  }
  return out;
}

function computedIssues(
  where: Parameters<typeof issue>[2],
  scope: FigureCheckScope,
  parts: ReadonlyArray<ReadPart>,
  inParts: ReadonlySet<TextFigure>,
): Issue[] {
  const out: Issue[] = [];
  const figures = parts.flatMap((part) => part.figures.map((f) => ({ part, f })));
  for (const { part, f } of figures) {
    if (f.approximate || inParts.has(f)) continue;
    // "02 nhiệm vụ thuộc chương trình …" counts a part of the tasks, not all of them.
    if (/^\s*thuộc\s/iu.test(part.text.slice(f.unitEnd, f.unitEnd + 8))) continue;
    const known = scope.known.find((k) => k.states(f));
    if (known === undefined) continue;
    const tolerance = 0.5 * f.scale * 10 ** -f.decimals;
    if (Math.abs(known.value - f.value) <= tolerance) continue;
    out.push(
      issue(IssueCode.ReportFigureComputed, Severity.Warning, where, {
        section: scope.section,
        phrase: phrase(f),
        figure: known.what,
        sheet: known.sheet,
        computed: known.value,
      }),
    );
  }
  return out;
}

/** Every figure finding of one paragraph, in the order they are read. */
export function figureIssues(cell: NarrativeCell, scope: FigureCheckScope): Issue[] {
  const where = cell.cell === undefined ? { sheet: cell.sheet, row: cell.row } : { sheet: cell.sheet, cell: cell.cell, row: cell.row };
  const { text, notes } = readFigures(cell.text);
  const out: Issue[] = [];
  const checked: Checked[] = [];
  const inParts = new Set<TextFigure>();
  const seen = new Set<TextFigure>();
  for (const b of findBreakdowns(text, notes)) {
    if (seen.has(b.total)) continue;
    const found = breakdownParts(b);
    if (found.by === "none") continue;
    seen.add(b.total);
    if (found.by === "items") {
      if (b.total.kind === FigureKind.Count && found.items.length !== b.total.value) {
        out.push(issue(IssueCode.ReportFigureList, Severity.Warning, where, { section: scope.section, phrase: phrase(b.total), items: found.items.length }));
      }
      continue;
    }
    for (const p of found.parts) inParts.add(p);
    checked.push({ breakdown: b, parts: found.parts });
    const sum = sumOf(found.parts);
    const tolerance = 0.5 * b.total.scale * 10 ** -b.total.decimals;
    const wrong = b.exhaustive ? Math.abs(sum - b.total.value) > tolerance : sum > b.total.value + tolerance;
    if (wrong) {
      out.push(
        issue(IssueCode.ReportFigureSum, Severity.Warning, where, {
          section: scope.section,
          parts: found.parts.map((p) => p.text).join(" + "),
          sum,
          total: b.total.text,
        }),
      );
    }
  }
  out.push(...percentIssues(where, scope.section, checked));
  out.push(...notListedIssues(where, scope.section, text, checked, inParts));
  out.push(...computedIssues(where, scope, [text, ...notes], inParts));
  return out;
}
