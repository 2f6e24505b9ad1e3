import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { AnalysisTabProps } from "../state";
import { ReadFirst } from "../widgets";
import { uiText } from "../text";
import { BarChart } from "./bar-chart";
import { chartBars } from "./chart-bars";
import { SummaryTableView } from "./summary-table-view";
import { summaryTables } from "./summary-tables";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalL, minWidth: 0 },
  period: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Tables that a chart follows, and the figures it draws. */
const CHARTS = { "tasks-by-field": "tasks", "lots-by-group": "lots" } as const;

export type SummaryTabProps = AnalysisTabProps;

/** Tổng hợp: the period's figures as tables, with a small chart where a picture says more. */
export function SummaryTab({ lang, read, analysis, busy, canRead, onRead, onSelect }: SummaryTabProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const summary = analysis?.summary;
  const tables = useMemo(() => (summary ? summaryTables(summary, lang) : []), [summary, lang]);
  const charts = useMemo(
    () =>
      summary ? { tasks: chartBars(Object.entries(summary.tasks.byField), lang), lots: chartBars(Object.entries(summary.lots.byGroup), lang) } : undefined,
    [summary, lang],
  );
  if (read.kind === "reading" || !analysis) return <ReadFirst lang={lang} read={read} busy={busy} canRead={canRead} onRead={onRead} />;
  if (!summary || !charts) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.noPeriod}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.tab}>
      <p className={styles.period}>{t.period(summary.period.name)}</p>
      {tables.map((table) => {
        const chart = table.id in CHARTS ? CHARTS[table.id as keyof typeof CHARTS] : undefined;
        return (
          <div key={table.id}>
            <SummaryTableView table={table} lang={lang} onSelect={onSelect} />
            {chart && <BarChart title={t.chartOf(table.title)} label={t.chartOf(table.title)} bars={charts[chart]} />}
          </div>
        );
      })}
    </div>
  );
}
