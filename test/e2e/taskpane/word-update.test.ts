/**
 * "Cập nhật số liệu" in the built Word pane, in Chromium (see
 * word-update-session.ts): the report's record names its workbook on
 * OneDrive, the pane fetches it through the shares API with the bridge's
 * token and updates the open document; the change list is worked with the
 * keyboard alone (Tab to a link or button, Enter to use it): a figure
 * selected, the new figure taken for a conflict, the changes accepted. A
 * report whose workbook is not on OneDrive gets one sentence and the picker.
 */
import type { Page } from "playwright-core";
import { chromiumAvailable } from "./browser";
import { axeViolations, shoot } from "./pane-steps";
import { ensureWebBuild } from "./web-build";
import { clerkReport, NAA, openWordPane, startWordUpdateSession, WORKBOOK_URL, type WordUpdateSession } from "./word-update-session";
import { paragraphText, wordStateOf, type StandInControl } from "./word-stand-in";

const haveBrowser = chromiumAvailable();
const buildProblem = haveBrowser ? ensureWebBuild() : undefined;
const describeInBrowser = haveBrowser ? describe : describe.skip;

jest.setTimeout(180_000);

/** The focused element's tag and accessible name (its aria-label, else its text). */
function activeControl(page: Page): Promise<{ tag: string; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? "", name: el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "" };
  });
}

/**
 * Enter on the focused control once the pane is no longer busy with Word: while a call is under way its buttons stay
 * focusable but aria-disabled (Fluent's disabledFocusable), and a key pressed then does nothing, as for a clerk.
 */
async function pressEnterWhenReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-disabled") !== "true", undefined, { timeout: 10_000 });
  await page.keyboard.press("Enter");
}

/** Tabs forward until the focused element is `name` (a few steps at most), as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await activeControl(page);
    if (typeof name === "string" ? f.name === name : name.test(f.name)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describeInBrowser("Cập nhật số liệu in the Word pane, in Chromium", () => {
  let session: WordUpdateSession;

  beforeAll(async () => {
    if (buildProblem) return;
    session = await startWordUpdateSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("builds (dist-web/taskpane.html exists)", () => {
    expect(buildProblem).toBeUndefined();
  });

  it("fetches the workbook from OneDrive, lists the changes, and is worked with the keyboard to the end", async () => {
    const { page, errors } = await openWordPane(session, clerkReport());
    const from = session.graph.requests.length;
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    const heading = page.getByRole("heading", { name: "Kết quả cập nhật số liệu" });
    await heading.waitFor({ timeout: 60_000 });

    // Graph: the shares API for the record's address, then the content (redirected to a pre-authenticated URL), all with the bridge's token.
    const requests = session.graph.requests.slice(from);
    const share = `/v1.0/shares/u!${Buffer.from(WORKBOOK_URL, "utf8").toString("base64url")}/driveItem`;
    expect(requests.map((r) => `${r.method} ${r.url.split("?")[0]} ${r.outcome}`)).toEqual([
      `GET ${share} 200`,
      "GET /v1.0/drives/b!drive-1/items/01SOLIEU/content 302",
      "GET /v1.0/drives/b!drive-1/items/01SOLIEU 200",
    ]);
    for (const r of requests) expect(r.headers.authorization).toBe(`Bearer ${NAA.accessToken}`);
    expect(session.graph.violations).toEqual([]);

    await expect(page.getByText("Đã lấy sổ số liệu từ OneDrive: so-lieu 2021.xlsx", { exact: true }).isVisible()).resolves.toBe(true);
    const list = page.getByRole("list", { name: "Các số liệu đã thay đổi và cần xem lại" });
    const lines = await list.getByRole("listitem").evaluateAll((items) => items.map((li) => li.querySelector("p")?.textContent ?? ""));
    expect(lines).toEqual([
      "II.6.1 lô: 800 → 840",
      "II.6.1 lô: 290 → 301",
      "II.6.1 lô: 470 → 493",
      "II.6.1 lô: văn bản đang ghi “khoảng 50” (đã sửa tay), số liệu mới là 46.",
      "II.2 đề tài: số liệu này đã bị xoá khỏi văn bản (số liệu mới là 29); không ghi lại.",
    ]);
    expect(await list.getByRole("button", { name: /^Giữ chữ đã sửa/ }).count()).toBe(1);
    expect(await list.getByRole("button", { name: /^Dùng số mới/ }).count()).toBe(1);
    await expect(page.getByTestId("announcer").filter({ hasText: "Đã cập nhật" }).innerText()).resolves.toBe("Đã cập nhật 3 số liệu; 2 số liệu cần xem lại.");
    // Word: only the three changed controls written, highlighted, and the record; the clerk's paragraphs as they were.
    let word = await wordStateOf(page);
    expect(paragraphText(word.doc)).toEqual([
      "Đoạn văn thư thêm vào dưới mục I, không có số liệu.",
      "Trong kỳ, Chi cục đã quản lý 03 đề tài được nghiệm thu.",
      "Kiểm tra nhà nước về chất lượng hàng hoá nhập khẩu: đã tiếp nhận 840 lô hàng, trong đó đồ chơi trẻ em 301 lô, đồ điện, điện tử 493 lô, thép khoảng 50 lô.",
      "Câu văn thư đã viết lại.",
    ]);
    expect(word.calls.filter((c) => c.call === "insertText").map((c) => c.target)).toEqual([
      "lbc:lots.total",
      "lbc:lots.byGroup.Đồ chơi trẻ em",
      "lbc:lots.byGroup.Đồ điện, điện tử",
    ]);
    await shoot(page, "20-word-update-changes");
    // axe-core: nothing serious in the list (Fluent's focus sentinels are a known false positive, microsoft/tabster#288).
    const serious = (await axeViolations(page))
      .map((v) => ({ ...v, targets: v.targets.filter((t) => !t.includes("data-tabster-dummy")) }))
      .filter((v) => v.targets.length > 0 && (v.impact === "serious" || v.impact === "critical"));
    expect(serious).toEqual([]);

    // The keyboard: focus starts on the list's heading; Tab reaches the first line's link, Enter selects its figure.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("living-heading");
    await page.keyboard.press("Tab");
    expect(await activeControl(page)).toEqual({ tag: "BUTTON", name: "Xem trong văn bản: II.6.1 lô" });
    await pressEnterWhenReady(page);
    await page.waitForFunction(() => (window.__WORD_LOG__ ?? []).some((c) => c.call === "select" && c.target === "lbc:lots.total"));

    // The conflict: "Dùng số mới" writes 46 into that control only, highlighted, and records it; focus goes to what became of it.
    await tabTo(page, "Dùng số mới: II.6.1 lô");
    await pressEnterWhenReady(page);
    await list.getByText("Đã ghi số mới 46 (tô vàng trong văn bản).", { exact: true }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Đã ghi số mới 46 (tô vàng trong văn bản).");
    word = await wordStateOf(page);
    expect(paragraphText(word.doc)[2]).toBe(
      "Kiểm tra nhà nước về chất lượng hàng hoá nhập khẩu: đã tiếp nhận 840 lô hàng, trong đó đồ chơi trẻ em 301 lô, đồ điện, điện tử 493 lô, thép 46 lô.",
    );
    expect(word.doc.xml).toContain('key="lots.byGroup.Thép">46</figure>');
    expect(word.calls.filter((c) => c.call === "insertText").map((c) => c.target)).toHaveLength(4);

    // The deleted figure's link says plainly that it is gone.
    await tabTo(page, "Xem trong văn bản: II.2 đề tài");
    await pressEnterWhenReady(page);
    await page
      .getByRole("region", { name: "Kết quả cập nhật số liệu" })
      .getByText("II.2 đề tài: số liệu này không còn trong văn bản", { exact: false })
      .waitFor({ timeout: 10_000 });

    // Accept: the highlight comes off the four written controls, and off nothing else.
    await tabTo(page, "Chấp nhận thay đổi");
    await pressEnterWhenReady(page);
    await page
      .getByRole("region", { name: "Kết quả cập nhật số liệu" })
      .getByText("Đã chấp nhận thay đổi: bỏ tô vàng ở 4 chỗ ghi số liệu.", { exact: true })
      .waitFor({ timeout: 10_000 });
    word = await wordStateOf(page);
    const highlights = word.doc.paragraphs.flatMap((p) => p.flatMap((r) => (typeof r === "string" ? [] : [[r.tag, r.highlight ?? null]])));
    expect(highlights).toEqual([
      ["lbc:tasks.accepted", null],
      ["lbc:lots.total", null],
      ["lbc:lots.byGroup.Đồ chơi trẻ em", null],
      ["lbc:lots.byGroup.Đồ điện, điện tử", null],
      ["lbc:lots.byGroup.Thép", null],
    ]);
    const cleared = word.calls.filter((c) => c.call === "highlightColor" && c.value === null).map((c) => c.target);
    expect(cleared.sort()).toEqual(["lbc:lots.byGroup.Thép", "lbc:lots.byGroup.Đồ chơi trẻ em", "lbc:lots.byGroup.Đồ điện, điện tử", "lbc:lots.total"].sort());
    expect(await page.getByRole("button", { name: "Chấp nhận thay đổi" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a figure a reviewer commented on is kept and said, and “Dùng số mới” is not offered for it", async () => {
    const doc = clerkReport();
    const lots = doc.paragraphs.flat().find((r): r is StandInControl => typeof r !== "string" && r.tag === "lbc:lots.total");
    if (lots === undefined) throw new Error("no lots figure in the report");
    lots.comments = 1;
    const { page, errors } = await openWordPane(session, doc);
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    const list = page.getByRole("list", { name: "Các số liệu đã thay đổi và cần xem lại" });
    await list.waitFor({ timeout: 60_000 });
    const lines = await list.getByRole("listitem").evaluateAll((items) => items.map((li) => li.querySelector("p")?.textContent ?? ""));
    expect(lines[0]).toBe("II.6.1 lô: có ghi chú hoặc dấu trang gắn vào số liệu này; chưa ghi số liệu mới (840) để khỏi mất ghi chú.");
    expect(lines.slice(1, 3)).toEqual(["II.6.1 lô: 290 → 301", "II.6.1 lô: 470 → 493"]);
    await expect(list.getByRole("listitem").first().innerText()).resolves.toContain("Muốn ghi số mới thì xoá ghi chú (hoặc dấu trang)");
    // Only the steel figure, typed over by hand, offers the new one.
    expect(await list.getByRole("button", { name: /^Dùng số mới/ }).count()).toBe(1);
    const word = await wordStateOf(page);
    expect(word.calls.filter((c) => c.call === "insertText").map((c) => c.target)).toEqual([
      "lbc:lots.byGroup.Đồ chơi trẻ em",
      "lbc:lots.byGroup.Đồ điện, điện tử",
    ]);
    expect(paragraphText(word.doc)[2]).toContain("đã tiếp nhận 800 lô hàng");
    // Asked of every figure the document holds, in the one read: five, the managed tasks' control being deleted.
    expect(new Set(word.calls.filter((c) => c.call === "getComments").map((c) => c.target)).size).toBe(5);
    expect(errors).toEqual([]);
  });

  it("a report whose workbook is on this computer: one sentence, the picker, and OneDrive not asked", async () => {
    const { page, errors } = await openWordPane(session, clerkReport({ name: "so-lieu.xlsx", location: "C:\\Báo cáo\\so-lieu.xlsx" }));
    const from = session.graph.requests.length;
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    await page
      .getByText(
        "Sổ số liệu của báo cáo này (so-lieu.xlsx) không nằm trên OneDrive nên không tự lấy được. Hãy chọn sổ ở trên, rồi bấm lại “Cập nhật số liệu”.",
        {
          exact: true,
        },
      )
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Chọn tệp…" }).isEnabled()).toBe(true);
    expect(session.graph.requests.slice(from)).toEqual([]);
    expect((await wordStateOf(page)).calls.filter((c) => c.call === "insertText" || c.call === "setXml")).toEqual([]);
    expect(errors).toEqual([]);
  });
});
