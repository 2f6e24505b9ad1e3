/**
 * The file carried to the system browser in a URL fragment: download.html
 * reads it there and offers it for download. A fragment never reaches a
 * server, so the report does not leave the clerk's machine.
 */
import { fromBase64, toBase64 } from "./base64";

/** The longest URL handed to `openBrowserWindow`; browsers accept 2 MB, and a report is far smaller. */
export const MAX_BROWSER_URL = 1_500_000;

/** download.html#name=…&data=… beside `pageUrl`, or undefined when the file is too large to carry. */
export function browserLink(pageUrl: string, bytes: Uint8Array, fileName: string, lang: string): string | undefined {
  const url = new URL("download.html", pageUrl);
  url.search = `?lang=${encodeURIComponent(lang)}`;
  const data = toBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_");
  url.hash = `name=${encodeURIComponent(fileName)}&data=${data}`;
  return url.href.length <= MAX_BROWSER_URL ? url.href : undefined;
}

/** The file in a download.html fragment; undefined when there is none or it is damaged. */
export function fileFromFragment(hash: string): { readonly name: string; readonly bytes: Uint8Array } | undefined {
  if (hash.length > MAX_BROWSER_URL) return undefined;
  const params = new URLSearchParams(hash.replace(/^#/, "").replace(/\+/g, "%2B"));
  const name = params.get("name");
  const data = params.get("data");
  if (!name || !data) return undefined;
  const bytes = fromBase64(data.replace(/-/g, "+").replace(/_/g, "/"));
  return bytes ? { name, bytes } : undefined;
}
