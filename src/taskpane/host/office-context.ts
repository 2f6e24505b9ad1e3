/// <reference types="office-js" />
/**
 * The few parts of `Office.context` the pane's hosts read, as a plain type:
 * index.tsx passes the real one, tests pass their own. Only host adapters
 * (excel-host.ts, word/word-pane-host.ts) read it, never a component.
 */
import type { IsSetSupported } from "../../hosts/excel";
import { Lang } from "../../core/i18n";
import { deliveryPlan, type DeliveryPlan } from "../save";
import type { ReportLanguageStore } from "./taskpane-host";
import type { Provenance } from "../../core/living";

export interface OfficeContextPart {
  /** Office's PlatformType: a string ("PC", "Mac", …) at run time. */
  readonly platform?: unknown;
  readonly diagnostics?: { readonly platform?: unknown };
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly ui?: { openBrowserWindow?(url: string): void };
  /** `url`: where the open file lives, a OneDrive/SharePoint address or a local path; empty for a new, unsaved file. */
  readonly document?: { readonly settings?: DocumentSettings; readonly url?: string };
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

/**
 * The open workbook as the report's record names it: its file name and where
 * it lives (`Office.context.document.url`), so "Cập nhật số liệu" in Word can
 * fetch it again; undefined for a workbook never saved.
 */
export function workbookOf(context: OfficeContextPart | undefined): Provenance["workbook"] | undefined {
  const url = context?.document?.url;
  if (typeof url !== "string" || url.trim() === "") return undefined;
  const path = url.split(/[?#]/)[0] ?? url;
  const last =
    path
      .split(/[/\\]/)
      .filter((part) => part !== "")
      .pop() ?? path;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray "%" in a local file name: the name as written.
  }
  return { name, location: url };
}
