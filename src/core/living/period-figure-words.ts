/**
 * What a period or date figure is, in the words of the lines that list the
 * changes ("II tên kỳ báo cáo: …"): the CLI's `update` and the Word pane say
 * it the same way, in the language the clerk reads.
 */
import type { Lang } from "../i18n";

interface PeriodFigureWords {
  readonly name: string;
  readonly next: string;
  readonly year: string;
  readonly issueDate: string;
}

const WORDS: Readonly<Record<Lang, PeriodFigureWords>> = {
  vi: { name: "tên kỳ báo cáo", next: "tên kỳ tới", year: "năm", issueDate: "ngày ban hành" },
  en: { name: "period's name", next: "next period's name", year: "year", issueDate: "issue date" },
};

/** Whether `key` is one of the period's or the issue date's figures (`period.name`, `period.next.upper`, `issue.date`). */
export function isPeriodFigure(key: string): boolean {
  return key.startsWith("period.") || key.startsWith("issue.");
}

/** "tên kỳ báo cáo" for `period.name` and `period.name.upper`, "năm" for `period.year`, … */
export function periodFigureWord(key: string, lang: Lang): string {
  const w = WORDS[lang];
  if (key.startsWith("issue.date")) return w.issueDate;
  if (key.startsWith("period.next")) return w.next;
  if (key.startsWith("period.year")) return w.year;
  return w.name;
}
