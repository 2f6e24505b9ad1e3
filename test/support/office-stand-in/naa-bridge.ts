/**
 * A stand-in for the nested app authentication bridge Office puts on
 * `window.nestedAppAuthBridge`, as MSAL's BridgeProxy uses it
 * (@azure/msal-browser src/naa/): MSAL adds a "message" listener, posts JSON
 * `NestedAppAuthRequest`s (GetInitContext, GetToken, GetTokenPopup) and reads
 * JSON `NestedAppAuthResponse`s carrying the same `requestId`. This one answers
 * for a signed-in test account with the access token the test chose.
 */
import type { StandInLogEntry, StandInNaa } from "./stand-in-types";

type Listener = (response: string) => void;

interface BridgeRequestEnvelope {
  readonly messageType?: string;
  readonly method?: string;
  readonly requestId?: string;
  readonly tokenParams?: { readonly clientId?: string; readonly scope?: string };
}

const ENVIRONMENT = "login.microsoftonline.com";
// Fixed times keep the tokens the same on every run: issued 2021-01-01, valid until 2100.
const ISSUED = 1_609_459_200;
const EXPIRES = 4_102_444_800;

function base64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** An unsigned ID token with the claims MSAL reads (MSAL does not check the signature of a bridge's token). */
function idToken(naa: StandInNaa, clientId: string): string {
  const claims = {
    aud: clientId,
    iss: `https://${ENVIRONMENT}/${naa.tenantId}/v2.0`,
    iat: ISSUED,
    nbf: ISSUED,
    exp: EXPIRES,
    name: naa.name,
    oid: naa.objectId,
    sub: naa.objectId,
    tid: naa.tenantId,
    preferred_username: naa.username,
    ver: "2.0",
  };
  return `${base64Url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64Url(JSON.stringify(claims))}.`;
}

export interface NaaBridge {
  addEventListener(eventName: string, callback: Listener): void;
  removeEventListener(eventName: string, callback: Listener): void;
  postMessage(message: string): void;
}

export function naaBridge(naa: StandInNaa, log: (entry: StandInLogEntry) => void): NaaBridge {
  const listeners = new Set<Listener>();
  const homeAccountId = `${naa.objectId}.${naa.tenantId}`;
  const account = { homeAccountId, environment: ENVIRONMENT, tenantId: naa.tenantId, username: naa.username, localAccountId: naa.objectId, name: naa.name };

  function answer(request: BridgeRequestEnvelope): object {
    const base = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
    if (request.method === "GetInitContext") {
      const accountContext = naa.signedIn === false ? undefined : { homeAccountId, environment: ENVIRONMENT, tenantId: naa.tenantId };
      return {
        ...base,
        success: true,
        initContext: { sdkName: "office-stand-in", sdkVersion: "1.0.0", capabilities: { queryAccount: false }, accountContext },
      };
    }
    if (request.method === "GetToken" && naa.signedIn === false) {
      return {
        ...base,
        success: false,
        error: { status: "USER_INTERACTION_REQUIRED", code: "interaction_required", description: "No account is signed in to Office." },
      };
    }
    if (request.method === "GetToken" || request.method === "GetTokenPopup") {
      const scope = request.tokenParams?.scope ?? "";
      const token = { access_token: naa.accessToken, expires_in: 3600, id_token: idToken(naa, request.tokenParams?.clientId ?? ""), properties: null, scope };
      return { ...base, success: true, token, account };
    }
    return { ...base, success: false, error: { status: "PERSISTENT_ERROR", code: "unknown_method", description: String(request.method) } };
  }

  return {
    addEventListener(eventName, callback) {
      if (eventName === "message") listeners.add(callback);
    },
    removeEventListener(_eventName, callback) {
      listeners.delete(callback);
    },
    postMessage(message) {
      const request = JSON.parse(message) as BridgeRequestEnvelope;
      log({ kind: "naa", method: String(request.method), clientId: request.tokenParams?.clientId, scope: request.tokenParams?.scope });
      const response = JSON.stringify(answer(request));
      // Office answers on a later task, never inside postMessage.
      setTimeout(() => listeners.forEach((listener) => listener(response)));
    },
  };
}
