import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyse";
import { formatNumber } from "../../core/format";
import { Severity, type Issue, type Lang } from "../../core/issues";
import { IssueItem } from "../check";
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

/** What the check found in the file just read: the counts, then the errors and warnings. */
export function WorkbookCheck({ fileName, analysis, lang }: { readonly fileName: string; readonly analysis: Analysis; readonly lang: Lang }) {
  const styles = useStyles();
  const t = wordText(lang);
  const errors = analysis.issues.filter((i) => i.severity === Severity.Error);
  const warnings = analysis.issues.filter((i) => i.severity === Severity.Warning);
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <>
      <MessageBar intent={errors.length > 0 ? "error" : warnings.length > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <p className={styles.line}>{t.fileRead(fileName)}</p>
          <p className={styles.line}>{errors.length + warnings.length > 0 ? t.counts(n(errors.length), n(warnings.length)) : t.noIssues}</p>
        </MessageBarBody>
      </MessageBar>
      {warnings.length > 0 && errors.length === 0 && <IssueLines issues={warnings} lang={lang} label={t.warningsHeading} />}
    </>
  );
}

