/// <reference types="office-js" />
/**
 * The few parts of `Office.context` the pane's hosts read, as a plain type:
 * index.tsx passes the real one, tests pass their own. Only host adapters
 * (excel-host.ts, word/word-pane-host.ts) read it, never a component.
 */
import type { IsSetSupported } from "../../hosts/excel";
import { Lang } from "../../core/i18n";
import { deliveryPlan, type DeliveryPlan } from "../save/delivery-plan";
import type { ReportLanguageStore } from "./taskpane-host";

export interface OfficeContextPart {
  /** Office's PlatformType: a string ("PC", "Mac", …) at run time. */
  readonly platform?: unknown;
  readonly diagnostics?: { readonly platform?: unknown };
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly ui?: { openBrowserWindow?(url: string): void };
  readonly document?: { readonly settings?: DocumentSettings };
}

/** `Office.context.document.settings`: kept inside the workbook once `saveAsync` succeeds. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: unknown }) => void): void;
}

/** The setting that keeps the report's language in the workbook. */
export const REPORT_LANGUAGE_SETTING = "reportLanguage";

function isSetSupportedOf(context: OfficeContextPart | undefined): IsSetSupported | undefined {
  const requirements = context?.requirements;
  return typeof requirements?.isSetSupported === "function" ? requirements.isSetSupported.bind(requirements) : undefined;
}

/** `diagnostics.platform` first (Office's own report), else the older `platform`. */
function platformOf(context: OfficeContextPart | undefined): string | undefined {
  const platform = context?.diagnostics?.platform ?? context?.platform;
  return platform === undefined || platform === null ? undefined : String(platform);
}

export function deliveryPlanOf(context: OfficeContextPart | undefined): DeliveryPlan {
  return deliveryPlan(platformOf(context), isSetSupportedOf(context));
}

/** `openBrowserWindow`, bound, when the host has it. */
export function openBrowserWindowOf(context: OfficeContextPart | undefined): ((url: string) => void) | undefined {
  const ui = context?.ui;
  return typeof ui?.openBrowserWindow === "function" ? (url) => ui.openBrowserWindow!(url) : undefined;
}

/** The report's language in the document's settings; undefined where the host keeps no settings. */
export function settingsLanguageStore(context: OfficeContextPart | undefined): ReportLanguageStore | undefined {
  const settings = context?.document?.settings;
  if (!settings || typeof settings.get !== "function") return undefined;
  return {
    read: () => {
      const value = settings.get(REPORT_LANGUAGE_SETTING);
      return value === Lang.Vi || value === Lang.En ? value : undefined;
    },
    write: (lang) =>
      new Promise((resolve, reject) => {
        settings.set(REPORT_LANGUAGE_SETTING, lang);
        settings.saveAsync((result) => (String(result.status) === "failed" ? reject(result.error ?? new Error("saveAsync failed")) : resolve()));
      }),
  };
}
