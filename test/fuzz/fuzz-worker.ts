/**
 * Runs fuzz cases sent by run-fuzz.ts, one at a time, through both readers;
 * the parent times each one and kills this process if it hangs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fuzzCase } from "./mutations";
import { runBrowserReader, runNodeReader } from "./run-case";

const file = join(mkdtempSync(join(tmpdir(), "fuzz-")), "case.xlsx");

process.on("message", async (msg: { seed: number; index: number }) => {
  const c = fuzzCase(msg.seed, msg.index);
  const node = await runNodeReader(c.bytes, file);
  const browser = await runBrowserReader(c.bytes);
  process.send!({
    index: c.index,
    what: `${c.sample}: ${c.what}`,
    node: { exit: node.exit, ms: node.ms, detail: node.exit === "crash" ? node.detail : undefined },
    browser: { exit: browser.exit, ms: browser.ms, detail: browser.exit === "crash" ? browser.detail : undefined },
    heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
    rssMb: process.resourceUsage().maxRSS / 1024,
  });
});
