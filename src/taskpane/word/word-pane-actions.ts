/**
 * What the Word pane's controls do, outside React: call the host, turn the
 * outcome into state changes. Failures become plain-language messages.
 */
import type { Analysis } from "../../core/analyse";
import type { Lang } from "../../core/issues";
import { InsertPlace } from "../../hosts/word";
import { SaveOutcome } from "../host/taskpane-host";
import { readFailureText, saveMessage } from "./word-messages";
import type { WordPaneHost } from "./word-pane-host";
import type { WordPaneAction } from "./word-pane-state";
import { insertWordReport } from "./word-report";
import { wordText } from "./word-text";

/** A picked file: its name and a way to its bytes (`File` has both). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface WordPaneActions {
  openFile(file: PickedFile, lang: Lang): Promise<void>;
  /** The Insert button: "replace" asks first; the other places go straight on. */
  request(analysis: Analysis, place: InsertPlace, force: boolean, lang: Lang): Promise<void>;
  insert(analysis: Analysis, place: InsertPlace, force: boolean, lang: Lang): Promise<void>;
  download(bytes: Uint8Array, fileName: string, lang: Lang): Promise<void>;
}

export function wordPaneActions(host: WordPaneHost, dispatch: (action: WordPaneAction) => void): WordPaneActions {
  const actions: WordPaneActions = {
    async openFile(file, lang) {
      dispatch({ type: "file-start", fileName: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const analysis = await host.readWorkbook(bytes, (progress) => dispatch({ type: "file-progress", progress }));
        dispatch({ type: "file-read", analysis });
      } catch (error) {
        dispatch({ type: "file-failed", message: readFailureText(error, lang) });
      }
    },

    async request(analysis, place, force, lang) {
      if (place === InsertPlace.Replace) dispatch({ type: "confirm", force });
      else await actions.insert(analysis, place, force, lang);
    },

    async insert(analysis, place, force, lang) {
      dispatch({ type: "insert-start", force });
      dispatch({ type: "insert-done", result: await insertWordReport(host, analysis, { lang, where: place, force }) });
    },

    async download(bytes, fileName, lang) {
      try {
        const method = host.delivery.automatic ?? host.delivery.others[0];
        const outcome = method ? await host.saveReport(bytes, fileName, lang, method) : SaveOutcome.NotDelivered;
        dispatch({ type: "notice", notice: saveMessage(outcome, fileName, lang) });
      } catch {
        dispatch({ type: "notice", notice: { intent: "error", lines: [wordText(lang).saveFailed] } });
      }
    },
  };
  return actions;
}
