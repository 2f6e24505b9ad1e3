import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, type ReactNode } from "react";
import type { Lang } from "../../core/i18n";
import { progressFraction } from "../host";
import type { WorkbookState } from "./word-pane-state";
import { wordText } from "./word-text";

const useStyles = makeStyles({
  picker: { display: "grid", gap: tokens.spacingVerticalXS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  chosen: { margin: 0, overflowWrap: "anywhere" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The native input stays in the page for its file dialog, out of sight and out of the tab order.
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
});

export interface WorkbookPickerProps {
  readonly lang: Lang;
  readonly workbook: WorkbookState;
  readonly busy: boolean;
  /** The pane's main action while no workbook is read: the picker's button is then the primary one. */
  readonly primary: boolean;
  readonly onFile: (file: File) => void;
  /** The other helper's "from OneDrive when signed in" control goes here. */
  readonly onedrivePicker?: ReactNode;
}

/** The workbook to report on: a file from this computer (read in the page) through a button in the pane's language, or the OneDrive slot. */
export function WorkbookPicker({ lang, workbook, busy, primary, onFile, onedrivePicker }: WorkbookPickerProps) {
  const styles = useStyles();
  const t = wordText(lang);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const chosen = workbook.kind === "none" ? undefined : workbook.fileName;
  return (
    <div className={styles.picker} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className={styles.label}>
        {t.pickFile}
      </span>
      <div className={styles.row}>
        <Button
          appearance={primary ? "primary" : "secondary"}
          disabled={busy}
          aria-describedby={`${id}-chosen ${id}-hint`}
          onClick={() => input.current?.click()}
        >
          {t.pickButton}
        </Button>
        <p id={`${id}-chosen`} className={styles.chosen}>
          {chosen ? t.chosenFile(chosen) : t.noFileChosen}
        </p>
      </div>
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
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
