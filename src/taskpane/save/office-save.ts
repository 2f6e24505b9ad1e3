/// <reference types="office-js" />
/**
 * The .docx hand-off in any Office host: on the web a plain download works; desktop task panes
 * (WebView2, WKWebView) block downloads, so the dialog page beside the pane saves it.
 */
import type { Lang } from "../../core/issues";
import { SaveOutcome } from "../taskpane-host";
import { downloadBytes } from "./blob-download";
import { sendByDialog } from "./dialog-sender";
import { openOfficeDialog } from "./office-dialog";

export interface OfficeSaveOptions {
  /** The task pane page's URL: the dialog page is served beside it. */
  readonly pageUrl: string;
  readonly doc: Document;
}

export function officeSaveReport(options: OfficeSaveOptions): (bytes: Uint8Array, fileName: string, lang?: Lang) => Promise<SaveOutcome> {
  return async (bytes, fileName, lang) => {
    if (Office.context.platform === Office.PlatformType.OfficeOnline) {
      downloadBytes(options.doc, bytes, fileName);
      return SaveOutcome.Downloaded;
    }
    const url = new URL("download.html", options.pageUrl);
    if (lang) url.searchParams.set("lang", lang);
    return sendByDialog(openOfficeDialog, url.href, bytes, fileName);
  };
}
