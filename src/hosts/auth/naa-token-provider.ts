/**
 * Sign-in through the Office host (nested app authentication): MSAL's
 * nestable client asks Office for a token silently, and opens the host's
 * sign-in window only when the silent way needs the user.
 */
import type { AccountInfo } from "@azure/msal-browser";
import { configuredClientId, type AppConfig } from "../../config";
import { AuthProblemCode, AuthProblemError, authProblemOf, needsInteraction } from "./auth-problem";
import type { TokenProvider } from "./token-provider";

/** The part of MSAL's `IPublicClientApplication` used here; tests pass a fake. */
export interface MsalClient {
  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }): Promise<{ readonly accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ readonly accessToken: string }>;
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
}

export interface NaaOptions {
  /** Whether Office offers NestedAppAuth 1.1 (`Office.context.requirements.isSetSupported`). */
  readonly naaSupported: () => boolean;
  /** Makes the MSAL client; by default MSAL's `createNestablePublicClientApplication`, loaded on first use. */
  readonly createClient?: (clientId: string, authority: string) => Promise<MsalClient>;
}

/** A token provider over NAA; nothing is loaded or asked until the first `getToken`. */
export function naaTokenProvider(config: AppConfig, options: NaaOptions): TokenProvider {
  const createClient = options.createClient ?? createNestableClient;
  let client: Promise<MsalClient> | undefined;
  const scopes = [...config.scopes];

  return {
    async getToken(request) {
      const clientId = configuredClientId(config);
      if (!clientId) throw new AuthProblemError({ code: AuthProblemCode.NotConfigured, params: {} });
      if (!options.naaSupported()) throw new AuthProblemError({ code: AuthProblemCode.NaaUnsupported, params: { detail: "NestedAppAuth 1.1" } });
      let msal: MsalClient;
      try {
        client ??= createClient(clientId, config.authority);
        msal = await client;
      } catch (error) {
        // A client that failed to start is made again on the next try.
        client = undefined;
        throw new AuthProblemError(authProblemOf(error));
      }
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        return (await msal.acquireTokenSilent({ scopes, account, forceRefresh: request?.forceRefresh === true })).accessToken;
      } catch (silentError) {
        if (!needsInteraction(silentError)) throw new AuthProblemError(authProblemOf(silentError));
      }
      try {
        return (await msal.acquireTokenPopup({ scopes })).accessToken;
      } catch (popupError) {
        throw new AuthProblemError(authProblemOf(popupError));
      }
    },
  };
}

/** MSAL is large: it is loaded in its own chunk, only when the user saves to OneDrive. */
async function createNestableClient(clientId: string, authority: string): Promise<MsalClient> {
  const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  return msal.createNestablePublicClientApplication({ auth: { clientId, authority } });
}
