/** The pane's side of the download dialog: open it, wait for "ready", send the chunks, wait for "saved". */
import { toBase64 } from "./base64";
import { fileChunks, parseDialogReply } from "./dialog-protocol";

/** An open dialog, as the protocol needs it; `office-dialog.ts` wraps Office's. */
export interface DialogChannel {
  onMessage(handler: (raw: string) => void): void;
  /** The user closed the dialog, or it failed to load. */
  onClosed(handler: () => void): void;
  send(message: string): void;
  close(): void;
}

export type OpenDialog = (url: string) => Promise<DialogChannel>;

/** Resolves "saved" when the dialog reports the file saved, "cancelled" when it closes first. */
export async function sendByDialog(open: OpenDialog, url: string, bytes: Uint8Array, fileName: string): Promise<"saved" | "cancelled"> {
  const dialog = await open(url);
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (outcome: "saved" | "cancelled") => {
      if (finished) return;
      finished = true;
      if (outcome === "saved") dialog.close();
      resolve(outcome);
    };
    dialog.onClosed(() => finish("cancelled"));
    dialog.onMessage((raw) => {
      const reply = parseDialogReply(raw);
      if (reply?.kind === "saved") finish("saved");
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
