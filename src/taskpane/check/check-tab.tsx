import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, type Ref } from "react";
import type { Analysis } from "../../core/analyse";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import type { ReadState } from "../state";
import { useWrappingButton } from "../widgets";
import { uiText } from "../text";
import type { CheckTotals } from "../state";
import { countsBySheet, groupIssues } from "./issue-groups";
import type { SeverityFilter as Filter } from "../state";
import { SeverityTotals, SheetCountsTable } from "./issue-counts";
import { IssueList } from "./issue-list";
import { ReadingProgressBar } from "../widgets";
import { SeverityFilter } from "./severity-filter";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  result: { outline: "none", display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export interface CheckTabProps {
  readonly lang: Lang;
  readonly read: ReadState;
  readonly analysis: Analysis | undefined;
  /** The issues and counts of `analysis`, worked out by the pane's state. */
  readonly checked: CheckTotals | undefined;
  readonly filter: Filter;
  readonly busy: boolean;
  readonly canRead: boolean;
  readonly canTemplate: boolean;
  readonly onCheck: () => void;
  readonly onCancel: () => void;
  readonly onSelect: (sheet: string, address: string) => void;
  readonly onFilter: (filter: Filter) => void;
  readonly onTemplate: () => void;
  /** Receives the verdict's element, so the pane can move focus to it when a check ends. */
  readonly resultRef?: Ref<HTMLDivElement>;
}

/** Kiểm tra: run the check, watch it read, then the verdict, the counts and what blocks the report first, each a way to its cell. */
export function CheckTab(props: CheckTabProps) {
  const { lang, read, analysis, filter } = props;
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(lang);
  const shown = read.kind === "reading" ? undefined : analysis;
  // The report's own checks belong in the list too, as in the command line's validate.
  const checked = shown ? props.checked : undefined;
  const issues = checked?.issues ?? [];
  const groups = useMemo(() => (shown ? groupIssues(issues, shown.sheetOrder, filter) : []), [shown, issues, filter]);
  const bySheet = useMemo(() => (shown ? countsBySheet(issues, shown.sheetOrder) : []), [shown, issues]);
  const totals = checked?.totals;
  return (
    <div className={styles.tab}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy || !props.canRead} onClick={props.onCheck}>
          {t.runCheck}
        </Button>
        {props.canTemplate && (
          <Button className={wrap.button} appearance="secondary" disabled={props.busy} onClick={props.onTemplate}>
            {t.addTemplate}
          </Button>
        )}
      </div>
      {read.kind === "reading" && <ReadingProgressBar progress={read.progress} lang={lang} onCancel={props.onCancel} />}
      {read.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{read.message}</MessageBarBody>
        </MessageBar>
      )}
      <div ref={props.resultRef} tabIndex={-1} className={styles.result}>
        {shown && totals && (
          <>
            <MessageBar intent={totals.error > 0 ? "error" : "success"} layout="multiline">
              <MessageBarBody>{totals.error > 0 ? t.hasErrors(formatNumber(totals.error, 0, lang)) : t.noErrors}</MessageBarBody>
            </MessageBar>
            <SeverityTotals totals={totals} lang={lang} />
          </>
        )}
      </div>
      {shown && issues.length > 0 && (
        <>
          <SeverityFilter value={filter} lang={lang} onChange={props.onFilter} />
          {groups.length > 0 ? <IssueList groups={groups} lang={lang} onSelect={props.onSelect} /> : <p>{t.nothingToShow}</p>}
          <SheetCountsTable bySheet={bySheet} lang={lang} />
        </>
      )}
    </div>
  );
}
