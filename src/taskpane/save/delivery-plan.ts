/**
 * How the .docx can reach the clerk on this host, decided from Office's
 * platform and requirement sets, never assumed:
 * - Excel on the web and on Windows (WebView2) download from the pane itself.
 * - Excel on Mac and iPad run the pane and any dialog in WKWebView, which
 *   blocks downloads (office-js issue #2700, "by design"): nothing is tried
 *   there on its own; the clerk chooses OneDrive, or the system browser
 *   through `openBrowserWindow` (the workaround Microsoft gives in office-js
 *   issue #3662).
 * - Windows can also hand the file to a dialog window (`messageChild` needs
 *   DialogApi 1.2), for a pane whose download did not arrive.
 */
import type { IsSetSupported } from "../../hosts/excel";

export const DeliveryMethod = {
  /** An `<a download>` from the pane. */
  Download: "download",
  /** The file sent in chunks to download.html in an Office dialog, which downloads it on a click. */
  Dialog: "dialog",
  /** download.html opened in the system browser with the file in its URL fragment. */
  Browser: "browser",
} as const;
export type DeliveryMethod = (typeof DeliveryMethod)[keyof typeof DeliveryMethod];

export interface DeliveryPlan {
  /** Run right after the report is written; undefined where no way works without the clerk's choice. */
  readonly automatic: DeliveryMethod | undefined;
  /** Other ways offered as buttons, best first. */
  readonly others: ReadonlyArray<DeliveryMethod>;
}

/** Platforms whose web view blocks downloads (WKWebView). */
const NO_DOWNLOADS = new Set(["Mac", "iOS"]);

/** `platform` is `Office.context.diagnostics.platform` (or `Office.context.platform`): "OfficeOnline", "PC", "Mac", … */
export function deliveryPlan(platform: string | undefined, isSetSupported: IsSetSupported | undefined): DeliveryPlan {
  const has = (name: string, version: string) => isSetSupported?.(name, version) === true;
  const browser = has("OpenBrowserWindowApi", "1.1");
  if (platform !== undefined && NO_DOWNLOADS.has(platform)) return { automatic: undefined, others: browser ? [DeliveryMethod.Browser] : [] };
  const others: DeliveryMethod[] = [DeliveryMethod.Download];
  if (platform === "PC" && has("DialogApi", "1.2")) others.push(DeliveryMethod.Dialog);
  if (platform === "PC" && browser) others.push(DeliveryMethod.Browser);
  return { automatic: DeliveryMethod.Download, others };
}
