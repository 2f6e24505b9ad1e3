import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useReducer, type ReactNode } from "react";
import type { Lang } from "../../core/i18n";
import { InsertPlace } from "../../hosts/word";
import type { OneDriveHost } from "../onedrive";
import { LiveAnnouncer } from "../shell";
import { FigureChangeList } from "./figure-change-list";
import { linkedClientOf } from "./linked-workbook";
import { livingActions } from "./living-actions";
import { InsertResult, MessageLines } from "./insert-result";
import { PlaceChoice } from "./place-choice";
import { wordPaneActions } from "./word-pane-actions";
import type { WordPaneHost } from "./word-pane-host";
import { initialWordPaneState, isWordPaneBusy, wordPaneReducer } from "./word-pane-state";
import { wordText } from "./word-text";
import { WorkbookCheck } from "./workbook-check";
import { WorkbookPicker } from "./workbook-picker";

const useStyles = makeStyles({
  pane: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
});

export interface WordPaneProps {
  readonly lang: Lang;
  readonly host: WordPaneHost;
  /** Slot for "from OneDrive when signed in": shown under the file picker; a function gets the pane's way in for downloaded bytes. */
  readonly onedrivePicker?: ReactNode | OneDrivePickerSlot;
  /** Where "Cập nhật số liệu" fetches the workbook the report names, when it is on OneDrive; its client is asked for on use. */
  readonly oneDrive?: Pick<OneDriveHost, "client">;
}

/** Fills the OneDrive slot: `onBytes` reads a downloaded workbook exactly as a file picked from the computer. */
export type OneDrivePickerSlot = (slot: {
  readonly busy: boolean;
  readonly onBytes: (name: string, bytes: Uint8Array, location?: string) => void;
}) => ReactNode;

/** The pane in Word: pick a workbook, see what the check found, choose where the report goes, insert it. */
export function WordPane({ lang, host, onedrivePicker, oneDrive }: WordPaneProps) {
  const styles = useStyles();
  const t = wordText(lang);
  const [state, dispatch] = useReducer(wordPaneReducer, initialWordPaneState);
  const actions = useMemo(() => wordPaneActions(host, dispatch), [host]);
  const living = useMemo(() => livingActions(host, actions, () => linkedClientOf(oneDrive?.client), dispatch), [host, actions, oneDrive]);
  const busy = isWordPaneBusy(state);
  const { workbook, insert, place, living: livingState } = state;
  const analysis = workbook.kind === "read" ? workbook.analysis : undefined;
  const onBytes = (name: string, bytes: Uint8Array, location?: string) =>
    void actions.openFile({ name, location, arrayBuffer: async () => new Uint8Array(bytes).buffer }, lang);
  const picker = typeof onedrivePicker === "function" ? onedrivePicker({ busy, onBytes }) : onedrivePicker;
  const source = workbook.kind === "read" ? { name: workbook.fileName, ...(workbook.location ? { location: workbook.location } : {}) } : undefined;
  const request = (force: boolean) => analysis && !busy && void actions.request(analysis, place, force, lang, source);

  return (
    <div className={styles.pane}>
      <p className={styles.intro}>{t.intro}</p>
      <WorkbookPicker
        lang={lang}
        workbook={workbook}
        busy={busy}
        primary={!analysis}
        onFile={(file) => void actions.openFile(file, lang)}
        onedrivePicker={picker}
      />
      {workbook.kind === "failed" && <MessageLines message={{ intent: "error", lines: [workbook.message] }} />}
      {workbook.kind === "read" && <WorkbookCheck fileName={workbook.fileName} analysis={workbook.analysis} checked={workbook.checked} lang={lang} />}
      {analysis && (
        <>
          <PlaceChoice lang={lang} place={place} disabled={busy} onPlace={(p) => dispatch({ type: "place", place: p })} />
          {insert.kind !== "confirming" && (
            <div>
              {/* One primary action at a time: Insert, unless the result's own next step (download) takes over. */}
              <Button
                appearance={insert.kind === "done" && insert.result.kind === "not-inserted" ? "secondary" : "primary"}
                disabled={busy}
                onClick={() => request(false)}
              >
                {t.insert}
              </Button>
            </div>
          )}
        </>
      )}
      {analysis && insert.kind === "confirming" && (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>{t.confirmReplace}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void actions.insert(analysis, InsertPlace.Replace, insert.force, lang, source)}>
              {t.confirmReplaceYes}
            </Button>
            <Button onClick={() => dispatch({ type: "cancel" })}>{t.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {host.updateFigures && insert.kind !== "confirming" && (
        <div>
          <Button
            appearance="secondary"
            disabled={busy}
            onClick={() =>
              void living.update(
                workbook.kind === "read" ? { analysis: workbook.analysis, fileName: workbook.fileName, location: workbook.location } : undefined,
                lang,
              )
            }
          >
            {t.updateFigures}
          </Button>
        </div>
      )}
      {(livingState.kind === "finding" || livingState.kind === "updating") && (
        <Spinner
          size="tiny"
          labelPosition="after"
          role="status"
          label={livingState.kind === "finding" && livingState.name ? t.living.fetching(livingState.name) : t.updatingFigures}
        />
      )}
      {livingState.kind === "updated" && (
        <FigureChangeList
          lang={lang}
          living={livingState}
          busy={busy}
          onSelect={(change) => void living.select(change, livingState.update, lang)}
          onSelectList={(change) => void living.selectList(change, lang)}
          onKeep={(change) => living.keep(change, lang)}
          onUseFresh={(change) => void living.useFresh(change, livingState.update, lang)}
          onAccept={(tags) => void living.accept(tags, lang)}
        />
      )}
      <LiveAnnouncer text={livingState.kind === "updated" ? livingState.spoken : ""} />
      {insert.kind === "running" && <Spinner size="tiny" labelPosition="after" label={t.inserting} />}
      {insert.kind === "done" && (
        <InsertResult
          lang={lang}
          result={insert.result}
          busy={busy}
          onForce={() => request(true)}
          onDownload={(bytes, fileName) => !busy && void actions.download(bytes, fileName, lang)}
        />
      )}
      {state.notice && <MessageLines message={state.notice} />}
    </div>
  );
}
