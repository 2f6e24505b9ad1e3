import { Button, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import { AuthProblemCode } from "../../hosts/auth";
import type { OneDriveHost } from "../onedrive";
import {
  downloadFraction,
  downloadFromOneDrive,
  formatModified,
  formatSize,
  initialPickerState,
  isPickerBusy,
  listFromOneDrive,
  pickerClientOf,
  pickerProblemMessage,
  workbookKey,
  type OneDrivePickerState,
} from "./onedrive-picker-model";
import { wordText } from "./word-text";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { margin: 0 },
  list: { maxHeight: "16rem", overflowY: "auto", minWidth: 0 },
  name: { display: "block", overflowWrap: "anywhere" },
  meta: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface OneDrivePickerProps {
  readonly lang: Lang;
  /** The pane is reading or inserting: nothing starts meanwhile. */
  readonly busy: boolean;
  /** The downloaded workbook, handed on like a file picked from the computer. */
  readonly onBytes: (name: string, bytes: Uint8Array, location?: string) => void;
  /** Office's OneDrive host, made once by the page's entry point; its client is asked for on use, not at render. */
  readonly host: Pick<OneDriveHost, "client">;
}

/** "Chọn từ OneDrive": sign in, list the user's workbooks (newest first), download the one chosen. */
export function OneDrivePicker({ lang, busy, onBytes, host }: OneDrivePickerProps) {
  const styles = useStyles();
  const t = wordText(lang).oneDrive;
  const id = useId();
  const [state, setState] = useState<OneDrivePickerState>(initialPickerState);
  const [chosen, setChosen] = useState<string | undefined>();
  const working = busy || isPickerBusy(state);
  // Asked on use, not at render: the Office host reads nothing until a button is pressed.
  const target = () => pickerClientOf(host.client);
  const items = state.kind === "listed" || state.kind === "downloading" || state.kind === "failed" ? state.items : undefined;
  const selected = chosen && items?.some((i) => workbookKey(i) === chosen) ? chosen : state.kind === "listed" ? state.selected : undefined;

  const list = () => {
    if (working) return;
    setChosen(undefined);
    void listFromOneDrive(target(), setState);
  };
  const open = () => {
    const c = target();
    const item = items?.find((i) => workbookKey(i) === selected);
    // Kept, so that after a failed download the same workbook is still chosen for another try.
    setChosen(selected);
    if (!working && c && items && item) void downloadFromOneDrive(c, items, item, setState, onBytes);
  };

  return (
    <div className={styles.box}>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={working} onClick={list}>
          {items ? t.refresh : t.choose}
        </Button>
      </div>
      {(state.kind === "signing-in" || state.kind === "listing") && (
        <Spinner size="tiny" labelPosition="after" label={state.kind === "signing-in" ? t.signingIn : t.listing} role="status" />
      )}
      {items && items.length === 0 && <p className={styles.line}>{t.empty}</p>}
      {items && items.length > 0 && (
        <>
          <span id={`${id}-label`} className={styles.line}>
            {t.listLabel}
          </span>
          <RadioGroup
            className={styles.list}
            aria-labelledby={`${id}-label`}
            value={selected ?? ""}
            disabled={working}
            onChange={(_, data) => setChosen(data.value)}
          >
            {items.map((item) => {
              const date = formatModified(item.lastModified);
              const size = formatSize(item.size, lang);
              return (
                <Radio
                  key={workbookKey(item)}
                  value={workbookKey(item)}
                  aria-label={t.item(item.name, date, size)}
                  label={
                    <>
                      <span className={styles.name}>{item.name}</span>
                      <span className={styles.meta}>
                        {t.modified(date)} · {size}
                      </span>
                    </>
                  }
                />
              );
            })}
          </RadioGroup>
          <div>
            <Button appearance="secondary" disabled={working || !selected} onClick={open}>
              {t.open}
            </Button>
          </div>
        </>
      )}
      {state.kind === "downloading" && (
        <>
          <ProgressBar aria-label={t.progressLabel} value={downloadFraction(state)} />
          <p className={styles.line} role="status">
            {t.downloading(state.item.name, formatNumber(Math.floor((downloadFraction(state) ?? 0) * 100), 0, lang))}
          </p>
        </>
      )}
      {state.kind === "failed" && (
        <MessageBar intent={state.problem.code === AuthProblemCode.NotConfigured ? "info" : "error"} layout="multiline" politeness="assertive">
          <MessageBarBody>{pickerProblemMessage(state.problem, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
