/** Issues as readable text for a terminal: grouped by sheet, with counts. */
import { countBySeverity, issueLocation, issueMessage, type Issue, type Lang, type Severity } from "../core/issues";

const WORDS = {
  vi: {
    error: "LỖI",
    warning: "CẢNH BÁO",
    info: "THÔNG TIN",
    workbook: "Cả tệp",
    counts: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  },
  en: {
    error: "ERROR",
    warning: "WARNING",
    info: "INFO",
    workbook: "Whole workbook",
    counts: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} info`,
  },
} as const;

/** Issues must come sorted (see `sortIssues`); sheets appear in that order. */
export function issuesText(issues: ReadonlyArray<Issue>, lang: Lang): string {
  const w = WORDS[lang];
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = i.sheet ?? "";
    let list = bySheet.get(key);
    if (!list) bySheet.set(key, (list = []));
    list.push(i);
  }
  const label = (s: Severity) => w[s].padEnd(w.warning.length);
  const lines: string[] = [];
  for (const [sheet, list] of bySheet) {
    const c = countBySeverity(list);
    lines.push(`${sheet === "" ? w.workbook : sheet} — ${w.counts(c.error, c.warning, c.info)}`);
    for (const i of list) {
      const where = issueLocation(i);
      lines.push(`  ${label(i.severity)}  ${where ? where + "  " : ""}${issueMessage(i, lang)}`);
    }
    lines.push("");
  }
  const total = countBySeverity(issues);
  lines.push(w.counts(total.error, total.warning, total.info));
  return lines.join("\n");
}
