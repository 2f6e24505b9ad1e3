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
import { planReport, ReportBlock } from "../../core/report";
import { figureName, type FigureUpdate } from "../../core/living";
import type { WordMessage } from "./word-messages";

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
  /** "Cập nhật số liệu": the open report's figures refreshed from the workbook, the clerk's text kept. */
  updateFigures(analysis: Analysis, fileName: string, force: boolean, lang: Lang): Promise<void>;
}

export function wordPaneActions(host: WordPaneHost, dispatch: (action: WordPaneAction) => void): WordPaneActions {
  const actions: WordPaneActions = {
    async openFile(file, lang) {
      dispatch({ type: "file-start", fileName: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { analysis, plan } = await host.readWorkbook(bytes, (progress) => dispatch({ type: "file-progress", progress }));
        dispatch({ type: "file-read", analysis, checked: plan });
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

    async updateFigures(analysis, fileName, force, lang) {
      const t = wordText(lang);
      const update = host.updateFigures;
      if (update === undefined) return;
      const plan = planReport(analysis, { lang, force });
      if (!plan.ok) {
        dispatch({
          type: "notice",
          notice: { intent: "error", lines: [plan.reason === ReportBlock.NoPeriod ? t.noPeriod : t.blockedByErrors(String(plan.errors.length))] },
        });
        return;
      }
      dispatch({ type: "notice", notice: { intent: "info", lines: [t.updatingFigures] } });
      try {
        const result = await update({ document: plan.document, period: plan.period, workbook: { name: fileName } });
        dispatch({ type: "notice", notice: result === undefined ? { intent: "warning", lines: [t.notLivingReport] } : updateMessage(result, lang) });
      } catch {
        dispatch({ type: "notice", notice: { intent: "error", lines: [t.updateFailed] } });
      }
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

/** The changes, typed-over and deleted figures, then the count; a warning when the clerk has figures to look at. */
export function updateMessage(update: FigureUpdate, lang: Lang): WordMessage {
  const t = wordText(lang);
  const lines: string[] = [];
  let review = false;
  for (const c of update.changes) {
    const name = figureName(c.key, update.names);
    const fresh = c.fresh ?? "—";
    if (c.kind === "changed") lines.push(t.figureChanged(name, c.current ?? c.written, fresh));
    else if (c.kind === "conflict") lines.push(t.figureTypedOver(name, c.current ?? "", fresh));
    else if (c.kind === "missing") lines.push(t.figureDeleted(name, fresh));
    if (c.kind === "conflict" || c.kind === "missing") review = true;
  }
  const count = (kind: string) => String(update.changes.filter((c) => c.kind === kind).length);
  lines.push(t.figuresUpdated(count("changed"), count("unchanged")));
  return { intent: review ? "warning" : "success", lines };
}
