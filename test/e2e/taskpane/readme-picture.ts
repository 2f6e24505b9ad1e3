/**
 * `npm run picture:readme`: assets/readme/word-update.png, the Word pane
 * after "Cập nhật số liệu" on a report the clerk has edited (the workbook
 * fetched from OneDrive, three figures changed, one typed over, one
 * deleted), made in Chromium over the stand-ins of word-update-session.ts.
 * Not part of `npm test`; run it again when the pane's look changes.
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromiumAvailable, CHROMIUM } from "./browser";
import { ROOT, ensureWebBuild } from "./web-build";
import { clerkReport, openWordPane, startWordUpdateSession } from "./word-update-session";

const OUT = join(ROOT, "assets", "readme", "word-update.png");
/** The README keeps its pictures small. */
const MAX_BYTES = 150 * 1024;

async function main(): Promise<void> {
  if (!chromiumAvailable()) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  const problem = ensureWebBuild();
  if (problem) throw new Error(problem);
  const session = await startWordUpdateSession({ width: 320, height: 1400 });
  try {
    const { page, errors } = await openWordPane(session, clerkReport());
    const button = page.getByRole("button", { name: "Cập nhật số liệu" });
    await button.click();
    const result = page.getByRole("region", { name: "Kết quả cập nhật số liệu" });
    await result.waitFor({ timeout: 60_000 });
    // The picture shows the list as a clerk first sees it, without the keyboard focus ring on the heading.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const top = await button.boundingBox();
    const bottom = await result.boundingBox();
    if (!top || !bottom) throw new Error("the pane drew no result");
    const margin = 8;
    const y = Math.max(0, top.y - margin);
    await page.screenshot({ path: OUT, clip: { x: 0, y, width: 320, height: bottom.y + bottom.height + margin - y } });
    if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join("; ")}`);
  } finally {
    await session.close();
  }
  const size = statSync(OUT).size;
  if (size > MAX_BYTES) throw new Error(`${OUT} is ${size} bytes, over ${MAX_BYTES}`);
  console.log(`${OUT}: ${size} bytes`);
}

mkdirSync(join(ROOT, "assets", "readme"), { recursive: true });
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
