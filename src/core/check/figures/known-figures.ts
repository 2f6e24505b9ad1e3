/**
 * Figures the product computes, and how the clerk's text states them: a
 * sentence in the section that holds a computed paragraph, saying the same
 * thing with another number, contradicts the sheets.
 *
 * The seam for the activity register (`Hoạt động`, issue 8): its reader adds
 * one `KnownFigure` a kind, with `section: { key: "II.3" }` (the kind's
 * section in the catalogue), `what: kind name`, and a `states` test on the
 * kind's unit (`giấy phép`, `mẫu`, `cơ sở` …); pass them to `figureIssues`
 * beside `knownFigures(summary)`. Nothing else changes.
 */
import type { ComputedContent } from "../../outline";
import type { Summary } from "../../summarise";
import { looseKey } from "../../text";
import { FigureKind, type TextFigure } from "../../figures";
import { head } from "./breakdown-parts";

export interface KnownFigure {
  /** A catalogue key ("tasks-accepted") or, for a register's kind, its name as the catalogue spells it. */
  readonly what: string;
  readonly value: number;
  /** The sheet it is computed from, for the message. */
  readonly sheet: string;
  /** The section whose text may state it: the one holding that computed content, or a section key. */
  readonly section: { readonly computed: ComputedContent } | { readonly key: string };
  /** Does this figure of the text state it? */
  readonly states: (figure: TextFigure) => boolean;
}

export interface KnownSheets {
  readonly tasks: string;
  readonly lots: string;
  readonly calibrations: string;
  readonly finance: string;
}

const TASK_UNITS = new Set(["đề", "dự", "nhiệm"]);
const isTaskCount = (f: TextFigure): boolean => f.kind === FigureKind.Count && TASK_UNITS.has(head(f.unit));
const labelHas = (f: TextFigure, words: string): boolean => f.label.toLowerCase().includes(words);

function calibrationFigures(summary: Summary, sheet: string): KnownFigure[] {
  return summary.calibrations.rows.map((line) => {
    const activity = looseKey(line.activity);
    const instrument = looseKey(line.instrument);
    const unit = looseKey(head(line.unit));
    return {
      what: `${line.activity.toLowerCase()} ${line.instrument.toLowerCase()} (${line.unit})`,
      value: line.quantity.value,
      sheet,
      section: { computed: "calibrations" as const },
      // "Kiểm định cân các loại 205 cái": the activity, then the instrument right before the number.
      states: (f: TextFigure) => {
        const label = looseKey(f.label.replace(/\s+là$/iu, ""));
        return (
          f.kind === FigureKind.Count &&
          label.startsWith(activity) &&
          label.endsWith(instrument) &&
          label.length === activity.length + instrument.length &&
          looseKey(head(f.unit)) === unit
        );
      },
    };
  });
}

function financeFigures(summary: Summary, sheet: string): KnownFigure[] {
  const money = (f: TextFigure, words: string, plan: boolean): boolean => f.kind === FigureKind.Amount && labelHas(f, words) && labelHas(f, "dự toán") === plan;
  const { revenue, expenditure } = summary.finance;
  const at = { computed: "finance" as const };
  return [
    { what: "revenue-actual", value: revenue.actual.value, sheet, section: at, states: (f) => money(f, "tổng thu", false) },
    { what: "revenue-plan", value: revenue.plan.value, sheet, section: at, states: (f) => money(f, "tổng thu", true) },
    { what: "expenditure-actual", value: expenditure.actual.value, sheet, section: at, states: (f) => money(f, "tổng chi", false) },
    { what: "expenditure-plan", value: expenditure.plan.value, sheet, section: at, states: (f) => money(f, "tổng chi", true) },
  ];
}

/** The summary's figures a clerk's sentence may restate. */
export function knownFigures(summary: Summary, sheets: KnownSheets): KnownFigure[] {
  const { tasks, lots } = summary;
  return [
    // "Quản lý và theo dõi 29 đề tài, dự án"
    {
      what: "tasks-managed",
      value: tasks.managed.value,
      sheet: sheets.tasks,
      section: { computed: "tasks" },
      states: (f) => isTaskCount(f) && (labelHas(f, "quản lý") || labelHas(f, "theo dõi")) && !labelHas(f, "nghiệm thu"),
    },
    // "Tổ chức nghiệm thu 03 đề tài, dự án"
    {
      what: "tasks-accepted",
      value: tasks.accepted.value,
      sheet: sheets.tasks,
      section: { computed: "tasks" },
      states: (f) => isTaskCount(f) && labelHas(f, "nghiệm thu"),
    },
    // "Cấp 09 Giấy chứng nhận đăng ký kết quả …"
    {
      what: "certificates",
      value: tasks.certificates.value,
      sheet: sheets.tasks,
      section: { computed: "certificates" },
      states: (f) => f.kind === FigureKind.Count && f.unit.toLowerCase().startsWith("giấy chứng nhận"),
    },
    // "… cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô"
    {
      what: "lots",
      value: lots.total.value,
      sheet: sheets.lots,
      section: { computed: "lots" },
      states: (f) => f.kind === FigureKind.Count && head(f.unit) === "lô",
    },
    ...calibrationFigures(summary, sheets.calibrations),
    ...financeFigures(summary, sheets.finance),
  ];
}
