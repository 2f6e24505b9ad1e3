import { AuthError, BrowserAuthError, InteractionRequiredAuthError, ServerError } from "@azure/msal-browser";
import { AuthProblemCode, AuthProblemError, authProblemOf, naaTokenProvider, needsInteraction, type MsalClient } from "../../../src/hosts/auth";
import { APP_CONFIG, type AppConfig } from "../../../src/config";

const CONFIG: AppConfig = { ...APP_CONFIG, clientId: "11111111-2222-3333-4444-555555555555" };

/** A scripted MSAL client: each call takes the next outcome (a token, or an error to throw) and is logged. */
function fakeMsal(silent: Array<string | Error>, popup: Array<string | Error> = []) {
  const log: string[] = [];
  const next = (queue: Array<string | Error>, what: string) => {
    const outcome = queue.shift();
    if (outcome === undefined) throw new Error(`unexpected ${what}`);
    if (outcome instanceof Error) throw outcome;
    return { accessToken: outcome };
  };
  const client: MsalClient = {
    acquireTokenSilent: async (r) => {
      log.push(`silent ${r.scopes.join(" ")} force=${r.forceRefresh} account=${r.account?.username ?? "-"}`);
      return next(silent, "silent");
    },
    acquireTokenPopup: async (r) => {
      log.push(`popup ${r.scopes.join(" ")}`);
      return next(popup, "popup");
    },
    getActiveAccount: () => null,
    getAllAccounts: () => [],
  };
  return { client, log };
}

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthProblemError);
  return (error as AuthProblemError).problem;
}

describe("naaTokenProvider", () => {
  it("gets the token silently with the configured scopes, and asks for a fresh one on request", async () => {
    const msal = fakeMsal(["t1", "t2"]);
    const created: string[] = [];
    const tokens = naaTokenProvider(CONFIG, {
      naaSupported: () => true,
      createClient: async (id, authority) => (created.push(`${id} ${authority}`), msal.client),
    });
    expect(await tokens.getToken()).toBe("t1");
    expect(await tokens.getToken({ forceRefresh: true })).toBe("t2");
    expect(msal.log).toEqual(["silent Files.ReadWrite.All force=false account=-", "silent Files.ReadWrite.All force=true account=-"]);
    // One MSAL client for the provider's life.
    expect(created).toEqual([`${CONFIG.clientId} https://login.microsoftonline.com/common`]);
  });

  it("opens the sign-in window when the silent way needs the user", async () => {
    const msal = fakeMsal([new InteractionRequiredAuthError("interaction_required", "")], ["t-popup"]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    expect(await tokens.getToken()).toBe("t-popup");
    expect(msal.log).toEqual(["silent Files.ReadWrite.All force=false account=-", "popup Files.ReadWrite.All"]);
  });

  it("says the user did not sign in when the window is closed", async () => {
    const msal = fakeMsal([new InteractionRequiredAuthError("no_tokens_found", "")], [new BrowserAuthError("user_cancelled", "")]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.NotSignedIn, params: { detail: "user_cancelled" } });
  });

  it("says consent is needed when the sign-in ends on consent", async () => {
    const msal = fakeMsal([new InteractionRequiredAuthError("consent_required", "")], [new InteractionRequiredAuthError("consent_required", "")]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.ConsentNeeded, params: { detail: "consent_required" } });
  });

  it("does not open a window for a silent failure the user cannot fix", async () => {
    const msal = fakeMsal([new BrowserAuthError("no_network_connectivity", "")]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.Network, params: { detail: "no_network_connectivity" } });
    expect(msal.log).toHaveLength(1);
  });

  it("says what to configure when there is no client id, before loading anything", async () => {
    let created = 0;
    for (const clientId of [undefined, "  "]) {
      const tokens = naaTokenProvider({ ...CONFIG, clientId }, { naaSupported: () => true, createClient: async () => (created++, fakeMsal([]).client) });
      expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.NotConfigured, params: {} });
    }
    expect(created).toBe(0);
  });

  it("says this Office cannot sign in by NAA when it lacks NestedAppAuth 1.1", async () => {
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => false, createClient: async () => fakeMsal([]).client });
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.NaaUnsupported, params: { detail: "NestedAppAuth 1.1" } });
  });

  it("makes the MSAL client again after it failed to start", async () => {
    const msal = fakeMsal(["t1"]);
    let calls = 0;
    const tokens = naaTokenProvider(CONFIG, {
      naaSupported: () => true,
      createClient: async () => {
        if (++calls === 1) throw new AuthError("unsupported_method", "");
        return msal.client;
      },
    });
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.NaaUnsupported, params: { detail: "unsupported_method" } });
    expect(await tokens.getToken()).toBe("t1");
  });
});

describe("the sign-in window opens from the user's click", () => {
  it("once the user is known to be needed, the next getToken opens the window before anything is awaited", async () => {
    const blocked = new BrowserAuthError("popup_window_error", "");
    const msal = fakeMsal([new InteractionRequiredAuthError("interaction_required", ""), "t-later"], [blocked, "t-popup"]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    // First click: silent first; the window it then asks for comes after awaits, and the browser blocks it.
    expect(await problemOf(tokens.getToken())).toEqual({ code: AuthProblemCode.NotSignedIn, params: { detail: "popup_window_error" } });
    expect(msal.log).toEqual(["silent Files.ReadWrite.All force=false account=-", "popup Files.ReadWrite.All"]);
    // Second click: the window is asked for in the same turn, with no silent try and no await before it.
    const second = tokens.getToken();
    expect(msal.log).toHaveLength(3);
    expect(msal.log[2]).toBe("popup Files.ReadWrite.All");
    expect(await second).toBe("t-popup");
    // Signed in: back to the silent way.
    expect(await tokens.getToken()).toBe("t-later");
    expect(msal.log[3]).toBe("silent Files.ReadWrite.All force=false account=-");
  });

  it("a window the user closed is offered again first on the next click", async () => {
    const msal = fakeMsal([new InteractionRequiredAuthError("consent_required", "")], [new BrowserAuthError("user_cancelled", ""), "t"]);
    const tokens = naaTokenProvider(CONFIG, { naaSupported: () => true, createClient: async () => msal.client });
    await problemOf(tokens.getToken());
    const again = tokens.getToken();
    expect(msal.log.slice(2)).toEqual(["popup Files.ReadWrite.All"]);
    expect(await again).toBe("t");
  });

  it("scopes or an authority edited beyond what the code permits are not used", async () => {
    const msal = fakeMsal(["t"]);
    const authorities: string[] = [];
    const tokens = naaTokenProvider(
      { ...CONFIG, scopes: ["Files.ReadWrite.All", "Mail.ReadWrite"], authority: "https://evil.example/common" },
      { naaSupported: () => true, createClient: async (_id, authority) => (authorities.push(authority), msal.client) },
    );
    expect(await tokens.getToken()).toBe("t");
    expect(msal.log).toEqual(["silent Files.ReadWrite.All force=false account=-"]);
    expect(authorities).toEqual(["https://login.microsoftonline.com/common"]);
  });
});

describe("authProblemOf and needsInteraction", () => {
  it("maps MSAL's errors to problems", () => {
    const cases: Array<[unknown, string]> = [
      [new InteractionRequiredAuthError("login_required", ""), AuthProblemCode.NotSignedIn],
      [new BrowserAuthError("popup_window_error", ""), AuthProblemCode.NotSignedIn],
      [new BrowserAuthError("no_account_error", ""), AuthProblemCode.NotSignedIn],
      [new ServerError("invalid_grant", "", "AADSTS65001: The user or administrator has not consented to use the application"), AuthProblemCode.ConsentNeeded],
      [new BrowserAuthError("timed_out", ""), AuthProblemCode.Network],
      [new TypeError("Failed to fetch"), AuthProblemCode.Network],
      [new AuthError("unsupported_method", ""), AuthProblemCode.NaaUnsupported],
      [new Error("something else"), AuthProblemCode.Failed],
      ["not even an error", AuthProblemCode.Failed],
    ];
    expect(cases.map(([e]) => authProblemOf(e).code)).toEqual(cases.map(([, code]) => code));
  });

  it("keeps a problem already found", () => {
    const problem = { code: AuthProblemCode.ConsentNeeded, params: { detail: "x" } };
    expect(authProblemOf(new AuthProblemError(problem))).toBe(problem);
  });

  it("opens a window only for errors a sign-in can fix", () => {
    expect(needsInteraction(new InteractionRequiredAuthError("bad_token", ""))).toBe(true);
    expect(needsInteraction(new BrowserAuthError("no_account_error", ""))).toBe(true);
    expect(needsInteraction(new BrowserAuthError("user_cancelled", ""))).toBe(false);
    expect(needsInteraction(new BrowserAuthError("timed_out", ""))).toBe(false);
    expect(needsInteraction(new Error("x"))).toBe(false);
  });
});
