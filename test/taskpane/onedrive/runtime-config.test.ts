/** app-config.json at run time: its fields laid over the built-in settings, and the host that waits for it. */
import { APP_CONFIG, withRuntimeConfig, type AppConfig } from "../../../src/config";
import { runtimeOneDriveHost } from "../../../src/taskpane/onedrive";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

describe("withRuntimeConfig", () => {
  it("takes the fields it is given and keeps the built-in ones for the rest", () => {
    expect(withRuntimeConfig(APP_CONFIG, { clientId: "abc", graphBaseUrl: "http://127.0.0.1:9/v1.0/" })).toEqual({ ...APP_CONFIG, clientId: "abc", graphBaseUrl: "http://127.0.0.1:9/v1.0" });
    expect(withRuntimeConfig(APP_CONFIG, { scopes: ["Files.ReadWrite.All"], authority: " https://login.microsoftonline.com/contoso.vn " })).toEqual({
      ...APP_CONFIG,
      scopes: ["Files.ReadWrite.All"],
      authority: "https://login.microsoftonline.com/contoso.vn",
    });
  });

  it("ignores fields of the wrong type, and anything that is not an object", () => {
    expect(withRuntimeConfig(APP_CONFIG, { clientId: 42, graphBaseUrl: "", scopes: [1], authority: null })).toEqual(APP_CONFIG);
    for (const json of [null, "abc", [1, 2], 7]) expect(withRuntimeConfig(APP_CONFIG, json)).toBe(APP_CONFIG);
  });
});

describe("runtimeOneDriveHost", () => {
  const noNaa = () => {
    const asked: string[] = [];
    g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => (asked.push(`${name} ${v}`), false) } } };
    return asked;
  };

  it("loads the settings once, on first use of the client, and signs in with the client id they hold", async () => {
    const asked = noNaa();
    let loads = 0;
    const host = runtimeOneDriveHost(async () => (loads++, { ...APP_CONFIG, clientId: "from-json" }));
    expect(loads).toBe(0);
    const client = host.client;
    expect(typeof client?.signIn).toBe("function");
    // The settings hold a client id, so sign-in gets as far as asking Office for NAA.
    await expect(client?.signIn()).rejects.toMatchObject({ problem: { code: "naa-unsupported" } });
    await expect(host.client?.signIn()).rejects.toMatchObject({ problem: { code: "naa-unsupported" } });
    expect(loads).toBe(1);
    expect(asked).toEqual(["NestedAppAuth 1.1", "NestedAppAuth 1.1"]);
  });

  it("without a client id in the loaded settings, the waiting client fails as not configured and then there is none", async () => {
    const asked = noNaa();
    const host = runtimeOneDriveHost(async (): Promise<AppConfig> => APP_CONFIG);
    await expect(host.client?.signIn()).rejects.toMatchObject({ problem: { code: "auth-not-configured" } });
    expect(host.client).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
