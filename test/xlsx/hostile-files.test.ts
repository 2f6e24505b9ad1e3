/**
 * The crafted files that once hung the reader, ran it out of memory or lost
 * rows silently: each ends within its time bound, on the Node reader and on
 * the browser reader, with the answer the command line and the pane give.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCases, type HostileCase } from "../fuzz/hostile-workbooks";
import { runBrowserReader, runNodeReader, type CaseOutcome } from "../fuzz/run-case";

/** Generous for a busy 2-core machine; the old reader took minutes or never ended on most of these. */
const TIME_BOUND_MS = 15_000;
/** The process may not grow past this while reading any case (the bombs inflate to gigabytes if unbounded). */
const RSS_BOUND_MB = 1_500;

const dir = mkdtempSync(join(tmpdir(), "hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(c: HostileCase, out: CaseOutcome): void {
  expect(out.exit).not.toBe("crash");
  expect(out.ms).toBeLessThan(TIME_BOUND_MS);
  expect(process.memoryUsage().rss / 1024 / 1024).toBeLessThan(RSS_BOUND_MB);
  const { exit, problem, limit, codes } = c.expect;
  if (exit === "0or1") expect([0, 1]).toContain(out.exit);
  else if (exit !== "any") expect(out.exit).toBe(exit);
  if (problem) expect(out.codes.join()).toMatch(problem === "corrupt" ? /corrupt/ : /too-large/);
  if (limit) expect(out.limit).toBe(limit);
  if (codes) {
    for (const code of codes) expect(out.where).toContain(code);
    // The lowercase row 2 is read like any other: nothing names it.
    expect(out.where.filter((w) => w.endsWith("!A2") || /!\w2$/.test(w))).toEqual([]);
  }
}

describe.each(["node", "browser"] as const)("hostile files on the %s reader", (reader) => {
  const cases = hostileCases();
  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const out = reader === "node" ? await runNodeReader(c.bytes, join(dir, "case.xlsx"), c.limits) : await runBrowserReader(c.bytes, c.limits);
    check(c, out);
  });
});
