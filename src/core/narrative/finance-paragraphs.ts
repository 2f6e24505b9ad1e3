/** Section II.11: revenue and expenditure against the annual plan, the table attached as a Phụ lục. */
import { alignedParagraph, asList, italic, paragraph, type ParagraphBlock, type RunInput } from "../document";
import type { FinanceKind } from "../schema";
import type { FinanceTotals } from "../summarise";
import { excludedRowsSentence, hasExcludedRows, notSummedUpParagraph } from "./excluded-rows-note";
import { showsEstimate } from "./finance-period";
import { narrativeWords } from "./narrative-words";
import { periodRun } from "./period-figures";
import { amountRun, mergeSources, percentRun, type ReportContext } from "./report-context";

function hasLines(ctx: ReportContext, kind: FinanceKind): boolean {
  return ctx.summary.finance.lines.some((l) => l.kind === kind);
}

const KIND_WORDS: Readonly<Record<FinanceKind, { readonly vi: string; readonly en: string }>> = {
  Thu: { vi: "thu", en: "revenue" },
  Chi: { vi: "chi", en: "expenditure" },
};

/**
 * "tổng thu 6 tháng đầu năm 2021 đạt X đồng, bằng Y% dự toán năm (Z đồng), ước cả năm W đồng" /
 * "revenue in the first half of 2021 was VND X, Y% of the annual plan (VND Z), with VND W estimated for the year".
 */
function totalsClause(ctx: ReportContext, kind: FinanceKind, t: FinanceTotals, estimate: boolean): RunInput[] {
  const percent = t.percentOfPlan;
  const period = periodRun(ctx);
  if (ctx.lang === "en") {
    const out: RunInput[] = [`${KIND_WORDS[kind].en} in `, period, " was VND ", amountRun(ctx, t.actual)];
    if (percent !== undefined) out.push(", ", percentRun(ctx, percent, [t.actual, t.plan]), " of the annual plan (VND ", amountRun(ctx, t.plan), ")");
    if (estimate && t.estimate !== undefined) out.push(", with VND ", amountRun(ctx, t.estimate), " estimated for the year");
    return out;
  }
  const out: RunInput[] = [`tổng ${KIND_WORDS[kind].vi} `, period, " đạt ", amountRun(ctx, t.actual), " đồng"];
  if (percent !== undefined) out.push(", bằng ", percentRun(ctx, percent, [t.actual, t.plan]), " dự toán năm (", amountRun(ctx, t.plan), " đồng)");
  if (estimate && t.estimate !== undefined) out.push(", ước thực hiện cả năm ", amountRun(ctx, t.estimate), " đồng");
  return out;
}

/** The finance sheet's rows a line was read from, as a source. */
function cellsOf(ctx: ReportContext, row: number): Array<{ readonly sheet: string; readonly ranges: ReadonlyArray<string> }> {
  const sheet = ctx.data.finance?.sheet;
  return sheet === undefined ? [] : [{ sheet, ranges: [`${row}:${row}`] }];
}

function capitalised(runs: RunInput[]): RunInput[] {
  const [first, ...rest] = runs;
  if (typeof first !== "string") return runs;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest];
}

/**
 * "Tổng thu 6 tháng đầu năm 2021 đạt X đồng, bằng Y% dự toán năm (Z đồng),
 * ước thực hiện cả năm W đồng; tổng chi …." and the pointer to the Phụ lục.
 */
export function financeParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const w = narrativeWords(ctx.lang);
  const { revenue, expenditure, lines } = ctx.summary.finance;
  if (lines.length === 0) {
    if (hasExcludedRows(ctx, "finance")) return [notSummedUpParagraph(ctx, "finance", { vi: "thu – chi tài chính", en: "revenue and expenditure" })];
    return [paragraph(w.noFinance)];
  }
  const estimate = showsEstimate(ctx);
  const clauses: RunInput[][] = [];
  if (hasLines(ctx, "Thu")) clauses.push(totalsClause(ctx, "Thu", revenue, estimate));
  if (hasLines(ctx, "Chi")) clauses.push(totalsClause(ctx, "Chi", expenditure, estimate));
  const runs = capitalised(clauses.flatMap((c, i) => (i === 0 ? c : ["; ", ...c])));
  const label = ctx.appendixLabels?.finance;
  const pointer = w.financePointer(label);
  // Wholly computed: a kind of line that comes or goes rewrites it whole.
  const totals = asList(paragraph(...runs, ".", ...excludedRowsSentence(ctx, "finance")), {
    key: "finance.totals",
    sources: mergeSources(lines.flatMap((l) => [...cellsOf(ctx, l.row)])),
    items: clauses.length,
  });
  return [totals, alignedParagraph("center", italic(pointer))];
}
