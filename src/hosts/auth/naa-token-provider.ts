/**
 * Sign-in through the Office host (nested app authentication): MSAL's
 * nestable client asks Office for a token silently, and opens the host's
 * sign-in window only when the silent way needs the user.
 *
 * A browser lets a page open a window only while it handles the user's
 * click: after an `await` the popup blocker may stop it. So once a silent
 * try has said the user is needed, the next `getToken` (the user's next
 * click) opens the window first thing, before anything is awaited.
 */
import type { AccountInfo } from "@azure/msal-browser";
import { APP_CONFIG, allowedAuthority, configuredClientId, permittedScopes, type AppConfig } from "../../config";
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
  /** The client once made, so that a click can reach it without waiting. */
  let ready: MsalClient | undefined;
  /** Set when the last try showed that only the user can go on (sign in, consent, or a window that was blocked). */
  let interactionNeeded = false;
  // Only what the code permits, even if the built-in settings were edited.
  const scopes = permittedScopes(config.scopes) ?? [...APP_CONFIG.scopes];
  const authority = allowedAuthority(config.authority) ?? APP_CONFIG.authority;

  const popup = (msal: MsalClient): Promise<string> =>
    msal.acquireTokenPopup({ scopes }).then(
      (result) => {
        interactionNeeded = false;
        return result.accessToken;
      },
      (popupError: unknown) => {
        // Closed, blocked or refused: the user is still needed, on the next click.
        interactionNeeded = true;
        throw new AuthProblemError(authProblemOf(popupError));
      },
    );

  const silentThenPopup = async (forceRefresh: boolean, clientId: string): Promise<string> => {
    let msal: MsalClient;
    try {
      client ??= createClient(clientId, authority);
      msal = ready = await client;
    } catch (error) {
      // A client that failed to start is made again on the next try.
      client = undefined;
      throw new AuthProblemError(authProblemOf(error));
    }
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    try {
      return (await msal.acquireTokenSilent({ scopes, account, forceRefresh })).accessToken;
    } catch (silentError) {
      if (!needsInteraction(silentError)) throw new AuthProblemError(authProblemOf(silentError));
    }
    interactionNeeded = true;
    // Possibly no longer inside the click: the host's own window (NAA) is not blocked, a browser popup may be.
    return popup(msal);
  };

  return {
    // Not `async`: the window must open in the same turn as the click that asked for it.
    getToken(request) {
      const clientId = configuredClientId(config);
      if (!clientId) return Promise.reject(new AuthProblemError({ code: AuthProblemCode.NotConfigured, params: {} }));
      if (!options.naaSupported())
        return Promise.reject(new AuthProblemError({ code: AuthProblemCode.NaaUnsupported, params: { detail: "NestedAppAuth 1.1" } }));
      if (ready && interactionNeeded) return popup(ready);
      return silentThenPopup(request?.forceRefresh === true, clientId);
    },
  };
}

/** MSAL is large: it is loaded in its own chunk, only when the user saves to OneDrive. */
async function createNestableClient(clientId: string, authority: string): Promise<MsalClient> {
  const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  return msal.createNestablePublicClientApplication({ auth: { clientId, authority } });
}
