/**
 * A short fixed-seed fuzz run inside `npm test`: mutated sample workbooks
 * through the Node and the browser readers, each case classified (exit 0, 1
 * or 2), never a crash, within a time bound, and both readers agreeing.
 * The long run is `npm run fuzz -- --cases 10000 --seed 1`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fuzzCase } from "./mutations";
import { runBrowserReader, runNodeReader } from "./run-case";

const SEED = 20261130;
const CASES = 400;
const CASE_BOUND_MS = 10_000;

const dir = mkdtempSync(join(tmpdir(), "fuzz-short-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`${CASES} fuzz cases (seed ${SEED}) end classified on both readers`, async () => {
  const classes = { 0: 0, 1: 0, 2: 0 };
  const failures: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const c = fuzzCase(SEED, i);
    const node = await runNodeReader(c.bytes, join(dir, "case.xlsx"));
    const browser = await runBrowserReader(c.bytes);
    for (const [side, out] of [
      ["node", node],
      ["browser", browser],
    ] as const) {
      if (out.exit === "crash") failures.push(`#${i} ${side} crashed (${c.what}): ${out.detail}`);
      else if (out.ms > CASE_BOUND_MS) failures.push(`#${i} ${side} took ${Math.round(out.ms)} ms (${c.what})`);
    }
    if (node.exit !== browser.exit) failures.push(`#${i} node ${node.exit} / browser ${browser.exit} (${c.what})`);
    if (node.exit !== "crash") classes[node.exit]++;
  }
  expect(failures).toEqual([]);
  // The mutations reach every outcome: untouched-looking, named errors and unreadable files.
  expect(classes[0]).toBeGreaterThan(0);
  expect(classes[1]).toBeGreaterThan(CASES / 10);
  expect(classes[2]).toBeGreaterThan(CASES / 10);
});

test("a case number always gives the same bytes", () => {
  expect(Buffer.from(fuzzCase(SEED, 7).bytes).equals(Buffer.from(fuzzCase(SEED, 7).bytes))).toBe(true);
  expect(Buffer.from(fuzzCase(SEED, 7).bytes).equals(Buffer.from(fuzzCase(SEED, 8).bytes))).toBe(false);
});
