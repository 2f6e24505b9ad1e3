/** The pane's side of the download dialog: open it, wait for "ready", send the chunks, wait for "download-started". */
import { toBase64 } from "./base64";
import { fileChunks, parseDialogReply, sameOrigin } from "./dialog-protocol";

/** An open dialog, as the protocol needs it; `office-dialog.ts` wraps Office's. */
export interface DialogChannel {
  /** `origin` is the sender's, when the host reports it (DialogOrigin 1.1). */
  onMessage(handler: (raw: string, origin: string | undefined) => void): void;
  /** The user closed the dialog, or it failed to load. */
  onClosed(handler: () => void): void;
  send(message: string): void;
  close(): void;
}

export type OpenDialog = (url: string) => Promise<DialogChannel>;

/**
 * Resolves "download-started" when the dialog says it handed the file to its
 * download, "cancelled" when it closes first. Messages from any origin but
 * the dialog page's own are ignored.
 */
export async function sendByDialog(open: OpenDialog, url: string, bytes: Uint8Array, fileName: string): Promise<"download-started" | "cancelled"> {
  const expected = new URL(url).origin;
  const dialog = await open(url);
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (outcome: "download-started" | "cancelled") => {
      if (finished) return;
      finished = true;
      if (outcome === "download-started") dialog.close();
      resolve(outcome);
    };
    dialog.onClosed(() => finish("cancelled"));
    dialog.onMessage((raw, origin) => {
      if (!sameOrigin(origin, expected)) return;
      const reply = parseDialogReply(raw);
      if (reply?.kind === "download-started") finish("download-started");
      else if (reply?.kind === "ready") {
        try {
          // Sent on every "ready": a dialog page that reloads asks again.
          for (const chunk of fileChunks(toBase64(bytes), fileName)) dialog.send(JSON.stringify(chunk));
        } catch (e) {
          finished = true;
          dialog.close();
          reject(e);
        }
      }
    });
  });
}
