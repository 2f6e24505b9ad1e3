/**
 * The task pane in a real browser (Debian's Chromium through playwright-core)
 * with the Office stand-in as its host: the built pages of dist-web/, served
 * on 127.0.0.1, driven the way a user drives them at 320 px.
 *
 * Checking the mistakes sample lists its planned issues by location, a click
 * on one selects exactly that cell, and nothing is written to the workbook.
 * Writing the report from the reference sample hands over the .docx in Excel
 * on the web (a download) and on the desktop (the dialog protocol), and the
 * Summary and Preview tabs show its figures. The keyboard reaches the tabs
 * and the main button. Screenshots of each step go to out/screenshots/.
 */
import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { qualify } from "../../../src/core/grid";
import { PLANNED_OUTCOMES } from "../../../examples/sample-data/planned-outcomes";
import { MISTAKES_FILE } from "../../../examples/sample-data/mistakes-workbook";
import type { OfficeStandInHost, StandInConfig, StandInWorkbook } from "../../support/office-stand-in";
import { docxBodyText } from "../../support/docx-text";
import { chromiumAvailable, CHROMIUM, type TestBrowser } from "./browser";
import { cutOffOnTheRight, entries, focused, logOf, sentChunks, shoot } from "./pane-steps";
import { openPane as openPaneIn, startPaneSession, stopPaneSession, type PaneSession } from "./pane-session";
import type { StaticServer } from "./static-server";
import { ensureWebBuild } from "./web-build";

const haveBrowser = chromiumAvailable();
if (!haveBrowser) console.warn(`Task pane browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
const buildProblem = haveBrowser ? ensureWebBuild() : undefined;
const describeInBrowser = haveBrowser ? describe : describe.skip;

jest.setTimeout(120_000);

/** Planned mistakes of the mistakes sample that point at a cell (the unknown `Nội dung` section included): the check must list each at its location. */
const PLANNED_ISSUES = PLANNED_OUTCOMES.filter((o) => o.file === MISTAKES_FILE && o.code !== undefined && o.cell !== undefined);

/** The check's list opens on errors: show every severity and expand every collapsed cause. */
async function showEveryIssue(page: Page): Promise<void> {
  await page.getByRole("combobox", { name: "Hiện" }).selectOption("all");
  const more = page.getByRole("button", { name: /Xem từng mục$/ });
  for (let i = 0; i < 50 && (await more.count()) > 0; i++) await more.first().click();
}

describeInBrowser("the task pane in Chromium with the Office stand-in", () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let host: OfficeStandInHost;
  let mistakes: StandInWorkbook;
  let reference: StandInWorkbook;

  let session: PaneSession;

  beforeAll(async () => {
    if (buildProblem) return;
    session = await startPaneSession();
    ({ browser, server, host, reference, mistakes } = session);
  });

  afterAll(() => stopPaneSession({ browser, server }));

  const openPane = (query: string, config: StandInConfig, before?: (page: Page) => void) => openPaneIn(session, query, config, before);

  it("builds (dist-web/taskpane.html exists)", () => {
    expect(buildProblem).toBeUndefined();
  });

  describe("checking the mistakes sample", () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      if (buildProblem) return;
      ({ page, errors } = await openPane("?action=check", { workbook: mistakes, platform: "OfficeOnline" }));
    });

    it("starts by itself and lists every planned mistake at its location", async () => {
      const issues = page.getByRole("button", { name: /^'Lô hàng'!B13\b/ });
      await issues.first().waitFor({ timeout: 30_000 });
      await shoot(page, "01-check-issues");
      // No click was needed: ?action=check runs the check.
      expect(await page.getByRole("tab", { name: "Kiểm tra", exact: true }).getAttribute("aria-selected")).toBe("true");
      // The list opens on the errors; every severity, each collapsed cause expanded, shows them all.
      await showEveryIssue(page);
      const names = await page.getByRole("button").evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()));
      const missing = PLANNED_ISSUES.map((o) => qualify(o.sheet, o.cell!)).filter((loc) => !names.some((n) => n.startsWith(`${loc} `)));
      expect(missing).toEqual([]);
      expect(PLANNED_ISSUES.length).toBeGreaterThan(15);
      expect(await cutOffOnTheRight(page)).toEqual([]);
      const log = await logOf(page);
      expect(entries(log, "sync").length).toBeGreaterThanOrEqual(2 + mistakes.sheets.length);
    });

    it("a click on an issue selects exactly its cell, and the check wrote nothing", async () => {
      await page
        .getByRole("button", { name: /^'Lô hàng'!B13\b/ })
        .first()
        .click();
      await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "select"));
      await shoot(page, "02-issue-clicked");
      const log = await logOf(page);
      expect(entries(log, "select")).toEqual([{ kind: "select", sheet: "Lô hàng", address: "B13" }]);
      expect(entries(log, "activate")).toEqual([{ kind: "activate", sheet: "Lô hàng" }]);
      expect(entries(log, "write")).toEqual([]);
      expect(entries(log, "missing")).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("'Kiểm tra số liệu' checks again, reading the workbook again and still writing nothing", async () => {
      const before = entries(await logOf(page), "sync").length;
      await page.getByRole("button", { name: "Kiểm tra số liệu", exact: true }).click();
      await page.waitForFunction((n) => (window.__OFFICE_LOG__ ?? []).filter((e) => e.kind === "sync").length >= n + 2 + 6, before);
      await page
        .getByRole("button", { name: /^'Lô hàng'!B13\b/ })
        .first()
        .waitFor();
      await showEveryIssue(page);
      await page
        .getByRole("button", { name: /^'Nhiệm vụ'!K4\b/ })
        .first()
        .waitFor();
      expect(entries(await logOf(page), "write")).toEqual([]);
    });
  });

  describe("writing the report from the reference sample", () => {
    describe("in Excel on the web", () => {
      let page: Page;
      let errors: string[];
      let first: Download;

      beforeAll(async () => {
        if (buildProblem) return;
        let download!: Promise<Download>;
        ({ page, errors } = await openPane("?action=generate", { workbook: reference, platform: "OfficeOnline" }, (p) => {
          download = p.waitForEvent("download", { timeout: 60_000 });
        }));
        first = await download;
      });

      it("?action=generate writes the report by itself and downloads it", async () => {
        expect(first.suggestedFilename()).toMatch(/\.docx$/);
        const text = await docxBodyText(readFileSync(await first.path()));
        expect(text).toContain("BÁO CÁO");
        expect(text).toContain("840 lô");
        await page.waitForFunction(() => !document.querySelector("button[disabled]"));
        await shoot(page, "03-generated-web");
      });

      it("'Tạo báo cáo' writes it again: the same workbook gives the same bytes", async () => {
        const [again] = await Promise.all([
          page.waitForEvent("download", { timeout: 60_000 }),
          page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click(),
        ]);
        expect(readFileSync(await again.path()).equals(readFileSync(await first.path()))).toBe(true);
        await shoot(page, "04-generated-again");
      });

      it("the Summary tab shows 840 lots and 29 tasks", async () => {
        await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
        const summary = page.getByRole("tabpanel");
        await expect(summary.innerText()).resolves.toMatch(/\b840\b/);
        expect(await summary.innerText()).toMatch(/\b29\b/);
        await shoot(page, "05-summary");
      });

      it("the Summary tab fits 320 px: its figures are on screen, nothing is cut off", async () => {
        const summary = page.getByRole("tabpanel");
        for (const figure of ["840", "29"]) {
          const box = await summary.getByText(figure, { exact: true }).first().boundingBox();
          expect({ figure, cutOff: !box || box.x + box.width > 320 }).toEqual({ figure, cutOff: false });
        }
        expect(await cutOffOnTheRight(page)).toEqual([]);
      });

      it("the Preview tab shows the report's text", async () => {
        await page.getByRole("tab", { name: "Xem trước", exact: true }).click();
        await page.getByRole("tabpanel").getByText("BÁO CÁO", { exact: false }).first().waitFor({ timeout: 30_000 });
        expect(await page.getByRole("tabpanel").innerText()).toContain("840 lô");
        await shoot(page, "06-preview");
      });

      it("wrote nothing to the workbook and opened no dialog", async () => {
        const log = await logOf(page);
        expect(entries(log, "write")).toEqual([]);
        expect(entries(log, "dialog")).toEqual([]);
        expect(entries(log, "missing")).toEqual([]);
        expect(errors).toEqual([]);
      });
    });

    it("on Windows (platform PC): the pane downloads; 'Lưu qua hộp thoại' sends the file in chunks to the dialog, which downloads it", async () => {
      let download!: Promise<Download>;
      const { page, errors } = await openPane("?action=generate", { workbook: reference, platform: "PC" }, (p) => {
        download = p.waitForEvent("download", { timeout: 60_000 });
      });
      const fromPane = readFileSync(await (await download).path());
      await page.getByRole("button", { name: "Lưu qua hộp thoại" }).waitFor({ timeout: 30_000 });
      await shoot(page, "07-windows-downloaded");
      expect(entries(await logOf(page), "dialog")).toEqual([]);

      await page.getByRole("button", { name: "Lưu qua hộp thoại" }).click();
      const dialog = await host.waitForDialog(page, 60_000);
      const save = dialog.getByRole("button", { name: "Lưu tệp" });
      await save.waitFor({ timeout: 30_000 });
      await shoot(dialog, "07-dialog");
      const [fromDialog] = await Promise.all([dialog.waitForEvent("download"), save.click()]);
      const saved = readFileSync(await fromDialog.path());
      await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "dialogClose"), undefined, { timeout: 15_000 });
      await shoot(page, "08-saved-by-dialog");

      const log = await logOf(page);
      const [opened] = entries(log, "dialog");
      expect(new URL(opened!.url).pathname).toBe("/download.html");
      expect(new URL(opened!.url).origin).toBe(server.origin);
      expect(opened!.options).toMatchObject({ height: 30, width: 30 });
      const delivered = entries(log, "delivered").map((e) => JSON.parse(e.message) as { kind: string });
      expect(delivered.map((m) => m.kind)).toEqual(["ready", "download-started"]);
      // The pane says the dialog handed the file over; it never says "saved".
      const panel = await page.getByRole("tabpanel").innerText();
      expect(panel).toContain("Hộp thoại đã chuyển");
      expect(panel).not.toMatch(/đã lưu/i);

      // The pane's chunks, put together here, are the file the dialog saved, and the file the pane downloaded.
      const chunks = sentChunks(log);
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.map((c) => c.index)).toEqual(chunks.map((_c, i) => i));
      for (const c of chunks) {
        expect(c).toMatchObject({ kind: "file", name: chunks[0]!.name, total: chunks.length });
        expect(c.data.length).toBeLessThanOrEqual(16_000);
      }
      const assembled = Buffer.from(chunks.map((c) => c.data).join(""), "base64");
      expect(assembled.equals(saved)).toBe(true);
      expect(assembled.equals(fromPane)).toBe(true);
      expect(fromDialog.suggestedFilename()).toBe(chunks[0]!.name);
      const text = await docxBodyText(assembled);
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain("840 lô");
      expect(entries(log, "write")).toEqual([]);
      expect(entries(log, "missing")).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it("the keyboard reaches the tabs and the main button, and Enter runs the check", async () => {
    const { page } = await openPane("", { workbook: mistakes, platform: "OfficeOnline" });
    await page.getByRole("button", { name: "Kiểm tra số liệu", exact: true }).waitFor({ timeout: 30_000 });
    const seen: Array<{ role: string; name: string }> = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      seen.push(f);
      if (f.role === "button" && f.name === "Kiểm tra số liệu") break;
    }
    expect(seen.some((f) => f.role === "tab")).toBe(true);
    expect(seen.at(-1)).toEqual({ role: "button", name: "Kiểm tra số liệu" });
    await shoot(page, "09-keyboard-focus");
    expect(entries(await logOf(page), "sync")).toEqual([]);
    await page.keyboard.press("Enter");
    await page
      .getByRole("button", { name: /^'Lô hàng'!B13\b/ })
      .first()
      .waitFor({ timeout: 30_000 });

    // Back to a tab with Shift+Tab, then Enter on the next tab selects it.
    for (let i = 0; i < 25 && (await focused(page)).role !== "tab"; i++) await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).role).toBe("tab");
    await page.keyboard.press("ArrowRight");
    const next = await focused(page);
    expect(next).toMatchObject({ role: "tab", name: "Tổng hợp" });
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Tổng hợp", exact: true }).getAttribute("aria-selected")).toBe("true");
  });
});
