/**
 * What the living-report controls do, outside React: "Cập nhật số liệu"
 * (with the workbook the clerk picked, else the one the report names on
 * OneDrive), a line's link to its figure, the two answers to a conflict and
 * "Chấp nhận thay đổi". Failures become one plain sentence, never a trace.
 */
import type { Analysis } from "../../core/analyse";
import type { Lang } from "../../core/i18n";
import { figureName, listChangeWords, type FigureChange, type FigureUpdate, type ListChange } from "../../core/living";
import { takeFreshFigure } from "../../core/living";
import { formatNumber } from "../../core/format";
import { fetchLinkedWorkbook, type LinkedWorkbookClient } from "./linked-workbook";
import { offersFresh } from "./living-lines";
import type { LivingAction } from "./living-state";
import type { WordPaneActions } from "./word-pane-actions";
import type { WordPaneHost } from "./word-pane-host";
import type { WordPaneAction } from "./word-pane-state";
import { wordText } from "./word-text";

export interface LivingActions {
  /** With `picked` (a workbook read in the pane) the update uses it; without, the workbook the report names on OneDrive. */
  update(picked: { readonly analysis: Analysis; readonly fileName: string; readonly location?: string } | undefined, lang: Lang): Promise<void>;
  select(change: FigureChange, update: FigureUpdate, lang: Lang): Promise<void>;
  /** Selects a computed list's control (the finance table), found by its tag like a figure's. */
  selectList(change: ListChange, lang: Lang): Promise<void>;
  keep(change: FigureChange, lang: Lang): void;
  useFresh(change: FigureChange, update: FigureUpdate, lang: Lang): Promise<void>;
  accept(tags: ReadonlyArray<string>, lang: Lang): Promise<void>;
}

export function livingActions(
  host: WordPaneHost,
  pane: Pick<WordPaneActions, "openFile" | "updateFigures">,
  oneDrive: () => LinkedWorkbookClient | undefined,
  dispatchPane: (action: WordPaneAction) => void,
): LivingActions {
  const dispatch = (action: LivingAction) => dispatchPane({ type: "living", action });
  const stop = (intent: "warning" | "error", line: string) => {
    dispatch({ type: "stopped" });
    dispatchPane({ type: "notice", notice: { intent, lines: [line] } });
  };

  /** Selects the control tagged `tag`; `gone` is said when the document no longer holds it. */
  const selectTag = async (tag: string, gone: string, lang: Lang): Promise<void> => {
    if (!host.selectFigure) return;
    dispatch({ type: "working", tag });
    let outcome;
    try {
      outcome = await host.selectFigure(tag);
    } catch {
      outcome = "failed" as const;
    }
    if (outcome === "selected") dispatch({ type: "working", tag: undefined });
    else if (outcome === "gone") dispatch({ type: "message", message: { intent: "warning", lines: [gone] } });
    else dispatch({ type: "message", message: { intent: "error", lines: [wordText(lang).living.selectFailed] } });
  };

  return {
    async update(picked, lang) {
      const t = wordText(lang);
      if (picked) return pane.updateFigures(picked.analysis, picked.fileName, false, lang, picked.location);
      if (!host.readProvenance) return;
      dispatch({ type: "finding" });
      let provenance;
      try {
        provenance = await host.readProvenance();
      } catch {
        return stop("error", t.updateFailed);
      }
      if (provenance === undefined) return stop("warning", t.notLivingReport);
      const linked = await fetchLinkedWorkbook(oneDrive(), provenance.workbook, (name) => dispatch({ type: "finding", name }));
      if (!linked.ok) return stop("warning", t.living.problems[linked.problem](linked.name));
      const analysis = await pane.openFile(
        { name: linked.name, location: linked.location, arrayBuffer: async () => new Uint8Array(linked.bytes).buffer },
        lang,
      );
      if (analysis === undefined) return dispatch({ type: "stopped" });
      await pane.updateFigures(analysis, linked.name, false, lang, linked.location);
    },

    async select(change, update, lang) {
      await selectTag(change.tag, wordText(lang).living.gone(figureName(change.key, update.names, lang)), lang);
    },

    async selectList(change, lang) {
      await selectTag(change.tag, wordText(lang).living.listGone(listChangeWords(change, lang).name), lang);
    },

    keep(change, lang) {
      dispatch({ type: "resolved", change, resolution: "kept", spoken: wordText(lang).living.kept });
    },

    async useFresh(change, update, lang) {
      const t = wordText(lang).living;
      // A tracked change, comment or bookmark in the control is the reviewer's to settle first: writing over it would wipe it.
      const resolution = offersFresh(change) ? takeFreshFigure(update.provenance, change) : undefined;
      if (!resolution || !host.writeFigures) return;
      dispatch({ type: "working", tag: change.tag });
      try {
        await host.writeFigures(resolution.texts, resolution.provenance);
      } catch {
        return dispatch({ type: "message", message: { intent: "error", lines: [t.useFreshFailed] } });
      }
      dispatch({ type: "resolved", change, resolution: "used", update: { ...update, provenance: resolution.provenance }, spoken: t.used(change.fresh ?? "") });
    },

    async accept(tags, lang) {
      const t = wordText(lang).living;
      if (!host.acceptFigures) return;
      // "": the acceptance, not one figure, is under way.
      dispatch({ type: "working", tag: "" });
      try {
        const cleared = await host.acceptFigures(tags);
        dispatch({ type: "accepted", message: { intent: "success", lines: [t.accepted(formatNumber(cleared, 0, lang))] } });
      } catch {
        dispatch({ type: "accepted", message: { intent: "error", lines: [t.acceptFailed] } });
      }
    },
  };
}
