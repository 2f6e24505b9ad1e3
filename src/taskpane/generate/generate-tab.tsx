import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import type { GenerateState, ReadState } from "../state";
import { IssueItem } from "../check";
import { ReadingProgressBar } from "../widgets";
import type { DeliveryMethod, DeliveryPlan } from "../save";
import { useWrappingButton } from "../widgets";
import { MessageLines } from "../widgets";
import { uiText } from "../text";
import type { OneDriveHost } from "../onedrive";
import { DeliveryChoices } from "./delivery-choices";
import { generateMessage, handedOver } from "./generate-messages";
import { GENERATE_STEPS, stepStates, type GenerateResult } from "../state";
import { ReportLanguageChoice } from "./report-language-choice";

/** Errors listed under a blocked report; the Kiểm tra tab lists them all. */
const ERRORS_SHOWN = 50;

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, minWidth: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalXXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  blocked: { color: tokens.colorPaletteRedForeground1 },
  running: { fontWeight: tokens.fontWeightSemibold },
  waiting: { color: tokens.colorNeutralForeground3 },
  choice: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0 },
  result: { outline: "none" },
});

export interface GenerateTabProps {
  readonly lang: Lang;
  readonly reportLang: Lang;
  readonly generate: GenerateState;
  readonly read: ReadState;
  readonly busy: boolean;
  readonly canRead: boolean;
  readonly delivery: DeliveryPlan;
  readonly onGenerate: (force: boolean) => void;
  readonly onCancel: () => void;
  readonly onReportLang: (lang: Lang) => void;
  readonly onSelect: (sheet: string, address: string) => void;
  readonly onDeliver: (result: Extract<GenerateResult, { kind: "written" }>, method: DeliveryMethod) => void;
  /** Where "Lưu lên OneDrive" uploads. */
  readonly oneDrive: OneDriveHost;
  /** Receives the result's element, so the pane can move focus to it. */
  readonly resultRef?: Ref<HTMLDivElement>;
}

/** Tạo báo cáo: the report's language, the steps as they run, what blocks the report and how to go on, then how to get the file. */
export function GenerateTab(props: GenerateTabProps) {
  const { lang, generate, read, busy, canRead, onGenerate, onSelect } = props;
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(lang);
  const result = generate.kind === "finished" ? generate.result : undefined;
  const computed = stepStates(
    generate.kind === "idle" ? undefined : generate.step,
    generate.kind === "idle" ? "idle" : generate.kind === "running" ? "running" : (result?.kind ?? "idle"),
  );
  // A file nothing handed over (Excel for Mac, a closed dialog) is not "done": the clerk has a choice to make.
  const states = result?.kind === "written" && !handedOver(result.outcome) ? { ...computed, save: "choice" as const } : computed;
  const message = result && generateMessage(result, lang);
  const reading = generate.kind === "running" && generate.step === "read" && read.kind === "reading";
  return (
    <div className={styles.tab}>
      <ReportLanguageChoice lang={lang} reportLang={props.reportLang} disabled={busy} onChange={props.onReportLang} />
      <div>
        <Button appearance="primary" disabled={busy || !canRead} onClick={() => onGenerate(false)}>
          {t.writeReport}
        </Button>
      </div>
      {generate.kind !== "idle" && (
        <ol className={styles.steps} aria-label={t.stepsLabel}>
          {GENERATE_STEPS.map((s) => (
            <li key={s} className={styles[states[s]]} aria-current={states[s] === "running" ? "step" : undefined}>
              {t.steps[s]}: {t.stepState[states[s]]}
            </li>
          ))}
        </ol>
      )}
      {reading && <ReadingProgressBar progress={read.progress} lang={lang} onCancel={props.onCancel} />}
      <div ref={props.resultRef} tabIndex={-1} className={styles.result}>
        {message && <MessageLines message={message} />}
      </div>
      {result?.kind === "blocked" && result.errors.length > 0 && (
        <>
          <div>
            <Button className={wrap.button} appearance="secondary" disabled={busy} onClick={() => onGenerate(true)}>
              {t.forceWrite}
            </Button>
          </div>
          <h2 className={styles.heading}>{t.toFix}</h2>
          <ul className={styles.list}>
            {result.errors.slice(0, ERRORS_SHOWN).map((issue, i) => (
              <li key={i}>
                <IssueItem issue={issue} lang={lang} onSelect={onSelect} />
              </li>
            ))}
          </ul>
          {result.errors.length > ERRORS_SHOWN && <p className={styles.line}>{t.moreErrors(formatNumber(result.errors.length - ERRORS_SHOWN, 0, lang))}</p>}
        </>
      )}
      {result?.kind === "written" && (
        <DeliveryChoices
          lang={lang}
          delivery={props.delivery}
          bytes={result.bytes}
          fileName={result.fileName}
          busy={busy}
          oneDrive={props.oneDrive}
          onDeliver={(method) => props.onDeliver(result, method)}
        />
      )}
    </div>
  );
}
