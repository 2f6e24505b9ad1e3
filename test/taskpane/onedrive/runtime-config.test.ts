/** app-config.json at run time: its fields laid over the built-in settings within the allow-lists, and the host that waits for it. */
import { APP_CONFIG, GRAPH_BASE_URLS, PERMITTED_SCOPES, refusedRuntimeFields, withRuntimeConfig, type AppConfig } from "../../../src/config";
import { officeOneDriveClient, runtimeOneDriveHost } from "../../../src/taskpane/host/onedrive-host";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

describe("withRuntimeConfig", () => {
  it("takes the fields it is given and keeps the built-in ones for the rest", () => {
    expect(withRuntimeConfig(APP_CONFIG, { clientId: "abc", graphBaseUrl: "https://graph.microsoft.us/v1.0/" })).toEqual({
      ...APP_CONFIG,
      clientId: "abc",
      graphBaseUrl: "https://graph.microsoft.us/v1.0",
    });
    expect(withRuntimeConfig(APP_CONFIG, { scopes: ["Files.ReadWrite"], authority: " https://login.microsoftonline.com/contoso.vn " })).toEqual({
      ...APP_CONFIG,
      scopes: ["Files.ReadWrite"],
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

describe("a hostile app-config.json", () => {
  it.each([
    ["http://graph.microsoft.com/v1.0", "plain http"],
    ["https://evil.example/v1.0", "another host"],
    ["https://graph.microsoft.com.evil.example/v1.0", "a look-alike host"],
    ["https://graph.microsoft.com@evil.example/v1.0", "credentials before another host"],
    ["https://graph.microsoft.com/v1.0/../../evil", "a path out of the root"],
    ["javascript:alert(1)", "a script"],
    ["http://127.0.0.1:9/v1.0", "this machine"],
  ])("graphBaseUrl %s (%s) is refused and the built-in root stands", (graphBaseUrl) => {
    expect(withRuntimeConfig(APP_CONFIG, { clientId: "abc", graphBaseUrl })).toEqual({ ...APP_CONFIG, clientId: "abc" });
    expect(refusedRuntimeFields({ graphBaseUrl })).toEqual(["graphBaseUrl"]);
  });

  it("accepts the global root and each national cloud's, and nothing else", () => {
    for (const url of GRAPH_BASE_URLS) expect(withRuntimeConfig(APP_CONFIG, { graphBaseUrl: url + "/" }).graphBaseUrl).toBe(url);
    expect(GRAPH_BASE_URLS).toEqual([
      "https://graph.microsoft.com/v1.0",
      "https://graph.microsoft.us/v1.0",
      "https://dod-graph.microsoft.us/v1.0",
      "https://microsoftgraph.chinacloudapi.cn/v1.0",
    ]);
  });

  it.each([
    [["Mail.ReadWrite"]],
    [["Files.ReadWrite.All", "Mail.ReadWrite"]],
    [["https://graph.microsoft.com/.default"]],
    [["Sites.FullControl.All"]],
    [[]],
    [["Files.ReadWrite", 3]],
  ])("scopes %j cannot widen what the code permits: the built-in scopes stand", (scopes) => {
    expect(withRuntimeConfig(APP_CONFIG, { scopes }).scopes).toEqual(["Files.ReadWrite.All"]);
    expect(refusedRuntimeFields({ scopes })).toEqual(["scopes"]);
  });

  it("scopes may be narrowed to the user's own OneDrive, spelled in any case", () => {
    expect(withRuntimeConfig(APP_CONFIG, { scopes: ["files.readwrite"] }).scopes).toEqual(["Files.ReadWrite"]);
    expect(PERMITTED_SCOPES).toEqual(["Files.ReadWrite.All", "Files.ReadWrite"]);
  });

  it.each([
    "https://evil.example/common",
    "http://login.microsoftonline.com/common",
    "https://login.microsoftonline.com.evil.example/common",
    "https://login.microsoftonline.com/common/../x?y",
  ])("authority %s is refused", (authority) => {
    expect(withRuntimeConfig(APP_CONFIG, { authority }).authority).toBe(APP_CONFIG.authority);
    expect(refusedRuntimeFields({ authority })).toEqual(["authority"]);
  });

  it("accepts each cloud's sign-in host with a tenant", () => {
    expect(withRuntimeConfig(APP_CONFIG, { authority: "https://login.microsoftonline.us/contoso.onmicrosoft.us" }).authority).toBe(
      "https://login.microsoftonline.us/contoso.onmicrosoft.us",
    );
    expect(withRuntimeConfig(APP_CONFIG, { authority: "https://login.chinacloudapi.cn/common/" }).authority).toBe("https://login.chinacloudapi.cn/common");
  });

  it("the Office client built over settings edited in the source still calls only an allow-listed root, with permitted scopes", async () => {
    const fetched: string[] = [];
    const scopes: string[][] = [];
    const client = officeOneDriveClient(
      { clientId: "abc", authority: "https://evil.example/x", graphBaseUrl: "https://evil.example/v1.0", scopes: ["Mail.ReadWrite"] },
      {
        naaSupported: () => true,
        createClient: async (_id, authority) => {
          expect(authority).toBe(APP_CONFIG.authority);
          return {
            acquireTokenSilent: async (r) => (scopes.push(r.scopes), { accessToken: "t" }),
            acquireTokenPopup: async () => ({ accessToken: "t" }),
            getActiveAccount: () => null,
            getAllAccounts: () => [],
          };
        },
        fetch: async (url, init) => {
          fetched.push(`${url} ${init.headers.Authorization}`);
          return { status: 404, headers: { get: () => null }, text: async () => "" };
        },
      },
    );
    await expect(client.driveItemForUrl("https://contoso.sharepoint.com/a.xlsx")).rejects.toMatchObject({ problem: { code: "item-not-found" } });
    expect(fetched).toEqual([expect.stringMatching(/^https:\/\/graph\.microsoft\.com\/v1\.0\/shares\/u!.+ Bearer t$/)]);
    expect(scopes).toEqual([["Files.ReadWrite.All"]]);
  });
});
