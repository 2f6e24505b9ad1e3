/** The appendix: estimated revenue and expenditure, line by line, with a total per kind. */
import { agencyInText } from "./agency-words";
import { formatDateInText } from "../format";
import { civilDate } from "../grid";
import { REPORT_KIND_CODE, alignedParagraph, bold, cell, italic, table, type Appendix, type CellInput, type TableColumn } from "../document";
import { cellAddress } from "../grid";
import type { FinanceRecord, SheetData } from "../model";
import type { FinanceKind } from "../schema";
import type { FinanceLine, FinanceTotals, SourceRef } from "../summarise";
import { amountRun, percentRun, type ReportContext } from "./report-context";

const COLUMNS: ReadonlyArray<TableColumn> = [
  { align: "center", width: 1 },
  { align: "left", width: 5 },
  { align: "right", width: 2.2 },
  { align: "right", width: 2.2 },
  { align: "right", width: 2.2 },
  { align: "right", width: 1.5 },
  { align: "left", width: 2 },
];

const HEADER = {
  vi: ["Mã", "Nội dung", "Dự toán năm", "Thực hiện kỳ báo cáo", "Ước cả năm", "% so với dự toán", "Ghi chú"],
  en: ["Code", "Item", "Annual plan", "Actual in the period", "Estimate for the year", "% of plan", "Note"],
} as const;

const TOTAL_LABEL: Readonly<Record<FinanceKind, { vi: string; en: string }>> = {
  Thu: { vi: "Tổng thu", en: "Total revenue" },
  Chi: { vi: "Tổng chi", en: "Total expenditure" },
};

function cellOf(data: SheetData<FinanceRecord> | undefined, field: "plan" | "actual" | "estimate", row: number): SourceRef[] {
  const col = data?.columns[field];
  return data === undefined || col === undefined ? [] : [{ sheet: data.sheet, ranges: [cellAddress(col, row)] }];
}

/** Children are marked by depth: "- " under a top line, "+ " below that. */
function itemText(line: FinanceLine): string {
  if (line.depth === 0) return line.item;
  return (line.depth === 1 ? "- " : "+ ") + line.item;
}

function lineRow(ctx: ReportContext, line: FinanceLine): CellInput[] {
  const data = ctx.data.finance;
  const plan = { value: line.plan, sources: cellOf(data, "plan", line.row) };
  const actual = { value: line.actual, sources: cellOf(data, "actual", line.row) };
  const estimate = line.estimate === undefined ? "" : [amountRun(ctx, { value: line.estimate, sources: cellOf(data, "estimate", line.row) })];
  const percent = line.percentOfPlan === undefined ? "" : [percentRun(ctx, line.percentOfPlan, [actual, plan])];
  return [line.code, itemText(line), [amountRun(ctx, plan)], [amountRun(ctx, actual)], estimate, percent, line.note ?? ""];
}

function totalRow(ctx: ReportContext, kind: FinanceKind, t: FinanceTotals): CellInput[] {
  const strong = { bold: true };
  const percent = t.percentOfPlan === undefined ? "" : [percentRun(ctx, t.percentOfPlan, [t.actual, t.plan], strong)];
  return [
    "",
    bold(TOTAL_LABEL[kind][ctx.lang]),
    [amountRun(ctx, t.plan, strong)],
    [amountRun(ctx, t.actual, strong)],
    t.estimate === undefined ? "" : [amountRun(ctx, t.estimate, strong)],
    percent,
    "",
  ];
}

/** The report number as the appendix cites it: "     /BC-SKHCN" while the report has none. */
function reportNumber(ctx: ReportContext): string {
  const { number, agencyCode } = ctx.data.settings.values;
  const n = number?.trim() ?? "";
  return `${n === "" ? "      " : n}/${REPORT_KIND_CODE}-${agencyCode?.trim() ?? ""}`;
}

/** "ngày 05/7/2021", or "ngày      tháng      năm 2021" when the clerk dates the report at signing. */
function reportDateWords(ctx: ReportContext): string {
  const day = ctx.data.settings.values.issueDate;
  if (day !== undefined) return formatDateInText(day);
  const blank = "\u00a0".repeat(6);
  return `ngày${blank}tháng${blank}năm ${civilDate(ctx.summary.period.to).year}`;
}

/** "Biểu ước thu – chi tài chính 6 tháng đầu năm 2021"; undefined when there is no finance line. */
export function financeAppendix(ctx: ReportContext): Appendix | undefined {
  const { lines, revenue, expenditure } = ctx.summary.finance;
  if (lines.length === 0) return undefined;
  const body: CellInput[][] = [];
  for (const [kind, totals] of [["Thu", revenue], ["Chi", expenditure]] as const) {
    const ofKind = lines.filter((l) => l.kind === kind);
    if (ofKind.length === 0) continue;
    for (const line of ofKind) body.push(lineRow(ctx, line));
    body.push(totalRow(ctx, kind, totals));
  }
  const en = ctx.lang === "en";
  return {
    orientation: "landscape",
    title: en ? `Estimated revenue and expenditure, ${ctx.words.period}` : `Biểu ước thu – chi tài chính ${ctx.words.period}`,
    subtitle: en ? `(Attached to Report No. ${reportNumber(ctx)})` : `(Kèm theo Báo cáo số ${reportNumber(ctx)} ${reportDateWords(ctx)} của ${agencyInText(ctx.data.settings.values.agency ?? "")})`,
    blocks: [
      alignedParagraph("right", italic(en ? "Unit: VND" : "Đơn vị tính: đồng")),
      table({ columns: COLUMNS, header: [HEADER[ctx.lang].map((h) => cell(bold(h)))], body }),
    ],
  };
}

