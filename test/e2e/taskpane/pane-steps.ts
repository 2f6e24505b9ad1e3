/** Small steps the task pane flow test repeats: screenshots, the stand-in's log, focus, the dialog's chunks. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { OfficeStandInHost, type StandInLogEntry } from "../../support/office-stand-in";
import { ROOT } from "./web-build";

export const SCREENSHOTS = join(ROOT, "out/screenshots");

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export function logOf(page: Page): Promise<StandInLogEntry[]> {
  return OfficeStandInHost.log(page);
}

export function entries<K extends StandInLogEntry["kind"]>(log: ReadonlyArray<StandInLogEntry>, kind: K): Array<Extract<StandInLogEntry, { kind: K }>> {
  return log.filter((e): e is Extract<StandInLogEntry, { kind: K }> => e.kind === kind);
}

/** The focused element's role and accessible name, from Chromium's accessibility tree. */
export async function focused(page: Page): Promise<{ role: string; name: string }> {
  const el = page.locator("*:focus");
  if ((await el.count()) === 0) return { role: "", name: "" };
  const snapshot = await el.first().ariaSnapshot();
  const m = /^- (\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot);
  return { role: m?.[1] ?? "", name: m?.[2] ?? "" };
}

export interface SentChunk {
  readonly kind: string;
  readonly name: string;
  readonly index: number;
  readonly total: number;
  readonly data: string;
}

/** The file chunks the pane sent to its dialog (`messageChild`), parsed. */
export function sentChunks(log: ReadonlyArray<StandInLogEntry>): SentChunk[] {
  return entries(log, "messageChild").map((e) => JSON.parse(e.message) as SentChunk);
}

/**
 * Elements of the open tab panel that reach past the pane's right edge and
 * cannot be scrolled to, described briefly. Content inside a horizontally
 * scrolling box that itself fits is fine: the user can scroll to it.
 */
export function cutOffOnTheRight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector("[role=tabpanel]");
    if (!panel) return ["no tab panel"];
    // No helper functions in here: the function is sent to the page as text, without any bundler's helpers.
    const edge = window.innerWidth + 0.5;
    const out: string[] = [];
    for (const el of Array.from(panel.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= edge) continue;
      let scrollable = false;
      for (let a = el.parentElement; a && a !== document.body && !scrollable; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        scrollable = (overflow === "auto" || overflow === "scroll") && a.getBoundingClientRect().right <= edge;
      }
      if (scrollable) continue;
      // The outermost element only: its children are cut off with it.
      const parent = el.parentElement;
      if (parent && parent !== panel && panel.contains(parent) && parent.getBoundingClientRect().right > edge) continue;
      out.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}" ends at ${Math.round(r.right)} px`);
    }
    return out;
  });
}

/** axe-core's violations on the page as it is now, as `id (impact): count`; axe is injected from node_modules. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: number; help: string; targets: string[] }>> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[]; html: string }>; help: string }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.map((n) => n.html.slice(0, 160)),
    }));
  });
}
