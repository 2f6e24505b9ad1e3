/**
 * Debian's Chromium, driven by playwright-core (no browser is downloaded),
 * in a fresh profile that is removed on close. Network chatter is switched
 * off; pages may reach only the test's own server (office.js is routed to
 * the stand-in before any request leaves).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** A task pane is 320 px wide in Excel; the height is a laptop's pane. */
export async function launchBrowser(viewport = { width: 320, height: 900 }): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "taskpane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    locale: "vi-VN",
  });
  // Anything but the test server and the routed office.js is refused, so a stray fetch fails loudly instead of leaving the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("blockedbyclient"));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
