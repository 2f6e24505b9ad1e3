/**
 * What the pane's buttons do, outside React: call the host, turn the outcome
 * into state changes. Failures become plain-language notices, never a stack.
 */
import type { Lang } from "../../core/i18n";
import { CHECK_REPORT } from "../../core/report";
import type { AppAction } from "./app-state";
import { failureText } from "../text";
import { generateReport, type GenerateResult } from "./generate-report";
import type { DeliveryMethod } from "../save";
import type { TaskpaneHost } from "../host";
import { uiText } from "../text";

export interface AppActions {
  check(lang: Lang): Promise<void>;
  /** Stops the reading under way (check or generate) before its next block. */
  cancel(): void;
  /** Keeps the report's language in the workbook. */
  reportLanguage(lang: Lang, uiLang: Lang): Promise<void>;
  select(sheet: string, address: string, lang: Lang): Promise<void>;
  template(lang: Lang): Promise<void>;
  generate(force: boolean, lang: Lang, reportLang: Lang): Promise<void>;
  deliver(result: Extract<GenerateResult, { kind: "written" }>, method: DeliveryMethod, lang: Lang): Promise<void>;
}

export function appActions(host: TaskpaneHost, dispatch: (action: AppAction) => void): AppActions {
  let reading: AbortController | undefined;
  const startReading = () => {
    reading?.abort();
    reading = new AbortController();
    return reading.signal;
  };
  return {
    async check(lang) {
      const signal = startReading();
      dispatch({ type: "read-start" });
      try {
        const { analysis, plan } = await host.readWorkbook(CHECK_REPORT, (progress) => dispatch({ type: "read-progress", progress }), signal);
        dispatch({ type: "read-done", analysis, checked: plan });
      } catch (error) {
        if (signal.aborted) {
          dispatch({ type: "read-cancelled" });
          dispatch({ type: "notice", notice: { intent: "info", text: uiText(lang).readCancelled } });
        } else dispatch({ type: "read-failed", message: failureText("read", error, lang) });
      }
    },

    cancel() {
      reading?.abort();
    },

    async reportLanguage(lang, uiLang) {
      dispatch({ type: "report-lang", lang });
      try {
        await host.reportLanguage?.write(lang);
      } catch (error) {
        dispatch({ type: "notice", notice: { intent: "error", text: failureText("settings", error, uiLang) } });
      }
    },

    async select(sheet, address, lang) {
      try {
        await host.selectCell(sheet, address);
      } catch (error) {
        dispatch({ type: "notice", notice: { intent: "error", text: failureText("select", error, lang) } });
      }
    },

    async template(lang) {
      const t = uiText(lang);
      try {
        const { added } = await host.createTemplate();
        dispatch({ type: "notice", notice: { intent: "success", text: added.length > 0 ? t.templateAdded(added.join(", ")) : t.templateNothingToAdd } });
      } catch (error) {
        dispatch({ type: "notice", notice: { intent: "error", text: failureText("template", error, lang) } });
      }
    },

    async generate(force, lang, reportLang) {
      const signal = startReading();
      dispatch({ type: "generate-start", force });
      const result = await generateReport(
        host,
        { lang, reportLang, force, signal },
        {
          onStep: (step) => {
            dispatch({ type: "generate-step", step });
            if (step === "read") dispatch({ type: "read-start" });
          },
          onProgress: (progress) => dispatch({ type: "read-progress", progress }),
          onAnalysis: (analysis) => dispatch({ type: "read-done", analysis }),
        },
      );
      dispatch({ type: "generate-done", result });
    },

    async deliver(result, method, lang) {
      try {
        const outcome = await host.saveReport(result.bytes, result.fileName, lang, method);
        dispatch({ type: "generate-done", result: { ...result, outcome } });
      } catch (error) {
        dispatch({ type: "notice", notice: { intent: "error", text: failureText("write", error, lang) } });
      }
    },
  };
}
