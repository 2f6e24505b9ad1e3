// The whole click path, from "Lưu lên OneDrive" to MSAL: once a try has shown
// that the user must sign in, the next click reaches acquireTokenPopup in the
// same turn (no await on the way), so a popup blocker lets the window open.
import { BrowserAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { APP_CONFIG } from "../../../src/config";
import type { MsalClient } from "../../../src/hosts/auth";
import { officeOneDriveClient } from "../../../src/taskpane/host/onedrive-host";
import { saveToOneDrive, type OneDriveHost, type OneDriveState } from "../../../src/taskpane/onedrive";

test("the second click opens the sign-in window synchronously, and the report then goes up", async () => {
  const log: string[] = [];
  // After the window, MSAL has the account: the Graph calls get their tokens silently.
  const silent: Array<string | Error> = [new InteractionRequiredAuthError("interaction_required", ""), "t-silent", "t-silent"];
  const popup: Array<string | Error> = [new BrowserAuthError("popup_window_error", ""), "t-popup"];
  const next = (queue: Array<string | Error>) => {
    const outcome = queue.shift()!;
    if (outcome instanceof Error) throw outcome;
    return { accessToken: outcome };
  };
  const msal: MsalClient = {
    acquireTokenSilent: async () => (log.push("silent"), next(silent)),
    acquireTokenPopup: async () => (log.push("popup"), next(popup)),
    getActiveAccount: () => null,
    getAllAccounts: () => [],
  };
  const fetched: string[] = [];
  const client = officeOneDriveClient(
    { ...APP_CONFIG, clientId: "abc" },
    {
      naaSupported: () => true,
      createClient: async () => msal,
      fetch: async (url, init) => {
        fetched.push(`${init.method} ${url} ${init.headers.Authorization ?? "-"}`);
        const body = url.includes("/shares/")
          ? { id: "w", name: "so-lieu.xlsx", webUrl: "https://contoso.sharepoint.com/so-lieu.xlsx", parentReference: { driveId: "d", id: "f" } }
          : { id: "r", name: "bao-cao.docx", webUrl: "javascript:alert(1)", parentReference: { driveId: "d", id: "f" } };
        return { status: 200, headers: { get: () => null }, text: async () => JSON.stringify(body) };
      },
    },
  );
  const host: OneDriveHost = { client, documentUrl: () => "https://contoso.sharepoint.com/so-lieu.xlsx", openInBrowser: () => undefined };
  const states: OneDriveState[] = [];

  const first = await saveToOneDrive(host, new Uint8Array(10), "bao-cao.docx", (s) => states.push(s));
  expect(first).toMatchObject({ kind: "failed", problem: { code: "not-signed-in" }, canRetry: true });
  expect(log).toEqual(["silent", "popup"]);

  // "Thử lại": the click handler calls saveToOneDrive; before it returns, the window has been asked for.
  const second = saveToOneDrive(host, new Uint8Array(10), "bao-cao.docx", (s) => states.push(s));
  expect(log).toEqual(["silent", "popup", "popup"]);
  const end = await second;
  // Saved; the item's webUrl was not Microsoft's, so there is nothing to open.
  expect(end).toEqual({ kind: "saved", item: { id: "r", name: "bao-cao.docx", webUrl: "" }, asked: "bao-cao.docx" });
  expect(fetched.every((f) => f.startsWith("GET https://graph.microsoft.com/v1.0/") || f.startsWith("PUT https://graph.microsoft.com/v1.0/"))).toBe(true);
  expect(fetched.map((f) => f.split(" ")[2])).toEqual(["Bearer", "Bearer"]);
  expect(fetched.every((f) => f.endsWith("Bearer t-silent"))).toBe(true);
  expect(log).toEqual(["silent", "popup", "popup", "silent", "silent"]);
});
