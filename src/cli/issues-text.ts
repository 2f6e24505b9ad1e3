/** Issues as readable text for a terminal: grouped by sheet, with counts. */
import { countBySeverity, issueLocation, issueMessage, type Issue, type Severity } from "../core/issues";
import type { Lang } from "../core/i18n";
import { cliText } from "./cli-text";

/** Issues must come sorted (see `sortIssues`); sheets appear in that order. */
export function issuesText(issues: ReadonlyArray<Issue>, lang: Lang): string {
  const t = cliText(lang);
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = i.sheet ?? "";
    let list = bySheet.get(key);
    if (!list) bySheet.set(key, (list = []));
    list.push(i);
  }
  const label = (s: Severity) => t.severityLabel[s].padEnd(t.severityLabel.warning.length);
  const lines: string[] = [];
  for (const [sheet, list] of bySheet) {
    const c = countBySeverity(list);
    lines.push(`${sheet === "" ? t.wholeWorkbook : sheet} — ${t.issueCounts(c.error, c.warning, c.info)}`);
    for (const i of list) {
      const where = issueLocation(i);
      lines.push(`  ${label(i.severity)}  ${where ? where + "  " : ""}${issueMessage(i, lang)}`);
    }
    lines.push("");
  }
  const total = countBySeverity(issues);
  lines.push(t.issueCounts(total.error, total.warning, total.info));
  return lines.join("\n");
}
