/**
 * "Lưu lên OneDrive" in Chromium, end to end: the built pane, the Office
 * stand-in signed in through its NAA bridge (MSAL's real nestable client
 * talks to it), app-config.json served beside taskpane.html with a client id
 * (and a Graph address that is not Microsoft's, which the pane must ignore),
 * and the stand-in Graph behind a CORS proxy (test/hosts/graph/stand-in-graph.ts,
 * reached cross-origin as the real Graph is): the browser's requests to
 * https://graph.microsoft.com are routed to it. The report written from the
 * reference sample goes up beside the workbook and "Mở trong Word" opens the
 * uploaded item's webUrl.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { OfficeStandInHost, standInWorkbook, type StandInConfig, type StandInNaa, type StandInWorkbook } from "../../support/office-stand-in";
import { openDocx, partText } from "../../support/docx-text";
import { DRIVE_ID, FOLDER_ID, WORKBOOK_URL, startStandInGraph, type RecordedRequest, type StandInGraph } from "../../hosts/graph/stand-in-graph";
import { chromiumAvailable, launchBrowser, type TestBrowser } from "./browser";
import { startCorsProxy, type CorsProxy } from "./cors-proxy";
import { entries, logOf, shoot } from "./pane-steps";
import { serveDirectory, type StaticServer } from "./static-server";
import { DIST_WEB, ROOT, ensureWebBuild } from "./web-build";

const haveBrowser = chromiumAvailable();
const buildProblem = haveBrowser ? ensureWebBuild() : undefined;
const describeInBrowser = haveBrowser ? describe : describe.skip;

jest.setTimeout(120_000);

const CLIENT_ID = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
const NAA: StandInNaa = {
  username: "thu@contoso.vn",
  name: "Nguyễn Thị Thu",
  tenantId: "tenant-contoso",
  objectId: "oid-thu",
  accessToken: "naa-access-token-1",
};
const WEB_ROOT = WORKBOOK_URL.slice(0, WORKBOOK_URL.lastIndexOf("/") + 1);
const SHARE_PATH = `/v1.0/shares/u!${Buffer.from(WORKBOOK_URL, "utf8").toString("base64url")}/driveItem`;
const uploadPath = (name: string) => `/v1.0/drives/${encodeURIComponent(DRIVE_ID)}/items/${FOLDER_ID}:/${encodeURIComponent(name)}:/content`;

describeInBrowser("Lưu lên OneDrive in Chromium, signed in through the stand-in NAA bridge", () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let graph: StandInGraph;
  let proxy: CorsProxy;
  let host: OfficeStandInHost;
  let reference: StandInWorkbook;
  let config: StandInConfig;

  beforeAll(async () => {
    if (buildProblem) return;
    reference = await standInWorkbook(join(ROOT, "examples", "bao-cao-mau-6-thang-2021.xlsx"));
    graph = await startStandInGraph();
    graph.validTokens = new Set([NAA.accessToken]);
    proxy = await startCorsProxy(graph.origin);
    // A Graph root that is not Microsoft's (plain http, another host) is refused: the pane keeps https://graph.microsoft.com.
    const appConfig = JSON.stringify({ clientId: CLIENT_ID, graphBaseUrl: `${proxy.origin}/v1.0` });
    server = await serveDirectory(DIST_WEB, new Map([["/app-config.json", appConfig]]));
    browser = await launchBrowser();
    // Graph's real address, answered by the stand-in through the CORS proxy (Playwright answers the preflights).
    await browser.context.route(/^https:\/\/graph\.microsoft\.com\//, async (route) => {
      const url = route.request().url().replace("https://graph.microsoft.com", proxy.origin);
      await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
    });
    host = await OfficeStandInHost.attach(browser.context);
    config = { workbook: reference, platform: "OfficeOnline", documentUrl: WORKBOOK_URL, naa: NAA };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await proxy?.close();
    await graph?.close();
  });

  /** The pane at `origin` after ?action=generate has written (and downloaded) the report; page errors are collected from the start. */
  async function generated(origin: string): Promise<{ page: Page; report: Buffer; errors: string[] }> {
    const errors: string[] = [];
    let download!: Promise<Download>;
    const page = await host.open(`${origin}/taskpane.html?action=generate`, config, (p) => {
      download = p.waitForEvent("download", { timeout: 60_000 });
      p.on("pageerror", (e) => errors.push(e.message));
      p.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    });
    const report = readFileSync(await (await download).path());
    return { page, report, errors };
  }

  const since = (from: number): RecordedRequest[] => graph.requests.slice(from);
  const saveButton = (page: Page) => page.getByRole("button", { name: "Lưu lên OneDrive", exact: true });
  const openButton = (page: Page) => page.getByRole("button", { name: "Mở trong Word", exact: true });

  it("builds (dist-web/taskpane.html exists)", () => {
    expect(buildProblem).toBeUndefined();
  });

  it("uploads the report beside the workbook with the bridge's token, and opens it in Word", async () => {
    const { page, report, errors } = await generated(server.origin);
    const from = graph.requests.length;
    await saveButton(page).click();
    await openButton(page).waitFor({ timeout: 30_000 });
    await shoot(page, "10-onedrive-saved");

    const requests = since(from);
    expect(requests.map((r) => `${r.method} ${r.url.split("?")[0]} ${r.outcome}`)).toEqual([
      `GET ${SHARE_PATH} 200`,
      expect.stringMatching(/^PUT \/v1\.0\/drives\/.+:\/content 201$/),
    ]);
    for (const r of requests) expect(r.headers.authorization).toBe(`Bearer ${NAA.accessToken}`);
    const put = requests[1]!;
    expect(put.url).toContain("@microsoft.graph.conflictBehavior=rename");
    expect(put.bodyLength).toBe(report.length);
    expect(graph.violations).toEqual([]);

    // The folder now holds exactly the written report, under the name the pane asked for.
    const stored = [...graph.files.get(FOLDER_ID)!.entries()];
    expect(stored).toHaveLength(1);
    const [name, bytes] = stored[0]!;
    expect(name).toMatch(/\.docx$/);
    expect(put.url.split("?")[0]).toBe(uploadPath(name));
    expect(bytes.equals(report)).toBe(true);
    const zip = await openDocx(bytes);
    expect(await partText(zip, "word/document.xml")).toContain("BÁO CÁO");
    expect(await page.getByText(`Đã lưu báo cáo lên OneDrive, cùng thư mục với sổ: ${name}.`, { exact: true }).isVisible()).toBe(true);

    // MSAL went through the bridge: started it, then asked silently for Files.ReadWrite.All for our client id.
    const naa = entries(await logOf(page), "naa");
    expect(naa[0]?.method).toBe("GetInitContext");
    const tokenRequests = naa.filter((e) => e.method === "GetToken");
    expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
    for (const e of tokenRequests)
      expect({ clientId: e.clientId, files: e.scope?.split(" ").includes("Files.ReadWrite.All") }).toEqual({ clientId: CLIENT_ID, files: true });
    expect(naa.filter((e) => e.method === "GetTokenPopup")).toEqual([]);

    await openButton(page).click();
    await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "openBrowserWindow"));
    const log = await logOf(page);
    expect(entries(log, "openBrowserWindow")).toEqual([{ kind: "openBrowserWindow", url: WEB_ROOT + encodeURIComponent(name) }]);
    expect(entries(log, "write")).toEqual([]);
    expect(entries(log, "missing")).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("waits out a 429 with Retry-After and uploads on the next try, under a new name beside the first", async () => {
    const { page, report, errors } = await generated(server.origin);
    graph.script((method) => method === "PUT", { status: 429, headers: { "Retry-After": "1" }, body: { error: { code: "activityLimitReached" } } });
    const from = graph.requests.length;
    const started = Date.now();
    await saveButton(page).click();
    await openButton(page).waitFor({ timeout: 30_000 });
    const waited = Date.now() - started;
    await shoot(page, "11-onedrive-after-429");

    expect(since(from).map((r) => `${r.method} ${r.outcome}`)).toEqual(["GET 200", "PUT 429", "PUT 201"]);
    // Retry-After: 1 was read through CORS and honoured.
    expect(waited).toBeGreaterThanOrEqual(950);
    const folder = graph.files.get(FOLDER_ID)!;
    const names = [...folder.keys()];
    expect(names).toHaveLength(2);
    const second = names[1]!;
    expect(second).toBe(names[0]!.replace(/\.docx$/, " 1.docx"));
    expect(folder.get(second)!.equals(report)).toBe(true);
    await expect(page.getByText(`Thư mục đã có tệp ${names[0]!} nên báo cáo mới được lưu với tên khác`, { exact: false }).isVisible()).resolves.toBe(true);

    await openButton(page).click();
    await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "openBrowserWindow"));
    expect(entries(await logOf(page), "openBrowserWindow").map((e) => e.url)).toEqual([WEB_ROOT + encodeURIComponent(second)]);
    expect(graph.violations).toEqual([]);
    // Chromium reports every error status in the console; the 429 was expected.
    expect(errors.filter((e) => !e.includes("status of 429"))).toEqual([]);
  });

  it("without app-config.json the built-in settings stand: the button says what to configure and asks Graph nothing", async () => {
    const plain = await serveDirectory(DIST_WEB);
    try {
      const { page } = await generated(plain.origin);
      const from = graph.requests.length;
      await saveButton(page).click();
      await page.getByText("Chưa thiết lập đăng nhập Microsoft", { exact: false }).waitFor({ timeout: 30_000 });
      expect(since(from)).toEqual([]);
      expect(entries(await logOf(page), "naa")).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
