import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { Lang } from "../../core/issues";
import { progressFraction } from "../reading-progress";
import type { WorkbookState } from "./word-pane-state";
import { wordText } from "./word-text";

const useStyles = makeStyles({
  picker: { display: "grid", gap: tokens.spacingVerticalXS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { maxWidth: "100%", fontFamily: "inherit" },
});

export interface WorkbookPickerProps {
  readonly lang: Lang;
  readonly workbook: WorkbookState;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  /** The other helper's "from OneDrive when signed in" control goes here. */
  readonly onedrivePicker?: ReactNode;
}

/** The workbook to report on: a file from this computer (read in the page), or the OneDrive slot. */
export function WorkbookPicker({ lang, workbook, busy, onFile, onedrivePicker }: WorkbookPickerProps) {
  const styles = useStyles();
  const t = wordText(lang);
  const id = useId();
  return (
    <div className={styles.picker}>
      <label className={styles.label} htmlFor={id}>
        {t.pickFile}
      </label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again, after fixing it, reads it again.
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {t.pickHint}
      </p>
      {/* Slot: OneDrive picker (src/taskpane/onedrive), shown when signed in. */}
      {onedrivePicker && (
        <section aria-label={t.fromOneDrive} data-slot="onedrive-picker">
          {onedrivePicker}
        </section>
      )}
      {workbook.kind === "reading" && (
        <Field label={t.reading} hint={workbook.progress ? t.readingSheet(workbook.progress.sheet) : workbook.fileName} validationState="none">
          <ProgressBar value={progressFraction(workbook.progress)} max={1} thickness="large" />
        </Field>
      )}
    </div>
  );
}
