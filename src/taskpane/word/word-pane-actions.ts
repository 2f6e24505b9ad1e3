/**
 * What the Word pane's controls do, outside React: call the host, turn the
 * outcome into state changes. Failures become plain-language messages.
 */
import type { Analysis } from "../../core/analyse";
import type { Lang } from "../../core/i18n";
import { InsertPlace } from "../../hosts/word";
import { SaveOutcome } from "../host";
import { readFailureText, saveMessage } from "./word-messages";
import type { WordPaneHost } from "./word-pane-host";
import type { WordPaneAction } from "./word-pane-state";
import { insertWordReport } from "./word-report";
import { wordText } from "./word-text";
import { planReport, ReportBlock } from "../../core/report";
import { summaryRecord, type FigureUpdate, type Provenance } from "../../core/living";
import type { WordMessage } from "./word-messages";

/** A picked file: its name and a way to its bytes (`File` has both). */
export interface PickedFile {
  readonly name: string;
  /** Its OneDrive address, when picked there. */
  readonly location?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface WordPaneActions {
  /** Reads the file into the pane; resolves with its analysis, or undefined when it could not be read (the pane says why). */
  openFile(file: PickedFile, lang: Lang): Promise<Analysis | undefined>;
  /** The Insert button: "replace" asks first; the other places go straight on. */
  request(analysis: Analysis, place: InsertPlace, force: boolean, lang: Lang, workbook?: Provenance["workbook"]): Promise<void>;
  /** `workbook`: what the report's record keeps of its workbook (its name, and its OneDrive address when known). */
  insert(analysis: Analysis, place: InsertPlace, force: boolean, lang: Lang, workbook?: Provenance["workbook"]): Promise<void>;
  download(bytes: Uint8Array, fileName: string, lang: Lang): Promise<void>;
  /** "Cập nhật số liệu": the open report's figures refreshed from the workbook (at `location` on OneDrive, when fetched from there), the clerk's text kept. */
  updateFigures(analysis: Analysis, fileName: string, force: boolean, lang: Lang, location?: string): Promise<void>;
}

export function wordPaneActions(host: WordPaneHost, dispatch: (action: WordPaneAction) => void): WordPaneActions {
  const actions: WordPaneActions = {
    async openFile(file, lang) {
      dispatch({ type: "file-start", fileName: file.name, location: file.location });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { analysis, plan } = await host.readWorkbook(bytes, (progress) => dispatch({ type: "file-progress", progress }));
        dispatch({ type: "file-read", analysis, checked: plan });
        return analysis;
      } catch (error) {
        dispatch({ type: "file-failed", message: readFailureText(error, lang) });
        return undefined;
      }
    },

    async request(analysis, place, force, lang, workbook) {
      if (place === InsertPlace.Replace) dispatch({ type: "confirm", force });
      else await actions.insert(analysis, place, force, lang, workbook);
    },

    async insert(analysis, place, force, lang, workbook) {
      dispatch({ type: "insert-start", force });
      dispatch({ type: "insert-done", result: await insertWordReport(host, analysis, { lang, where: place, force, workbook }) });
    },

    async updateFigures(analysis, fileName, force, lang, location) {
      const t = wordText(lang);
      const update = host.updateFigures;
      if (update === undefined) return;
      const stop = (notice: WordMessage) => (dispatch({ type: "living", action: { type: "stopped" } }), dispatch({ type: "notice", notice }));
      const plan = planReport(analysis, { lang, force });
      if (!plan.ok) {
        stop({ intent: "error", lines: [plan.reason === ReportBlock.NoPeriod ? t.noPeriod : t.blockedByErrors(String(plan.errors.length))] });
        return;
      }
      dispatch({ type: "living", action: { type: "updating" } });
      try {
        const workbook = location === undefined ? { name: fileName } : { name: fileName, location };
        const result = await update({ document: plan.document, period: plan.period, workbook, summary: summaryRecord(plan.summary) });
        if (result === undefined) stop({ intent: "warning", lines: [t.notLivingReport] });
        else {
          const source = location === undefined ? ({ kind: "picked", name: fileName } as const) : ({ kind: "onedrive", name: fileName, location } as const);
          dispatch({ type: "notice", notice: undefined });
          dispatch({ type: "living", action: { type: "updated", update: result, source, spoken: updateSummary(result, lang) } });
        }
      } catch {
        stop({ intent: "error", lines: [t.updateFailed] });
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

/** What the live region says when the change list arrives: how many figures and lists were written, how many the clerk should look at. */
export function updateSummary(update: FigureUpdate, lang: Lang): string {
  const all = [...update.changes, ...update.lists];
  const count = (...kinds: string[]) => String(all.filter((c) => kinds.includes(c.kind)).length);
  return wordText(lang).living.summary(count("changed"), count("conflict", "missing"));
}
