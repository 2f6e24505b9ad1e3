import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Analysis } from "../../core/analyse";
import { formatNumber } from "../../core/format";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import { groupIssues, IssueItem } from "../check";
import type { CheckTotals } from "../state";
import { SeverityTotals } from "../check";
import { IssueList } from "../check";
import { wordText } from "./word-text";

/** Issues listed here; a longer list says how many more there are. */
export const ISSUES_SHOWN = 50;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0 },
});

/** The issues as plain lines, located as Excel writes them ('Lô hàng'!B13): there are no cells to go to from Word. */
export function IssueLines({ issues, lang, label }: { readonly issues: ReadonlyArray<Issue>; readonly lang: Lang; readonly label: string }) {
  const styles = useStyles();
  const t = wordText(lang);
  return (
    <>
      <h3 className={styles.heading}>{label}</h3>
      <ul className={styles.list} aria-label={label}>
        {issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
          <li key={i}>
            <IssueItem issue={issue} lang={lang} />
          </li>
        ))}
      </ul>
      {issues.length > ISSUES_SHOWN && <p className={styles.line}>{t.moreErrors(formatNumber(issues.length - ISSUES_SHOWN, 0, lang))}</p>}
    </>
  );
}

/**
 * What the check found in the file just read, counted and worded as in
 * Excel's Kiểm tra tab: the workbook's issues and the report's own checks
 * (an empty section, a year that contradicts the period) before insertion,
 * errors first, repeated warnings collapsed. Word has no cells to go to.
 */
export interface WorkbookCheckProps {
  readonly fileName: string;
  readonly analysis: Analysis;
  /** The issues and counts of `analysis`, from the pane's state. */
  readonly checked: CheckTotals;
  readonly lang: Lang;
}

export function WorkbookCheck({ fileName, analysis, checked, lang }: WorkbookCheckProps) {
  const styles = useStyles();
  const t = wordText(lang);
  const { issues, totals } = checked;
  const groups = useMemo(() => groupIssues(issues, analysis.sheetOrder), [issues, analysis]);
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <>
      <MessageBar intent={totals.error > 0 ? "error" : totals.warning > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <p className={styles.line}>{t.fileRead(fileName)}</p>
          <p className={styles.line}>{totals.error + totals.warning > 0 ? t.counts(n(totals.error), n(totals.warning)) : t.noIssues}</p>
        </MessageBarBody>
      </MessageBar>
      {issues.length > 0 && (
        <>
          <SeverityTotals totals={totals} lang={lang} />
          <IssueList groups={groups} lang={lang} />
        </>
      )}
    </>
  );
}
