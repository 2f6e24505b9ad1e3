/**
 * dist-web/ for the browser test: built once with webpack when it is missing
 * or older than the sources, so `npm test` on a fresh clone exercises the
 * real pages. Synchronous, because jest decides what to skip while it loads.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "../../..");
export const DIST_WEB = join(ROOT, "dist-web");
const PAGE = join(DIST_WEB, "taskpane.html");
const SOURCES = ["src", "assets", "webpack.config.js"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newestChange(join(path, name))), s.mtimeMs);
}

/** Builds dist-web/ if needed; the reason it is still unusable, or undefined when the pages are there. */
export function ensureWebBuild(): string | undefined {
  const built = existsSync(PAGE) ? statSync(PAGE).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((p) => newestChange(join(ROOT, p))));
  if (built < sources) {
    console.log(
      built === 0
        ? "Building dist-web/ (npx webpack --mode production) for the task pane browser test…"
        : "dist-web/ is older than the sources: rebuilding it…",
    );
    try {
      execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
      return `webpack failed: ${e.message}\n${String(e.stdout ?? "").slice(-3000)}${String(e.stderr ?? "").slice(-2000)}`;
    }
  }
  return existsSync(PAGE) ? undefined : "webpack wrote no dist-web/taskpane.html";
}
