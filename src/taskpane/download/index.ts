/// <reference types="office-js" />
/**
 * download.html, in two roles:
 * - an Office dialog (Excel on Windows, when the pane's download did not
 *   arrive): it says "ready", collects the file's chunks from the pane
 *   (only from its own origin, every size bounded), then offers "Lưu tệp";
 * - a page in the system browser (Excel for Mac, through openBrowserWindow):
 *   the file is in the URL fragment, and "Lưu tệp" downloads it there.
 * It never says "saved": a page cannot know what the browser did with a download.
 */
import { chooseLang } from "../host";
import { downloadBytes, fileFromFragment } from "../save";
import { downloadText } from "./download-text";
import { DownloadReceiver, type ReceiverState } from "./download-receiver";

function start(inOffice: boolean): void {
  const query = new URLSearchParams(window.location.search);
  const officeLanguage = inOffice ? Office.context?.displayLanguage : undefined;
  const lang = chooseLang(query.get("lang"), officeLanguage ?? navigator.language);
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
  const offer = (name: string, bytes: Uint8Array) => {
    file = { name, bytes };
    status.textContent = t.ready(name);
    button.disabled = false;
    button.focus();
  };
  button.addEventListener("click", () => {
    if (!file) return;
    downloadBytes(document, file.bytes, file.name);
    status.textContent = t.started(file.name);
    if (inOffice && dialogMode) Office.context.ui.messageParent(JSON.stringify({ kind: "download-started" }), { targetOrigin: window.location.origin });
  });

  const fromFragment = fileFromFragment(window.location.hash);
  const dialogMode = !fromFragment && inOffice;
  if (fromFragment) {
    offer(fromFragment.name, fromFragment.bytes);
    // The file is in memory now: keep it out of the address bar and the history.
    history.replaceState(null, "", window.location.pathname + window.location.search);
    return;
  }
  if (!dialogMode) {
    status.textContent = t.broken;
    return;
  }

  const receiver = new DownloadReceiver(window.location.origin);
  const show = (state: ReceiverState) => {
    if (state.kind === "waiting") status.textContent = t.waiting(state.received, state.total);
    else if (state.kind === "broken")
      status.textContent = state.problem === "too-large" ? t.tooLarge : state.problem === "inconsistent" ? t.inconsistent : t.broken;
    else offer(state.name, state.bytes);
  };

  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg: { message: string; origin?: string }) => {
      const state = receiver.accept(arg.message, arg.origin);
      if (state) show(state);
    },
    () => Office.context.ui.messageParent(JSON.stringify({ kind: "ready" }), { targetOrigin: window.location.origin }),
  );
}

// In the system browser office.js may load but never become ready outside Office; the fragment needs no Office.
if (typeof Office === "undefined" || window.location.hash.includes("data=")) start(false);
else void Office.onReady(() => start(true));
