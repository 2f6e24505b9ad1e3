import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import { progressFraction } from "../host";
import type { ReadingProgress } from "../host";
import { uiText } from "../text";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export interface ReadingProgressBarProps {
  readonly progress: ReadingProgress | undefined;
  readonly lang: Lang;
  /** Shown as "Dừng đọc" when given: a long read can be stopped before its next block. */
  readonly onCancel?: () => void;
}

/** The bar moves with each block read; the hint names the sheet and its rows. */
export function ReadingProgressBar({ progress, lang, onCancel }: ReadingProgressBarProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const hint = progress ? t.readingSheet(progress.sheet, formatNumber(progress.rowsDone, 0, lang), formatNumber(progress.rowsTotal, 0, lang)) : t.reading;
  return (
    <div className={styles.box}>
      <Field label={t.readingProgress} hint={hint} validationState="none">
        <ProgressBar value={progressFraction(progress)} max={1} thickness="large" />
      </Field>
      {onCancel && (
        <div>
          <Button appearance="secondary" size="small" onClick={onCancel}>
            {t.stopReading}
          </Button>
        </div>
      )}
    </div>
  );
}
