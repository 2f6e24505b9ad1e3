/// <reference types="office-js" />
/**
 * commands.html, the ribbon's function file: "Tạo mẫu" adds the template's
 * missing sheets, then tells the user in a small dialog, which is this page
 * again with the outcome in its query. Word loads it too; there it touches nothing.
 */
import type { Lang } from "../core/i18n";
import { chooseLang } from "../taskpane/host";
import { uiText } from "../taskpane/text";
import { registerCommands } from "./register-commands";
import { noticeText } from "./template-notice";

function showNotice(notice: { readonly title: string; readonly text: string }, lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = notice.title;
  const main = document.createElement("main");
  main.setAttribute("style", "font-family: 'Segoe UI', system-ui, sans-serif; padding: 12px; font-size: 14px;");
  const heading = document.createElement("h1");
  heading.textContent = notice.title;
  heading.setAttribute("style", "font-size: 16px; margin: 0 0 8px;");
  const text = document.createElement("p");
  text.setAttribute("role", "status");
  text.textContent = notice.text;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = uiText(lang).noticeClose;
  close.setAttribute("style", "font: inherit; padding: 6px 16px; min-height: 32px;");
  close.addEventListener("click", () => Office.context.ui.messageParent(JSON.stringify({ kind: "close" }), { targetOrigin: window.location.origin }));
  main.append(heading, text, close);
  document.body.append(main);
  close.focus();
}

Office.onReady(() => {
  const lang = chooseLang(new URLSearchParams(window.location.search).get("lang"), Office.context?.displayLanguage);
  const notice = noticeText(window.location.search, lang);
  if (notice) showNotice(notice, lang);
  else registerCommands(Office, undefined, window.location.href);
});
