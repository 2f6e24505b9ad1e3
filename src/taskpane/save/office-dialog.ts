/// <reference types="office-js" />
/** Office's dialog API as a `DialogChannel`: the desktop hosts' way out for a file, since their task panes block downloads. */
import type { DialogChannel } from "./dialog-sender";

/** The dialog size, in percent of the screen. */
const SIZE = { height: 30, width: 30 } as const;

export function openOfficeDialog(url: string): Promise<DialogChannel> {
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
            if ("message" in arg) handler(arg.message);
          }),
        onClosed: (handler) => dialog.addEventHandler(Office.EventType.DialogEventReceived, () => handler()),
        send: (message) => dialog.messageChild(message),
        close: () => dialog.close(),
      });
    });
  });
}
