import { Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import { AuthProblemCode } from "../../hosts/auth";
import { useWrappingButton } from "../widgets";
import { saveToOneDrive, type OneDriveHost, type OneDriveState } from "./onedrive-save";
import { oneDriveText, problemMessage } from "./onedrive-text";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface OneDriveSaveProps {
  readonly lang: Lang;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Office's OneDrive host, made once by the page's entry point; tests and other hosts pass their own. */
  readonly host: OneDriveHost;
  /** The other way to keep the report, offered beside any failure. */
  readonly onSaveLocally?: () => void;
}

/** "Lưu lên OneDrive": uploads the written report beside the workbook, then offers to open it. */
export function OneDriveSave({ lang, bytes, fileName, host, onSaveLocally }: OneDriveSaveProps) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = oneDriveText(lang);
  const [state, setState] = useState<OneDriveState>({ kind: "idle" });
  // A new report starts afresh.
  useEffect(() => setState({ kind: "idle" }), [bytes, fileName]);
  const working = state.kind === "working";
  // Nothing was tried without a client id: the tab's own save button is enough then.
  const offerLocal = onSaveLocally && !(state.kind === "failed" && state.problem.code === AuthProblemCode.NotConfigured);
  const start = () => {
    if (!working) void saveToOneDrive(host, bytes, fileName, setState);
  };

  return (
    <div className={styles.box}>
      {state.kind !== "saved" && (
        <div>
          <Button className={wrap.button} appearance="secondary" disabled={working} onClick={start}>
            {t.save}
          </Button>
        </div>
      )}
      {state.kind === "working" && (
        <>
          <ProgressBar aria-label={t.progressLabel} value={state.phase === "upload" && state.total > 0 ? state.sent / state.total : undefined} />
          <p className={styles.line} role="status">
            {state.phase === "sign-in"
              ? t.signingIn
              : state.phase === "find"
                ? t.finding
                : t.uploading(formatNumber(Math.floor((state.sent * 100) / Math.max(1, state.total)), 0, lang))}
          </p>
        </>
      )}
      {state.kind === "saved" && (
        <>
          <MessageBar intent="success" layout="multiline" politeness="polite">
            <MessageBarBody>
              <p className={styles.line}>{t.saved(state.item.name)}</p>
              {state.item.name !== state.asked && <p className={styles.line}>{t.renamed(state.asked)}</p>}
            </MessageBarBody>
          </MessageBar>
          {/* Graph gave no address that may be opened (not https on a Microsoft host): the file is saved, there is just no button. */}
          {state.item.webUrl !== "" && (
            <div>
              <Button className={wrap.button} appearance="primary" onClick={() => host.openInBrowser(state.item.webUrl)}>
                {t.openInWord}
              </Button>
            </div>
          )}
        </>
      )}
      {state.kind === "failed" && (
        <>
          <MessageBar intent={state.problem.code === AuthProblemCode.NotConfigured ? "info" : "error"} layout="multiline" politeness="assertive">
            <MessageBarBody>
              <p className={styles.line}>{problemMessage(state.problem, lang)}</p>
              {state.problem.code !== AuthProblemCode.NotConfigured && <p className={styles.line}>{t.notLost}</p>}
            </MessageBarBody>
          </MessageBar>
          {(state.canRetry || offerLocal) && (
            <div className={styles.buttons}>
              {state.canRetry && (
                <Button className={wrap.button} appearance="primary" onClick={start}>
                  {t.retry}
                </Button>
              )}
              {offerLocal && (
                <Button className={wrap.button} appearance="secondary" onClick={onSaveLocally}>
                  {t.saveLocally}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
