/// <reference types="office-js" />
/** Office's dialog API as a `DialogChannel`: a window of its own, for a pane whose download did not arrive. */
import type { DialogChannel } from "./dialog-sender";

/** The dialog size, in percent of the screen. */
const SIZE = { height: 30, width: 30 } as const;

/** Opens `url` (a page of the add-in's own origin); messages to it go only to that origin. */
export function openOfficeDialog(url: string): Promise<DialogChannel> {
  const targetOrigin = new URL(url).origin;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { ...SIZE, displayInIframe: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(result.error);
        return;
      }
      const dialog = result.value;
      resolve({
        onMessage: (handler) =>
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            if ("message" in arg) handler(arg.message, typeof arg.origin === "string" ? arg.origin : undefined);
          }),
        onClosed: (handler) => dialog.addEventHandler(Office.EventType.DialogEventReceived, () => handler()),
        send: (message) => dialog.messageChild(message, { targetOrigin }),
        close: () => dialog.close(),
      });
    });
  });
}
