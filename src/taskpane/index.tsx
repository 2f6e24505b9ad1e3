/// <reference types="office-js" />
/**
 * taskpane.html: waits for Office, works out the language, the ribbon's
 * action and what this Excel can do, then renders the pane. Host calls reach
 * the components only through the `TaskpaneHost` passed as a prop.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { excelHost, excelMissingFeatures } from "./host";
import { launchOptions } from "./host";
import { loadRuntimeConfig, runtimeOneDriveHost } from "./host";

/** office.js could not load (offline, or the page opened outside Office): say so rather than fail silently. */
function officeMissing(): void {
  const root = document.getElementById("root");
  if (root) root.textContent = "Không tải được Office.js: hãy mở Lập báo cáo từ Excel. (Office.js could not be loaded: open Report Writer from Excel.)";
}

async function start(info: { readonly host: Office.HostType | null }): Promise<void> {
  const launch = launchOptions(window.location.search, Office.context?.displayLanguage);
  const inWord = launch.word || info.host === Office.HostType.Word;
  const requirements = Office.context?.requirements;
  const isSetSupported = typeof requirements?.isSetSupported === "function" ? requirements.isSetSupported.bind(requirements) : undefined;
  const host = inWord ? undefined : excelHost({ pageUrl: window.location.href, doc: document, office: Office.context });
  const missing = inWord ? [] : excelMissingFeatures(isSetSupported);
  // The Word pane's code is fetched in Word only, in the chunk the pane renders from.
  const wordHost = inWord
    ? (await import(/* webpackChunkName: "word-pane" */ "./word")).officeWordPaneHost({ pageUrl: window.location.href, doc: document, office: Office.context })
    : undefined;
  // Asks Office nothing, and reads app-config.json, until a OneDrive button is pressed.
  const oneDrive = runtimeOneDriveHost(() => loadRuntimeConfig());
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} launch={launch} missing={missing} wordHost={wordHost} oneDrive={oneDrive} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") officeMissing();
else void Office.onReady((info) => void start(info));
