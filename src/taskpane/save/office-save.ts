/// <reference types="office-js" />
/**
 * The .docx hand-off in an Office host, by the method the delivery plan
 * chose. No method claims more than it knows: a download is "handed to the
 * browser", never "saved".
 */
import type { Lang } from "../../core/i18n";
import { SaveOutcome } from "./save-outcome";
import { downloadBytes } from "./blob-download";
import { browserLink } from "./browser-link";
import { DeliveryMethod } from "./delivery-plan";
import { sendByDialog } from "./dialog-sender";
import { openOfficeDialog } from "./office-dialog";

export interface OfficeSaveOptions {
  /** The task pane page's URL: the dialog page is served beside it. */
  readonly pageUrl: string;
  readonly doc: Document;
  /** `Office.context.ui.openBrowserWindow`, when the host has it. */
  readonly openBrowserWindow?: (url: string) => void;
}

export type SaveReport = (bytes: Uint8Array, fileName: string, lang: Lang, method: DeliveryMethod) => Promise<SaveOutcome>;

export function officeSaveReport(options: OfficeSaveOptions): SaveReport {
  return async (bytes, fileName, lang, method) => {
    switch (method) {
      case DeliveryMethod.Download:
        downloadBytes(options.doc, bytes, fileName);
        return SaveOutcome.Downloaded;
      case DeliveryMethod.Browser: {
        const link = browserLink(options.pageUrl, bytes, fileName, lang);
        if (!link || !options.openBrowserWindow) return SaveOutcome.TooLargeForBrowser;
        options.openBrowserWindow(link);
        return SaveOutcome.OpenedInBrowser;
      }
      case DeliveryMethod.Dialog: {
        const url = new URL("download.html", options.pageUrl);
        url.searchParams.set("lang", lang);
        const outcome = await sendByDialog(openOfficeDialog, url.href, bytes, fileName);
        return outcome === "cancelled" ? SaveOutcome.Cancelled : SaveOutcome.DialogDownload;
      }
    }
  };
}
