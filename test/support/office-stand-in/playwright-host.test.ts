/**
 * The stand-in in Chromium, on two hand-written pages: office.js is replaced,
 * the workbook is read through Excel.run, and the dialog emulation carries
 * messages both ways, in order, and reports a dialog the user closes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, launchBrowser, type TestBrowser } from "../../e2e/taskpane/browser";
import { serveDirectory, type StaticServer } from "../../e2e/taskpane/static-server";
import { OFFICE_JS_URL, OfficeStandInHost, type StandInLogEntry } from ".";

const PANE = `<!doctype html><meta charset="utf-8"><script src="${OFFICE_JS_URL}"></script><body><script>
window.received = []; window.events = [];
Office.onReady().then(async (info) => {
  window.info = info;
  window.cells = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Lô hàng");
    const r = ws.getRange("A1:B2").load("values, valueTypes, address");
    await context.sync();
    ws.activate(); r.getCell(1, 1).select();
    await context.sync();
    return { values: r.values, types: r.valueTypes, address: r.address };
  });
});
window.openDialog = () => new Promise((resolve) => Office.context.ui.displayDialogAsync(location.origin + "/dialog.html", { height: 30, width: 30 }, (res) => {
  window.dialog = res.value;
  res.value.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
    window.received.push(arg.message);
    if (arg.message === "ready") for (let i = 0; i < 20; i++) res.value.messageChild("m" + i);
  });
  res.value.addEventHandler(Office.EventType.DialogEventReceived, (arg) => window.events.push(arg.error));
  resolve(res.status);
}));
</script>`;

const DIALOG = `<!doctype html><meta charset="utf-8"><script src="${OFFICE_JS_URL}"></script><body><script>
window.got = [];
Office.onReady().then(() => {
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
    window.got.push(arg.message);
    if (window.got.length === 20) Office.context.ui.messageParent("done:" + window.got.join(","));
  }, () => Office.context.ui.messageParent("ready"));
});
</script>`;

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser("the stand-in and its dialog bridge in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let browser: TestBrowser;
  let host: OfficeStandInHost;
  let pane: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "stand-in-pages-"));
    writeFileSync(join(dir, "pane.html"), PANE);
    writeFileSync(join(dir, "dialog.html"), DIALOG);
    server = await serveDirectory(dir);
    browser = await launchBrowser();
    host = await OfficeStandInHost.attach(browser.context);
    const workbook = {
      sheets: [
        {
          name: "Lô hàng",
          values: [
            ["Số", "Ngày"],
            ["A-1", 44200],
          ],
          valueTypes: [
            ["String", "String"],
            ["String", "Double"],
          ],
          numberFormat: [
            ["General", "General"],
            ["General", "dd/mm/yyyy"],
          ],
        },
      ],
    };
    pane = await host.open(`${server.origin}/pane.html`, { workbook, platform: "PC", displayLanguage: "en-US" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the stand-in for office.js and reads the configured workbook", async () => {
    await pane.waitForFunction(() => (window as unknown as { cells?: unknown }).cells !== undefined);
    const got = await pane.evaluate(() => {
      const w = window as unknown as { cells: unknown; info: unknown };
      return { cells: w.cells, info: w.info };
    });
    expect(got).toEqual({
      info: { host: "Excel", platform: "PC" },
      cells: {
        values: [
          ["Số", "Ngày"],
          ["A-1", 44200],
        ],
        types: [
          ["String", "String"],
          ["String", "Double"],
        ],
        address: "'Lô hàng'!A1:B2",
      },
    });
    const log = await OfficeStandInHost.log(pane);
    expect(log.filter((e) => e.kind === "select" || e.kind === "activate")).toEqual([
      { kind: "activate", sheet: "Lô hàng" },
      { kind: "select", sheet: "Lô hàng", address: "B2" },
    ]);
    expect(log.filter((e) => e.kind === "sync").map((e) => (e as { cells: number }).cells)).toEqual([4, 0]);
  });

  it("carries messages pane → dialog and back, in order", async () => {
    expect(await pane.evaluate(() => (window as unknown as { openDialog(): Promise<string> }).openDialog())).toBe("succeeded");
    const dialog = await host.waitForDialog(pane);
    await pane.waitForFunction(() => (window as unknown as { received: string[] }).received.length === 2, undefined, { timeout: 15_000 });
    const received = await pane.evaluate(() => (window as unknown as { received: string[] }).received);
    const all = Array.from({ length: 20 }, (_x, i) => `m${i}`);
    expect(received).toEqual(["ready", `done:${all.join(",")}`]);
    const dialogLog: StandInLogEntry[] = await OfficeStandInHost.log(dialog);
    expect(dialogLog.filter((e) => e.kind === "delivered").map((e) => (e as { message: string }).message)).toEqual(all);
    expect(await dialog.evaluate(() => Office.context.displayLanguage)).toBe("en-US");
  });

  it("tells the pane when the user closes the dialog (12006)", async () => {
    const dialog = host.dialogOf(pane)!;
    await dialog.close();
    await pane.waitForFunction(() => (window as unknown as { events: number[] }).events.length > 0);
    expect(await pane.evaluate(() => (window as unknown as { events: number[] }).events)).toEqual([12006]);
    expect(host.dialogOf(pane)).toBeUndefined();
  });
});
