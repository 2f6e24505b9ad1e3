/**
 * The period's name, the next period's, the year and the issue date, as keyed figures: in
 * running text (`periodRun`) and in the fixed lines (`periodTextFigures`:
 * subject, headings, date line, appendix titles), titled with the `Thông tin`
 * cells they come from, so `update` refreshes them like any other figure.
 */
import { dateWords, figure, type FigureRun, type TextFigure } from "../document";
import { civilDate } from "../grid";
import type { SourceRef } from "../summarise";
import { periodPair } from "./period-words";
import type { ReportContext } from "./report-context";

type InfoCell = "from" | "to" | "periodName" | "issueDate";

function infoCells(ctx: ReportContext, keys: ReadonlyArray<InfoCell>): SourceRef[] {
  const { sheet, cells } = ctx.data.settings;
  const ranges = keys.map((k) => cells[k]).filter((c): c is string => c !== undefined);
  return sheet === undefined || ranges.length === 0 ? [] : [{ sheet, ranges }];
}

/** The name's cells: `Tên kỳ báo cáo` when the Vietnamese report prints it as typed, and the two dates it stands for. */
function nameCells(ctx: ReportContext): SourceRef[] {
  const typed = ctx.lang === "vi" && ctx.data.settings.values.periodName?.trim();
  return infoCells(ctx, typed ? ["periodName", "from", "to"] : ["from", "to"]);
}

/** "6 tháng đầu năm 2021" in running text, keyed `period.name`. */
export function periodRun(ctx: ReportContext): FigureRun {
  return figure(ctx.words.period, nameCells(ctx), { key: "period.name" });
}

/** The period's words as the fixed lines print them, in capitals too (part headings, appendix titles). */
export function periodTextFigures(ctx: ReportContext): TextFigure[] {
  const dates = infoCells(ctx, ["from", "to"]);
  const { first } = periodPair(ctx.words);
  const base: TextFigure[] = [
    { key: "period.name", text: ctx.words.period, sources: nameCells(ctx) },
    { key: "period.next", text: ctx.words.nextPeriod, sources: dates },
  ];
  // The subject and the closing drop the year the two periods share: "6 tháng đầu năm, phương hướng … 6 tháng cuối năm 2021".
  if (first !== ctx.words.period) base.push({ key: "period.nameWithoutYear", text: first, sources: nameCells(ctx) });
  // Without an issue date the date line's year is the period's; with one, the whole date is the `Ngày ban hành` cell's.
  const issueDate = ctx.data.settings.values.issueDate;
  if (issueDate === undefined) base.push({ key: "period.year", text: String(ctx.words.year), sources: infoCells(ctx, ["to"]) });
  else base.push({ key: "issue.date", text: dateWords(civilDate(issueDate), ctx.lang), sources: infoCells(ctx, ["issueDate"]) });
  const upper = base.filter((f) => f.text.toUpperCase() !== f.text).map((f) => ({ ...f, key: `${f.key}.upper`, text: f.text.toUpperCase().normalize("NFC") }));
  return [...base, ...upper];
}

/** The two periods as the closing names them, each a keyed figure (see `periodPair`). */
export function periodPairRuns(ctx: ReportContext): { readonly first: FigureRun; readonly second: FigureRun } {
  const { first } = periodPair(ctx.words);
  const key = first === ctx.words.period ? "period.name" : "period.nameWithoutYear";
  return {
    first: figure(first, nameCells(ctx), { key }),
    second: figure(ctx.words.nextPeriod, infoCells(ctx, ["from", "to"]), { key: "period.next" }),
  };
}

/** The next period in running text ("the second half of 2021"), keyed `period.next`. */
export function nextPeriodRun(ctx: ReportContext): FigureRun {
  return figure(ctx.words.nextPeriod, infoCells(ctx, ["from", "to"]), { key: "period.next" });
}
