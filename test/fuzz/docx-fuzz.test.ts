/**
 * A fixed-seed fuzz run of `update` on damaged and hostile reports, inside
 * `npm test`: a report written from one workbook, mutated (its body, notes,
 * record or zip), is read and updated from another workbook as the CLI does.
 * Each case ends refused (the CLI's one line: too large, or not a report of
 * ours) or updated; nothing else is thrown, no case takes long, and an updated
 * report reads back with every rewritten figure holding its new text and the
 * record written.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyseWorkbook } from "../../src/core/analyse";
import { parseProvenance, planFigureUpdate, provenanceXml, type FigureUpdate } from "../../src/core/living";
import { planReport, type ReadyReport } from "../../src/core/report";
import { Lang } from "../../src/core/i18n";
import { openXlsxSource } from "../../src/hosts/node";
import { DocxTooLargeError, listContents, readLivingDocx, recordXml, renderReport, rewriteLivingDocx } from "../../src/render/docx";
import { samplePlan } from "../core/report/sample-plan";
import { docxFuzzCase } from "./docx-mutations";

const SEED = 20261201;
const CASES = 150;
const CASE_BOUND_MS = 15_000;

let written: Uint8Array;
let fresh: ReadyReport;
let freshLists: ReadonlyMap<string, string>;

beforeAll(async () => {
  // Written from the workbook with errors, updated from the sample: most figures and lists change.
  const analysis = await analyseWorkbook(await openXlsxSource(join(__dirname, "..", "..", "examples", "bao-cao-co-loi.xlsx")));
  const plan = planReport(analysis, { lang: Lang.Vi, force: true });
  if (!plan.ok) throw new Error("the workbook with errors should still make a report with --force");
  written = await renderReport(plan, { name: "so-lieu.xlsx" });
  fresh = await samplePlan();
  freshLists = listContents(await renderReport(fresh));
}, 60_000);

type Outcome = { kind: "refused"; why: string } | { kind: "updated"; update: FigureUpdate; output: Uint8Array };

/** What `lap-bao-cao update` does with the report's bytes, short of the files. */
function update(bytes: Uint8Array): Outcome {
  let living;
  try {
    living = readLivingDocx(bytes);
  } catch (error) {
    return { kind: "refused", why: error instanceof DocxTooLargeError ? "too large" : "unreadable" };
  }
  if (living.provenance === undefined) return { kind: "refused", why: "not a report of ours" };
  const plan = planFigureUpdate(
    { provenance: living.provenance, controls: living.controls, lists: living.lists, tracked: living.tracked, annotated: living.annotated },
    { document: fresh.document, period: fresh.period },
  );
  const lists = new Map([...freshLists].filter(([tag]) => plan.listRewrites.has(tag)));
  return { kind: "updated", update: plan, output: rewriteLivingDocx(bytes, plan.texts, plan.provenance, lists) };
}

test("the unharmed report is updated: figures and lists changed, the record rewritten", () => {
  const out = update(written);
  if (out.kind !== "updated") throw new Error(`refused: ${out.why}`);
  expect(out.update.texts.size).toBeGreaterThan(10);
  expect(out.update.listRewrites.size).toBeGreaterThan(0);
  const lots = readLivingDocx(out.output).controls.get("lbc:lots.total") ?? [];
  expect(lots.length).toBeGreaterThan(0);
  expect(lots.every((text) => text === "840")).toBe(true);
});

test(`${CASES} damaged reports (seed ${SEED}) are refused in one line or updated soundly, never thrown on`, () => {
  const failures: string[] = [];
  const outcomes = { refused: 0, updated: 0 };
  for (let i = 0; i < CASES; i++) {
    const c = docxFuzzCase(written, SEED, i);
    const t0 = performance.now();
    let out: Outcome;
    try {
      out = update(c.bytes);
    } catch (error) {
      failures.push(`#${i} (${c.what}) threw: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const ms = performance.now() - t0;
    if (ms > CASE_BOUND_MS) failures.push(`#${i} (${c.what}) took ${Math.round(ms)} ms`);
    outcomes[out.kind]++;
    if (out.kind === "refused") continue;
    // The output reads back: each rewritten figure holds its new text everywhere, and the record is the one planned.
    let again;
    try {
      again = readLivingDocx(out.output);
    } catch (error) {
      failures.push(`#${i} (${c.what}) output unreadable: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const [tag, text] of out.update.texts) {
      const held = again.controls.get(tag) ?? [];
      if (held.some((t) => t !== text)) failures.push(`#${i} (${c.what}) ${tag} holds ${JSON.stringify(held.slice(0, 3))}, not ${text}`);
    }
    if (recordXml(out.output) !== provenanceXml(out.update.provenance)) failures.push(`#${i} (${c.what}) record not the one planned`);
    if (parseProvenance(recordXml(out.output) ?? "") === undefined) failures.push(`#${i} (${c.what}) record unreadable after update`);
  }
  expect(failures).toEqual([]);
  // The mutations reach both ends: reports refused and reports updated.
  expect(outcomes.refused).toBeGreaterThan(CASES / 20);
  expect(outcomes.updated).toBeGreaterThan(CASES / 2);
}, 600_000);

test("a case number always gives the same bytes", () => {
  expect(Buffer.from(docxFuzzCase(written, SEED, 7).bytes).equals(Buffer.from(docxFuzzCase(written, SEED, 7).bytes))).toBe(true);
  expect(Buffer.from(docxFuzzCase(written, SEED, 7).bytes).equals(Buffer.from(docxFuzzCase(written, SEED, 8).bytes))).toBe(false);
});
