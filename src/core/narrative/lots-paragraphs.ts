/** Section II.6.1: import lots registered for quality inspection, by goods group. */
import { listFootnote, paragraph, type FootnoteRun, type InlineRunInput, type ParagraphBlock, type RunInput } from "../document";
import { GOODS_GROUPS } from "../schema";
import { excludedRowsSentence, hasExcludedRows, notSummedUpParagraph } from "./excluded-rows-note";
import { narrativeWords } from "./narrative-words";
import { countRun, type ReportContext } from "./report-context";

function lotsWord(ctx: ReportContext, value: number): string {
  return narrativeWords(ctx.lang).lots(value);
}

/** "Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 493 lô; Thép: 46 lô." (groups with none left out). */
function groupNote(ctx: ReportContext): InlineRunInput[] {
  const out: InlineRunInput[] = [];
  for (const group of GOODS_GROUPS) {
    const f = ctx.summary.lots.byGroup[group];
    if (f.value === 0) continue;
    if (out.length > 0) out.push("; ");
    out.push(`${narrativeWords(ctx.lang).goodsGroup(group)}: `, countRun(ctx, f), ` ${lotsWord(ctx, f.value)}`);
  }
  out.push(".");
  return out;
}

/** The note on the groups: a computed list, refreshed whole when a group comes or goes. */
function groupFootnote(ctx: ReportContext): FootnoteRun {
  const groups = GOODS_GROUPS.filter((g) => ctx.summary.lots.byGroup[g].value > 0).length;
  return listFootnote({ key: "lots.byGroup", sources: ctx.summary.lots.total.sources, items: groups }, ...groupNote(ctx));
}

/** "Trong đó có 02 lô không đạt yêu cầu; 05 lô đang xử lý." when any lot failed or is pending. */
function outcomeSentence(ctx: ReportContext): RunInput[] {
  const failed = ctx.summary.lots.byResult["Không đạt"];
  const pending = ctx.summary.lots.byResult["Đang xử lý"];
  const parts: RunInput[][] = [];
  if (ctx.lang === "en") {
    if (failed.value > 0) parts.push([countRun(ctx, failed), ` ${lotsWord(ctx, failed.value)} failed inspection`]);
    if (pending.value > 0) parts.push([countRun(ctx, pending), ` ${pending.value === 1 ? "lot is" : "lots are"} still being processed`]);
    if (parts.length === 0) return [];
    return [" Of these, ", ...parts.flatMap((p, i) => (i === 0 ? p : [" and ", ...p])), "."];
  }
  if (failed.value > 0) parts.push([countRun(ctx, failed), " lô không đạt yêu cầu"]);
  if (pending.value > 0) parts.push([countRun(ctx, pending), " lô đang xử lý"]);
  if (parts.length === 0) return [];
  return [" Trong đó có ", ...parts.flatMap((p, i) => (i === 0 ? p : ["; ", ...p])), "."];
}

/**
 * "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ và cấp đăng ký
 * kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô¹ thuộc trách
 * nhiệm quản lý của Bộ Khoa học và Công nghệ."
 */
export function lotsParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const { total } = ctx.summary.lots;
  if (total.value === 0 && hasExcludedRows(ctx, "lots")) {
    return [notSummedUpParagraph(ctx, "lots", { vi: "kiểm tra chất lượng hàng hóa nhập khẩu", en: "the quality inspection of imported goods" })];
  }
  if (ctx.lang === "en") {
    if (total.value === 0) return [paragraph("Quality inspection of imported goods: no import lot was registered for quality inspection in the period.")];
    return [
      paragraph(
        "Quality inspection of imported goods: ",
        countRun(ctx, total),
        ` import ${lotsWord(ctx, total.value)} registered for quality inspection ${total.value === 1 ? "was" : "were"} processed`,
        groupFootnote(ctx),
        ", goods under the management of the Ministry of Science and Technology.",
        ...outcomeSentence(ctx),
        ...excludedRowsSentence(ctx, "lots"),
      ),
    ];
  }
  const opening = "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: ";
  if (total.value === 0) return [paragraph(opening + "trong kỳ không có hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.")];
  return [
    paragraph(
      opening + "xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: ",
      countRun(ctx, total),
      " lô",
      groupFootnote(ctx),
      " thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
      ...outcomeSentence(ctx),
      ...excludedRowsSentence(ctx, "lots"),
    ),
  ];
}
