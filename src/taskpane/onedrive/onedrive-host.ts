/// <reference types="office-js" />
/**
 * The OneDrive button's host in Office: sign-in by NAA, Graph over the
 * page's fetch, the workbook's address and Office's browser window. The one
 * file of the OneDrive folder that reads `Office.context`.
 */
import { APP_CONFIG, configuredClientId, type AppConfig } from "../../config";
import { naaTokenProvider } from "../../hosts/auth";
import { graphClient } from "../../hosts/graph";
import type { OneDriveClient, OneDriveHost } from "./onedrive-save";

export function officeOneDriveHost(config: AppConfig = APP_CONFIG): OneDriveHost {
  return {
    client: configuredClientId(config) ? officeOneDriveClient(config) : undefined,
    documentUrl: () => Office.context?.document?.url || undefined,
    openInBrowser: (url) => {
      if (typeof Office.context?.ui?.openBrowserWindow === "function") Office.context.ui.openBrowserWindow(url);
      else window.open(url, "_blank", "noopener");
    },
  };
}

function officeOneDriveClient(config: AppConfig): OneDriveClient {
  const tokens = naaTokenProvider(config, {
    naaSupported: () => Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true,
  });
  const graph = graphClient({
    baseUrl: config.graphBaseUrl,
    tokens,
    fetch: (url, init) => window.fetch(url, init as RequestInit),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  return {
    ...graph,
    signIn: async () => {
      await tokens.getToken();
    },
  };
}

let shared: OneDriveHost | undefined;

/** One Office host for the pane, made on first use (it asks Office nothing until the button is pressed). */
export function sharedOneDriveHost(): OneDriveHost {
  return (shared ??= officeOneDriveHost());
}
