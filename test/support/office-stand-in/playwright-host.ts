/**
 * The Node side of the stand-in for Playwright: serves the stand-in in place
 * of office.js in every page of a browser context, hands each page its
 * configuration, and plays the part of Office between a task pane and the
 * dialog it opens.
 *
 * The dialog emulation: `displayDialogAsync(url)` in a pane calls the
 * `__officeStandInBridge` binding with {kind:"open"}; this opens `url` in a new
 * page of the same context (the pane's configuration, role "dialog") and
 * answers at once, before the page has loaded, so the pane's callback runs
 * and registers its handlers first, as with a real dialog window. Then:
 *   dialog `Office.context.ui.messageParent(m)` → binding {toParent} → the
 *     pane's DialogMessageReceived handlers get {message: m, origin};
 *   pane `dialog.messageChild(m)` → binding {toChild} → the dialog's
 *     DialogParentMessageReceived handlers get {message: m, origin};
 *   pane `dialog.close()` → the dialog page is closed;
 *   the dialog page closed by anyone else → the pane's DialogEventReceived
 *     handlers get {error: 12006}, as when the user closes a dialog.
 * Messages to one page arrive in the order they were sent.
 */
import type { BrowserContext, Page } from "playwright-core";
import { standInScript } from "./stand-in-script";
import { OFFICE_JS_URL, type BridgeRequest, type Delivery, type StandInConfig, type StandInLogEntry } from "./stand-in-types";

export class OfficeStandInHost {
  private readonly configs = new Map<Page, StandInConfig>();
  private readonly dialogs = new Map<Page, Page>();
  private readonly panes = new Map<Page, Page>();
  private readonly queues = new Map<Page, Promise<unknown>>();

  private constructor(readonly context: BrowserContext) {}

  /** Serves the stand-in for office.js and installs the dialog bridge in `context`. */
  static async attach(context: BrowserContext): Promise<OfficeStandInHost> {
    const host = new OfficeStandInHost(context);
    const body = standInScript();
    await context.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body }));
    await context.exposeBinding("__officeStandInBridge", (source, request: BridgeRequest) => host.handle(source.page, request));
    return host;
  }

  /** A new page whose Office host is configured by `config`, navigated to `url`; `before` sees it first (to listen for errors). */
  async open(url: string, config: StandInConfig, before?: (page: Page) => void): Promise<Page> {
    const page = await this.context.newPage();
    before?.(page);
    await this.configure(page, config);
    await page.goto(url);
    return page;
  }

  /** The dialog page `pane` has open, if any. */
  dialogOf(pane: Page): Page | undefined {
    return this.dialogs.get(pane);
  }

  /** Resolves with the dialog page `pane` opens next (or has open). */
  async waitForDialog(pane: Page, timeout = 15_000): Promise<Page> {
    const end = Date.now() + timeout;
    for (;;) {
      const dialog = this.dialogs.get(pane);
      if (dialog) return dialog;
      if (Date.now() > end) throw new Error("the task pane opened no dialog");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** What the stand-in in `page` has logged so far. */
  static log(page: Page): Promise<StandInLogEntry[]> {
    return page.evaluate(() => window.__OFFICE_LOG__ ?? []);
  }

  private async configure(page: Page, config: StandInConfig): Promise<void> {
    this.configs.set(page, config);
    await page.addInitScript((c) => {
      window.__OFFICE_STAND_IN__ = c;
    }, config);
  }

  private async handle(page: Page, request: BridgeRequest): Promise<void> {
    switch (request.kind) {
      case "open": {
        const dialog = await this.context.newPage();
        // The dialog is another window of the same add-in: same host, no workbook of its own.
        await this.configure(dialog, { ...this.configs.get(page), workbook: { sheets: [] }, role: "dialog" });
        this.dialogs.set(page, dialog);
        this.panes.set(dialog, page);
        dialog.on("close", () => {
          if (this.dialogs.get(page) !== dialog) return;
          this.dialogs.delete(page);
          this.deliver(page, { kind: "event", error: 12006 });
        });
        dialog.goto(new URL(request.url, page.url()).href).catch(() => undefined);
        return;
      }
      case "toChild": {
        const dialog = this.dialogs.get(page);
        if (dialog) this.deliver(dialog, { kind: "message", message: request.message, origin: new URL(page.url()).origin });
        return;
      }
      case "toParent": {
        const pane = this.panes.get(page);
        if (pane) this.deliver(pane, { kind: "message", message: request.message, origin: new URL(page.url()).origin });
        return;
      }
      case "close": {
        const dialog = this.dialogs.get(page);
        this.dialogs.delete(page);
        await dialog?.close();
        return;
      }
    }
  }

  /** Delivers in order: each message waits for the one before it to reach the page. */
  private deliver(page: Page, payload: Delivery): void {
    const previous = this.queues.get(page) ?? Promise.resolve();
    const next = previous.then(() =>
      page
        .evaluate((p) => {
          if (!window.__OFFICE_STAND_IN_DELIVER__) throw new Error("the page has no Office stand-in");
          window.__OFFICE_STAND_IN_DELIVER__(p);
        }, payload)
        .catch((error: unknown) => {
          if (!page.isClosed()) console.warn(`Office stand-in: a message to ${page.url()} was lost: ${String(error)}`);
        }),
    );
    this.queues.set(page, next);
  }
}
