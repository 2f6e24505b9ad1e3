/// <reference types="office-js" />
/**
 * download.html: the dialog that saves the report where the task pane cannot
 * download (Excel desktop). It says "ready", collects the file's chunks, then
 * offers a "Lưu tệp" button, since some hosts allow a download only on a click.
 */
import { chooseLang } from "../launch-options";
import { downloadBytes } from "../save";
import { downloadText } from "./download-text";
import { DownloadReceiver, type ReceiverState } from "./download-receiver";

/** Time for the download to start before the pane closes the dialog. */
const SAVED_DELAY_MS = 1000;

function start(): void {
  const query = new URLSearchParams(window.location.search);
  const lang = chooseLang(query.get("lang"), Office.context?.displayLanguage ?? navigator.language);
  const t = downloadText(lang);
  document.documentElement.lang = lang;
  document.title = t.title;

  const root = document.getElementById("download") ?? document.body;
  const heading = document.createElement("h1");
  heading.textContent = t.title;
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.textContent = t.waiting(0, 0);
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t.save;
  button.disabled = true;
  root.append(heading, status, button);
  root.setAttribute("style", "font-family: 'Segoe UI', system-ui, sans-serif; padding: 12px; font-size: 14px;");
  button.setAttribute("style", "font: inherit; padding: 6px 16px; min-height: 32px;");

  let file: { name: string; bytes: Uint8Array } | undefined;
  button.addEventListener("click", () => {
    if (!file) return;
    downloadBytes(document, file.bytes, file.name);
    status.textContent = t.saved(file.name);
    setTimeout(() => Office.context.ui.messageParent(JSON.stringify({ kind: "saved" })), SAVED_DELAY_MS);
  });

  const receiver = new DownloadReceiver();
  const show = (state: ReceiverState) => {
    if (state.kind === "waiting") status.textContent = t.waiting(state.received, state.total);
    else if (state.kind === "broken") status.textContent = t.broken;
    else {
      file = { name: state.name, bytes: state.bytes };
      status.textContent = t.ready(state.name);
      button.disabled = false;
      button.focus();
    }
  };

  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg: { message: string }) => {
      const state = receiver.accept(arg.message);
      if (state) show(state);
    },
    () => Office.context.ui.messageParent(JSON.stringify({ kind: "ready" })),
  );
}

Office.onReady(() => start());
