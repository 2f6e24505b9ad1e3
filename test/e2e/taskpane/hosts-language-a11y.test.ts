/**
 * The task pane per host and per language, in Chromium with the Office
 * stand-in (see taskpane.test.ts for the web and Windows hand-over):
 * - Excel for Mac: nothing is downloaded and no success is shown until the
 *   clerk picks a way; "Mở trong trình duyệt" opens download.html with the
 *   file, which saves it there; without OpenBrowserWindowApi only OneDrive remains.
 * - The report is Vietnamese with the pane in English, English only when
 *   chosen, and the choice is kept in the workbook's settings.
 * - At 320 px, on a workbook with a missing sheet and ten errors, the first
 *   error is on the first screen.
 * - axe-core finds no serious or critical violation in the four tabs.
 * Screenshots go to out/screenshots/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import type { OfficeStandInHost, StandInConfig, StandInWorkbook } from "../../support/office-stand-in";
import { DEFAULT_REQUIREMENTS } from "../../support/office-stand-in/office-api";
import { docxBodyText } from "../../support/docx-text";
import { chromiumAvailable, CHROMIUM, type TestBrowser } from "./browser";
import { axeViolations, entries, logOf, shoot } from "./pane-steps";
import { openPane as openPaneIn, startPaneSession, stopPaneSession, type PaneSession } from "./pane-session";
import type { StaticServer } from "./static-server";
import { ROOT, ensureWebBuild } from "./web-build";

const EXAMPLES = join(ROOT, "examples");
const haveBrowser = chromiumAvailable();
if (!haveBrowser) console.warn(`Task pane browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
const buildProblem = haveBrowser ? ensureWebBuild() : undefined;
const describeInBrowser = haveBrowser ? describe : describe.skip;

jest.setTimeout(120_000);

/** The reference sample without one sheet and with ten numbers typed as words in 'Lô hàng'!F2:F11. */
function missingSheetAndTenErrors(reference: StandInWorkbook, drop: string): StandInWorkbook {
  const sheets = reference.sheets
    .filter((s) => s.name !== drop)
    .map((s) => {
      if (s.name !== "Lô hàng") return s;
      const column = s.values[0]!.indexOf("Số lượng");
      const values = s.values.map((row, r) => (r >= 1 && r <= 10 ? row.map((v, c) => (c === column ? "nhiều" : v)) : row));
      const valueTypes = s.valueTypes.map((row, r) => (r >= 1 && r <= 10 ? row.map((v, c) => (c === column ? "String" : v)) : row));
      return { ...s, values, valueTypes };
    });
  return { ...reference, sheets };
}

/** The labels of the buttons drawn as primary (filled with Fluent's brand colour). */
function primaryButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const brand = getComputedStyle(document.querySelector("button")!).getPropertyValue("--colorBrandBackground").trim();
    const probe = document.createElement("div");
    probe.style.backgroundColor = brand;
    document.body.append(probe);
    const filled = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return Array.from(document.querySelectorAll("button"))
      .filter((b) => getComputedStyle(b).backgroundColor === filled)
      .map((b) => b.textContent ?? "");
  });
}

describeInBrowser("the task pane per host, per language, at 320 px, and with axe-core", () => {
  let browser: TestBrowser;
  let server: StaticServer;
  let host: OfficeStandInHost;
  let reference: StandInWorkbook;
  let mistakes: StandInWorkbook;

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

  describe("Excel for Mac (WKWebView blocks downloads)", () => {
    it("downloads nothing and shows no success; 'Mở trong trình duyệt' hands the file to the system browser, which saves it", async () => {
      const downloads: Download[] = [];
      const requirements = { ...DEFAULT_REQUIREMENTS, OpenBrowserWindowApi: "1.1" };
      const { page, errors } = await openPane("?action=generate", { workbook: reference, platform: "Mac", requirements }, (p) =>
        p.on("download", (d) => downloads.push(d)),
      );
      const open = page.getByRole("button", { name: "Mở trong trình duyệt" });
      await open.waitFor({ timeout: 60_000 });
      const panel = page.getByRole("tabpanel");
      expect(await panel.innerText()).toContain("chưa lưu ở đâu");
      expect(await panel.getByRole("list", { name: "Các bước tạo báo cáo" }).innerText()).toContain("Giao tệp: chờ bạn chọn cách nhận tệp");
      await page.getByRole("button", { name: "Lưu lên OneDrive" }).waitFor();
      await shoot(page, "11-mac-written-not-delivered");
      expect(await panel.innerText()).not.toMatch(/đã lưu|Đã chuyển tệp cho trình duyệt/i);
      expect(downloads).toEqual([]);
      expect(entries(await logOf(page), "dialog")).toEqual([]);

      await open.click();
      await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "openBrowserWindow"));
      const [opened] = entries(await logOf(page), "openBrowserWindow");
      const url = new URL(opened!.url);
      expect(url.origin + url.pathname).toBe(`${server.origin}/download.html`);
      await panel.getByText("Đã mở trình duyệt", { exact: false }).waitFor();
      await shoot(page, "12-mac-opened-in-browser");
      expect(await panel.innerText()).not.toMatch(/đã lưu/i);
      expect(downloads).toEqual([]);

      // The system browser: a page of its own, with no Office around it.
      const browserPage = await browser.context.newPage();
      await browserPage.goto(opened!.url);
      const save = browserPage.getByRole("button", { name: "Lưu tệp" });
      await save.waitFor();
      expect(new URL(browserPage.url()).hash).toBe("");
      await shoot(browserPage, "13-mac-system-browser-page");
      const [download] = await Promise.all([browserPage.waitForEvent("download"), save.click()]);
      expect(download.suggestedFilename()).toBe("bao-cao-6-thang-dau-nam-2021.docx");
      const text = await docxBodyText(readFileSync(await download.path()));
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain("840 lô");
      await browserPage.close();
      expect(entries(await logOf(page), "missing")).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("without OpenBrowserWindowApi: says so and leaves OneDrive, still claiming nothing", async () => {
      const downloads: Download[] = [];
      const { page } = await openPane("?action=generate", { workbook: reference, platform: "Mac" }, (p) => p.on("download", (d) => downloads.push(d)));
      await page.getByRole("button", { name: "Lưu lên OneDrive" }).waitFor({ timeout: 60_000 });
      const text = await page.getByRole("tabpanel").innerText();
      expect(text).toContain("chưa lưu ở đâu");
      expect(text).toContain("không có cách nào khác");
      expect(await page.getByRole("button", { name: "Mở trong trình duyệt" }).count()).toBe(0);
      await shoot(page, "14-mac-onedrive-only");
      expect(downloads).toEqual([]);
    });
  });

  describe("the report's language", () => {
    it("is Vietnamese with the pane in English, English only when chosen, and remembered in the workbook", async () => {
      let first!: Promise<Download>;
      const { page, errors } = await openPane("?action=generate", { workbook: reference, platform: "OfficeOnline", displayLanguage: "en-US" }, (p) => {
        first = p.waitForEvent("download", { timeout: 60_000 });
      });
      const vi = await first;
      expect(await page.getByRole("tab", { name: "Write report", exact: true }).getAttribute("aria-selected")).toBe("true");
      expect(vi.suggestedFilename()).toBe("bao-cao-6-thang-dau-nam-2021.docx");
      const viText = await docxBodyText(readFileSync(await vi.path()));
      expect(viText).toContain("BÁO CÁO");
      expect(viText).toContain("Kính gửi");
      expect(await page.getByRole("radio", { name: "Vietnamese" }).isChecked()).toBe(true);
      await page.waitForFunction(() => !document.querySelector("button[disabled]"));
      await shoot(page, "15-pane-en-report-vi");

      // The preview shows the report as it will be written: in Vietnamese, under an English pane.
      await page.getByRole("tab", { name: "Preview", exact: true }).click();
      await page.getByRole("region", { name: "Report preview" }).getByText("BÁO CÁO", { exact: false }).first().waitFor({ timeout: 30_000 });
      expect(await page.getByRole("region", { name: "Report preview" }).getAttribute("lang")).toBe("vi");
      await page.getByRole("tab", { name: "Write report", exact: true }).click();

      await page.getByRole("radio", { name: "English" }).check();
      await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "settingsSaved"));
      expect(entries(await logOf(page), "setting")).toEqual([{ kind: "setting", name: "reportLanguage", value: "en" }]);
      const [en] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        page.getByRole("button", { name: "Write report", exact: true }).click(),
      ]);
      expect(en.suggestedFilename()).toBe("bao-cao-6-thang-dau-nam-2021-en.docx");
      const enText = await docxBodyText(readFileSync(await en.path()));
      expect(enText).toMatch(/\bREPORT\b/);
      expect(enText).not.toContain("Kính gửi");
      await shoot(page, "16-report-en-chosen");
      expect(errors).toEqual([]);

      // The workbook remembers: opened again with its settings, the pane starts on English.
      const { page: again } = await openPane("", {
        workbook: reference,
        platform: "OfficeOnline",
        displayLanguage: "vi-VN",
        settings: { reportLanguage: "en" },
      });
      await again.getByRole("tab", { name: "Tạo báo cáo", exact: true }).click();
      expect(await again.getByRole("radio", { name: "Tiếng Anh" }).isChecked()).toBe(true);
    });
  });

  it("Tạo mẫu's notice: commands.html in its dialog says what was added, and closes on Đóng", async () => {
    const added = encodeURIComponent(JSON.stringify(["Nhiệm vụ", "Lô hàng"]));
    const page = await host.open(`${server.origin}/commands.html?notice=added&added=${added}&lang=vi`, { workbook: reference, platform: "PC", role: "dialog" });
    await page.getByText("Đã thêm: Nhiệm vụ, Lô hàng.", { exact: false }).waitFor({ timeout: 30_000 });
    await shoot(page, "18-template-notice");
    await page.getByRole("button", { name: "Đóng" }).click();
    await page.waitForFunction(() => (window.__OFFICE_LOG__ ?? []).some((e) => e.kind === "messageParent"));
    expect(entries(await logOf(page), "messageParent").map((e) => JSON.parse(e.message))).toEqual([{ kind: "close" }]);
    // The notice page registers no command: it is not the function file.
    expect(entries(await logOf(page), "associate")).toEqual([]);
  });

  it("the Word pane: a file button in the pane's language, and the counts of Excel's Check tab", async () => {
    const { page, errors } = await openPane("?host=word", { host: "Word", platform: "OfficeOnline", displayLanguage: "en-US" });
    const choose = page.getByRole("button", { name: "Choose a file…" });
    await choose.waitFor({ timeout: 30_000 });
    expect(await choose.getAttribute("class")).toMatch(/fui-Button/);
    // The browser's own "Choose file" control is hidden from sight and from the keyboard.
    expect(await primaryButtons(page)).toEqual(["Choose a file…"]);
    const input = page.locator("input[type=file]");
    expect(await input.getAttribute("tabindex")).toBe("-1");
    expect(await input.getAttribute("aria-hidden")).toBe("true");
    await input.setInputFiles(join(EXAMPLES, "bao-cao-co-loi.xlsx"));
    await page.getByText("Chosen: bao-cao-co-loi.xlsx").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Insert the report" }).waitFor({ timeout: 30_000 });
    const text = await page.locator("main").innerText();
    await shoot(page, "19-word-pane-checked");
    // The same numbers the Excel pane shows for this workbook (its Check tab counts, report checks included).
    const { page: excel } = await openPane("?action=check", { workbook: mistakes, platform: "OfficeOnline", displayLanguage: "en-US" });
    await excel.getByRole("region", { name: "Errors" }).waitFor({ timeout: 60_000 });
    const excelText = await excel.getByRole("tabpanel").innerText();
    const counts = (t: string) => [/Errors: (\d+)/, /Warnings: (\d+)/, /Notes: (\d+)/].map((r) => r.exec(t)?.[1]);
    expect(counts(text)).toEqual(counts(excelText));
    expect(counts(text).every((c) => c !== undefined)).toBe(true);
    // One primary action at a time: once a workbook is read, Insert is primary and the file button is not.
    expect(await primaryButtons(page)).toEqual(["Insert the report"]);
    expect(errors).toEqual([]);
  });

  it("at 320 px, with a missing sheet and ten errors, the first error is on the first screen", async () => {
    const workbook = missingSheetAndTenErrors(reference, "Nội dung");
    const { page } = await openPane("?action=check", { workbook, platform: "OfficeOnline" });
    await page.setViewportSize({ width: 320, height: 640 });
    const errorsSection = page.getByRole("region", { name: "Lỗi" });
    await errorsSection.waitFor({ timeout: 60_000 });
    expect(await page.getByRole("combobox", { name: "Hiện" }).inputValue()).toBe("error");
    const first = errorsSection.getByRole("listitem").first();
    const box = await first.boundingBox();
    const counts = await page.getByRole("tabpanel").innerText();
    await shoot(page, "17-first-error-320px");
    console.log(
      `320 px: first error "${(await first.innerText()).replace(/\s+/g, " ").slice(0, 80)}" at y=${Math.round(box?.y ?? -1)}–${Math.round((box?.y ?? 0) + (box?.height ?? 0))} of 640; ${counts.match(/Lỗi: \d+/)?.[0]}, ${counts.match(/Cảnh báo: \d+/)?.[0]}`,
    );
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(counts).toMatch(/Lỗi: 1[01]\b/);
    // The check ended by itself: focus is on its verdict, and the live region said the counts.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^Có 1[01] lỗi cần sửa/);
    expect(await page.getByTestId("announcer").innerText()).toMatch(/^Kiểm tra xong: 1[01] lỗi, \d+ cảnh báo, \d+ ghi chú\.$/);
  });

  it("axe-core: no serious or critical violation in the Check, Summary, Preview and Generate tabs", async () => {
    const report: string[] = [];
    const blocking: Array<{ tab: string; id: string; impact: string; nodes: number; help: string; targets: string[] }> = [];
    let sentinels = 0;
    const audit = async (page: Page, tab: string) => {
      const found = await axeViolations(page);
      // Fluent's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) pass focus on at once; a known false positive (microsoft/tabster#288).
      const real = found.flatMap((v) => {
        if (v.id !== "aria-hidden-focus") return [v];
        const kept = v.targets.filter((t) => !t.includes("data-tabster-dummy"));
        sentinels += v.targets.length - kept.length;
        return kept.length > 0 ? [{ ...v, targets: kept, nodes: kept.length }] : [];
      });
      report.push(`${tab}: ${real.length} violation(s)${real.length ? ` (${real.map((v) => `${v.id} ${v.impact} ×${v.nodes}`).join(", ")})` : ""}`);
      blocking.push(...real.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ tab, ...v })));
    };
    const { page } = await openPane("?action=check", { workbook: mistakes, platform: "OfficeOnline" });
    await page.getByRole("region", { name: "Lỗi" }).waitFor({ timeout: 60_000 });
    await audit(page, "Kiểm tra (the mistakes sample)");
    const { page: ref } = await openPane("?action=generate", { workbook: reference, platform: "OfficeOnline" });
    await ref.getByRole("button", { name: "Tải lại tệp" }).waitFor({ timeout: 60_000 });
    await audit(ref, "Tạo báo cáo (written)");
    await ref.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
    await ref.getByRole("tabpanel").getByText("840", { exact: true }).first().waitFor();
    await audit(ref, "Tổng hợp");
    await ref.getByRole("tab", { name: "Xem trước", exact: true }).click();
    await ref.getByRole("tabpanel").getByText("BÁO CÁO", { exact: false }).first().waitFor({ timeout: 30_000 });
    await audit(ref, "Xem trước");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version = (require("axe-core/package.json") as { version: string }).version;
    console.log(`axe-core ${version}, violations of any impact per tab (Fluent focus sentinels set aside: ${sentinels} node(s)):\n  ${report.join("\n  ")}`);
    expect(blocking).toEqual([]);
  });
});
