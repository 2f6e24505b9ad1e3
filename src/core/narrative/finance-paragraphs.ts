/** Section II.11: revenue and expenditure against the annual plan, the table attached. */
import { alignedParagraph, italic, paragraph, type ParagraphBlock, type RunInput } from "../document";
import type { FinanceKind } from "../schema";
import type { FinanceTotals } from "../summarise";
import { amountRun, percentRun, type ReportContext } from "./report-context";

function hasLines(ctx: ReportContext, kind: FinanceKind): boolean {
  return ctx.summary.finance.lines.some((l) => l.kind === kind);
}

/** "ước đạt X đồng, bằng Y% dự toán năm (Z đồng)" / "VND X, Y% of the annual plan (VND Z)". */
function totalsClause(ctx: ReportContext, t: FinanceTotals): RunInput[] {
  const percent = t.percentOfPlan;
  if (ctx.lang === "en") {
    const out: RunInput[] = ["VND ", amountRun(ctx, t.actual)];
    if (percent !== undefined) out.push(", ", percentRun(ctx, percent, [t.actual, t.plan]), " of the annual plan (VND ", amountRun(ctx, t.plan), ")");
    return out;
  }
  const out: RunInput[] = ["ước đạt ", amountRun(ctx, t.actual), " đồng"];
  if (percent !== undefined) out.push(", bằng ", percentRun(ctx, percent, [t.actual, t.plan]), " dự toán năm (", amountRun(ctx, t.plan), " đồng)");
  return out;
}

/**
 * "Tổng thu 6 tháng đầu năm 2021 ước đạt X đồng, bằng Y% dự toán năm (Z đồng);
 * tổng chi ước đạt …." and the note that the table is attached.
 */
export function financeParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const en = ctx.lang === "en";
  const { revenue, expenditure, lines } = ctx.summary.finance;
  if (lines.length === 0) {
    return [
      paragraph(
        en
          ? "No revenue or expenditure figures are given for the period (the Tài chính sheet has no usable line)."
          : "Chưa có số liệu thu – chi tài chính của kỳ báo cáo (trang Tài chính không có dòng số liệu nào dùng được).",
      ),
    ];
  }
  const clauses: RunInput[][] = [];
  const period = ctx.words.period;
  if (hasLines(ctx, "Thu")) clauses.push([en ? `Estimated revenue in ${period}: ` : `thu ${period} `, ...totalsClause(ctx, revenue)]);
  if (hasLines(ctx, "Chi")) {
    const lead = clauses.length === 0 ? (en ? `Estimated expenditure in ${period}: ` : `chi ${period} `) : en ? "estimated expenditure: " : "tổng chi ";
    clauses.push([lead, ...totalsClause(ctx, expenditure)]);
  }
  const runs = clauses.flatMap((c, i) => (i === 0 ? c : ["; ", ...c]));
  if (!en) runs.unshift("Tổng ");
  return [
    paragraph(...runs, "."),
    alignedParagraph("center", italic(en ? "(The estimated revenue and expenditure table is attached)" : "(Có biểu ước thu – chi tài chính kèm theo)")),
  ];
}
