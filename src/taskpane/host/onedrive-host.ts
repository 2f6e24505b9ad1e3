/// <reference types="office-js" />
/**
 * The OneDrive button's host in Office: sign-in by NAA, Graph over the
 * page's fetch, the workbook's address and Office's browser window. The
 * entry point makes it once and passes it down.
 */
import {
  APP_CONFIG,
  RUNTIME_CONFIG_FILE,
  allowedGraphBaseUrl,
  configuredClientId,
  refusedRuntimeFields,
  withRuntimeConfig,
  type AppConfig,
} from "../../config";
import { AuthProblemCode, AuthProblemError, naaTokenProvider, type NaaOptions } from "../../hosts/auth";
import { graphClient, isMicrosoftWebUrl, type FetchLike } from "../../hosts/graph";
import type { OneDriveClient, OneDriveHost } from "./onedrive-port";

type OfficeClient = OneDriveClient & ReturnType<typeof graphClient>;

export function officeOneDriveHost(config: AppConfig = APP_CONFIG): OneDriveHost {
  return {
    client: configuredClientId(config) ? officeOneDriveClient(config) : undefined,
    documentUrl: () => Office.context?.document?.url || undefined,
    openInBrowser: (url) => {
      // Only an https page on a Microsoft host: never a script, plain http or another site Graph might have named.
      if (!isMicrosoftWebUrl(url)) return;
      if (typeof Office.context?.ui?.openBrowserWindow === "function") Office.context.ui.openBrowserWindow(url);
      else window.open(url, "_blank", "noopener");
    },
  };
}

/**
 * The Office host over settings loaded once, on first use of `client`. Until
 * they are in, `client` is one that waits for them (and fails as "not
 * configured" when they hold no client id); after, it is undefined without a client id.
 */
export function runtimeOneDriveHost(load: () => Promise<AppConfig>, builtIn: AppConfig = APP_CONFIG): OneDriveHost {
  const office = officeOneDriveHost(builtIn);
  let loaded: OneDriveHost | undefined;
  let loading: Promise<OneDriveHost> | undefined;
  let waiting: OfficeClient | undefined;
  const ready = () => (loading ??= load().then((config) => (loaded = officeOneDriveHost(config))));
  return {
    get client() {
      if (loaded) return loaded.client;
      return (waiting ??= waitingClient(ready));
    },
    documentUrl: office.documentUrl,
    openInBrowser: office.openInBrowser,
  };
}

/** Each call waits for the settings, then goes to the client they make; the methods are those of a client over the built-in settings. */
function waitingClient(ready: () => Promise<OneDriveHost>): OfficeClient {
  const waiting: Record<string, unknown> = {};
  for (const key of Object.keys(officeOneDriveClient(APP_CONFIG))) {
    waiting[key] = async (...args: unknown[]) => {
      const client = (await ready()).client as unknown as Record<string, (...a: unknown[]) => unknown> | undefined;
      if (!client) throw new AuthProblemError({ code: AuthProblemCode.NotConfigured, params: {} });
      return client[key]!(...args);
    };
  }
  return waiting as unknown as OfficeClient;
}

/** What the client is made over; tests pass a fake MSAL and fetch. */
export interface OneDriveClientDeps {
  readonly naaSupported: () => boolean;
  readonly createClient?: NaaOptions["createClient"];
  readonly fetch: FetchLike;
}

const officeDeps = (): OneDriveClientDeps => ({
  naaSupported: () => Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true,
  fetch: (url, init) => window.fetch(url, init as RequestInit),
});

/** Sign-in and Graph over `config`; Graph only at an allow-listed root, whatever the settings say. */
export function officeOneDriveClient(config: AppConfig, deps: OneDriveClientDeps = officeDeps()): OfficeClient {
  const tokens = naaTokenProvider(config, { naaSupported: deps.naaSupported, createClient: deps.createClient });
  const graph = graphClient({
    baseUrl: allowedGraphBaseUrl(config.graphBaseUrl) ?? APP_CONFIG.graphBaseUrl,
    tokens,
    fetch: deps.fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  return {
    ...graph,
    // The token is asked for in the same turn as the click (see naaTokenProvider), so a sign-in window can open.
    signIn: () => tokens.getToken().then(() => undefined),
  };
}

/** The settings: the built-in ones with app-config.json beside the page laid over them, when there is one. */
export async function loadRuntimeConfig(builtIn: AppConfig = APP_CONFIG): Promise<AppConfig> {
  try {
    const response = await window.fetch(new URL(RUNTIME_CONFIG_FILE, window.location.href).href, { cache: "no-store" });
    if (!response.ok) return builtIn;
    const json: unknown = await response.json();
    const refused = refusedRuntimeFields(json);
    // For whoever set the file up: these fields are not Microsoft's addresses or permitted scopes, so the built-in values stand.
    if (refused.length > 0) console.warn(`${RUNTIME_CONFIG_FILE}: ignored ${refused.join(", ")} (not allowed)`);
    return withRuntimeConfig(builtIn, json);
  } catch {
    // No file, or not JSON: the built-in settings stand.
    return builtIn;
  }
}
