/** What every task-pane browser test starts with: the two sample workbooks, the built pane served locally, Chromium, the stand-in Office host. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { OfficeStandInHost, standInWorkbook, type StandInConfig, type StandInWorkbook } from "../../support/office-stand-in";
import { launchBrowser, type TestBrowser } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";
import { DIST_WEB, ROOT } from "./web-build";

const EXAMPLES = join(ROOT, "examples");

export interface PaneSession {
  readonly browser: TestBrowser;
  readonly server: StaticServer;
  readonly host: OfficeStandInHost;
  readonly reference: StandInWorkbook;
  readonly mistakes: StandInWorkbook;
}

export async function startPaneSession(): Promise<PaneSession> {
  const [reference, mistakes] = await Promise.all([
    standInWorkbook(join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx")),
    standInWorkbook(join(EXAMPLES, "bao-cao-co-loi.xlsx")),
  ]);
  const server = await serveDirectory(DIST_WEB);
  const browser = await launchBrowser();
  const host = await OfficeStandInHost.attach(browser.context);
  return { browser, server, host, reference, mistakes };
}

export async function stopPaneSession(session: Partial<PaneSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}

/** Opens the pane with `query` over `config`, collecting page errors from the first script on. */
export async function openPane(
  session: PaneSession,
  query: string,
  config: StandInConfig,
  before?: (page: Page) => void,
): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await session.host.open(`${session.server.origin}/taskpane.html${query}`, config, (p) => {
    before?.(p);
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  });
  return { page, errors };
}
