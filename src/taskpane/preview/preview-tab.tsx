import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";
import type { ReportPlan } from "../../core/report";
import type { Lang } from "../../core/i18n";
import { renderHtml, REPORT_PREVIEW_CSS } from "../../render/html";
import type { AnalysisTabProps } from "../state";
import { ReadFirst } from "../widgets";
import { uiText } from "../text";
import { figureTarget, isActivationKey } from "./preview-figures";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, minWidth: 0 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  frame: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0, overflowX: "hidden" },
});

export interface PreviewTabProps extends AnalysisTabProps {
  /** The report's language (the clerk's choice), which may differ from the pane's. */
  readonly reportLang?: Lang;
  /** The report a forced write would make of `analysis`, planned by the pane's state. */
  readonly report: ReportPlan | undefined;
}

/** Links in the report's text (footnote marks and the way back) are underlined in the pane, not told apart by colour alone (WCAG 1.4.1). */
const LINKS_CSS = "\n.report-preview .footnote-back, .report-preview .footnote-ref a { text-decoration: underline; }\n";

/** Xem trước: the report as it will be written; each figure leads to its cells. */
export function PreviewTab({ lang, reportLang = lang, read, analysis, report, busy, canRead, onRead, onSelect }: PreviewTabProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const frame = useRef<HTMLDivElement>(null);
  // The preview shows what a report written despite errors would say: the rows in error left out.
  const html = useMemo(() => (report?.ok ? renderHtml(report.document, { lang: report.document.language }) : undefined), [report]);

  useEffect(() => {
    // The renderer makes figures focusable; saying they are buttons tells screen readers that Enter acts.
    frame.current?.querySelectorAll("span.figure[data-sources]").forEach((el) => el.setAttribute("role", "button"));
  }, [html]);

  if (read.kind === "reading" || !analysis) return <ReadFirst lang={lang} read={read} busy={busy} canRead={canRead} onRead={onRead} />;
  if (html === undefined) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.noPeriod}</MessageBarBody>
      </MessageBar>
    );
  }
  const go = (target: EventTarget) => {
    const figure = target instanceof Element ? target.closest("span.figure") : null;
    const cell = figureTarget(figure?.getAttribute("data-sources"));
    if (cell) onSelect(cell.sheet, cell.address);
    return cell !== undefined;
  };
  const onClick = (e: MouseEvent) => void go(e.target);
  const onKeyDown = (e: KeyboardEvent) => {
    if (isActivationKey(e.key) && e.target instanceof Element && e.target.matches("span.figure") && go(e.target)) e.preventDefault();
  };
  return (
    <div className={styles.tab}>
      <p className={styles.note}>{t.previewNote}</p>
      {analysis.hasErrors && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.previewWithErrors}</MessageBarBody>
        </MessageBar>
      )}
      <style>{REPORT_PREVIEW_CSS + LINKS_CSS}</style>
      <div
        ref={frame}
        className={styles.frame}
        role="region"
        aria-label={t.previewLabel}
        lang={reportLang}
        onClick={onClick}
        onKeyDown={onKeyDown}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
