import { Field, ProgressBar } from "@fluentui/react-components";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/issues";
import { progressFraction } from "../reading-progress";
import type { ReadingProgress } from "../taskpane-host";
import { uiText } from "../ui-text";

/** The bar moves with each block read; the hint names the sheet and its rows. */
export function ReadingProgressBar({ progress, lang }: { readonly progress: ReadingProgress | undefined; readonly lang: Lang }) {
  const t = uiText(lang);
  const hint = progress ? t.readingSheet(progress.sheet, formatNumber(progress.rowsDone, 0, lang), formatNumber(progress.rowsTotal, 0, lang)) : t.reading;
  return (
    <Field label={t.readingProgress} hint={hint} validationState="none">
      <ProgressBar value={progressFraction(progress)} max={1} thickness="large" />
    </Field>
  );
}
