/** The Phụ lục: revenue and expenditure, line by line, with a total per kind; the estimate column only where the period calls for it. */
import { alignedParagraph, asList, bold, cell, italic, table, type Appendix, type CellInput, type TableColumn } from "../document";
import { cellAddress } from "../grid";
import type { FinanceRecord, SheetData } from "../model";
import type { FinanceKind } from "../schema";
import type { FinanceLine, FinanceTotals, SourceRef } from "../summarise";
import { showsEstimate } from "./finance-period";
import { amountRun, percentRun, type ReportContext } from "./report-context";
import { narrativeWords } from "./narrative-words";

type Column = "code" | "item" | "plan" | "actual" | "estimate" | "percent" | "note";

const COLUMNS: Readonly<Record<Column, TableColumn>> = {
  code: { align: "center", width: 1 },
  item: { align: "left", width: 5 },
  plan: { align: "right", width: 2.2 },
  actual: { align: "right", width: 2.2 },
  estimate: { align: "right", width: 2.2 },
  percent: { align: "right", width: 1.5 },
  note: { align: "left", width: 2 },
};

const HEADER: Readonly<Record<"vi" | "en", Readonly<Record<Column, string>>>> = {
  vi: {
    code: "Mã",
    item: "Nội dung",
    plan: "Dự toán năm",
    actual: "Thực hiện kỳ báo cáo",
    estimate: "Ước thực hiện cả năm",
    percent: "% so với dự toán",
    note: "Ghi chú",
  },
  en: {
    code: "Code",
    item: "Item",
    plan: "Annual plan",
    actual: "Actual in the period",
    estimate: "Estimate for the year",
    percent: "% of plan",
    note: "Note",
  },
};

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

function lineRow(ctx: ReportContext, line: FinanceLine): Record<Column, CellInput> {
  const data = ctx.data.finance;
  const plan = { value: line.plan, sources: cellOf(data, "plan", line.row) };
  const actual = { value: line.actual, sources: cellOf(data, "actual", line.row) };
  const lineKey = `finance.lines.${line.code === "" ? `row${line.row}` : line.code}`;
  return {
    code: line.code,
    item: itemText(line),
    plan: [amountRun(ctx, plan, { key: `${lineKey}.plan` })],
    actual: [amountRun(ctx, actual, { key: `${lineKey}.actual` })],
    estimate:
      line.estimate === undefined
        ? ""
        : [amountRun(ctx, { value: line.estimate, sources: cellOf(data, "estimate", line.row) }, { key: `${lineKey}.estimate` })],
    percent: line.percentOfPlan === undefined ? "" : [{ ...percentRun(ctx, line.percentOfPlan, [actual, plan]), key: `pct:${lineKey}.actual/${lineKey}.plan` }],
    note: line.note ?? "",
  };
}

function totalRow(ctx: ReportContext, kind: FinanceKind, t: FinanceTotals): Record<Column, CellInput> {
  const strong = { bold: true };
  return {
    code: "",
    item: bold(TOTAL_LABEL[kind][ctx.lang]),
    plan: [amountRun(ctx, t.plan, strong)],
    actual: [amountRun(ctx, t.actual, strong)],
    estimate: t.estimate === undefined ? "" : [amountRun(ctx, t.estimate, strong)],
    percent: t.percentOfPlan === undefined ? "" : [percentRun(ctx, t.percentOfPlan, [t.actual, t.plan], strong)],
    note: "",
  };
}

/** "Biểu thu – chi tài chính 6 tháng đầu năm 2021 và ước thực hiện cả năm"; undefined when there is no finance line. */
export function financeAppendix(ctx: ReportContext): Appendix | undefined {
  const { lines, revenue, expenditure } = ctx.summary.finance;
  if (lines.length === 0) return undefined;
  const estimate = showsEstimate(ctx);
  const columns: Column[] = ["code", "item", "plan", "actual", ...(estimate ? (["estimate"] as const) : []), "percent", "note"];
  const pick = (row: Record<Column, CellInput>): CellInput[] => columns.map((c) => row[c]);
  const body: CellInput[][] = [];
  for (const [kind, totals] of [
    ["Thu", revenue],
    ["Chi", expenditure],
  ] as const) {
    const ofKind = lines.filter((l) => l.kind === kind);
    if (ofKind.length === 0) continue;
    for (const line of ofKind) body.push(pick(lineRow(ctx, line)));
    body.push(pick(totalRow(ctx, kind, totals)));
  }
  const title = narrativeWords(ctx.lang).financeTableTitle(ctx.words.period, estimate);
  const header = HEADER[ctx.lang];
  return {
    orientation: "landscape",
    title,
    blocks: [
      alignedParagraph("right", italic(narrativeWords(ctx.lang).financeUnit)),
      // The rows come from the sheet: a line added or removed rewrites the table whole.
      asList(table({ columns: columns.map((c) => COLUMNS[c]), header: [columns.map((c) => cell(bold(header[c])))], body }), {
        key: "finance.table",
        sources: ctx.data.finance === undefined ? [] : [{ sheet: ctx.data.finance.sheet, ranges: lines.map((l) => `${l.row}:${l.row}`) }],
        items: body.length,
      }),
    ],
  };
}
