/**
 * Issue 12, step 1: every keyed figure of the sample report is a hidden,
 * unlocked run-level content control tagged `lbc:<key>`, and the custom XML
 * part records what each one was written from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { loadWorkbook } from "../../../src/cli/load-workbook";
import { SAMPLE_WORKBOOK } from "../../../src/cli/generate-command";
import { planReport, type ReadyReport } from "../../../src/core/report";
import { documentFigures, parseProvenance, PRODUCT_VERSION } from "../../../src/core/living";
import { readLivingDocx, renderReport } from "../../../src/render/docx";
import { Lang } from "../../../src/core/i18n";

let plan: ReadyReport;
let bytes: Uint8Array;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const loaded = await loadWorkbook(SAMPLE_WORKBOOK);
  if (!loaded.ok) throw new Error("sample unreadable");
  const planned = planReport(loaded.analysis, { lang: Lang.Vi, force: true });
  if (!planned.ok) throw new Error("sample blocked");
  plan = planned;
  bytes = await renderReport(plan, { name: "so-lieu.xlsx", location: "C:\\SKHCN\\so-lieu.xlsx" });
  files = unzipSync(bytes);
});

const part = (path: string): string => strFromU8(files[path] ?? new Uint8Array());

test("every figure the narrative writes from the summary carries a key", () => {
  const keys = documentFigures(plan.document).map((f) => f.key);
  expect(keys).toEqual(
    expect.arrayContaining(["lots.total", "tasks.managed", "tasks.accepted", "finance.revenue.actual", "pct:finance.revenue.actual/finance.revenue.plan"]),
  );
  expect(keys.some((k) => k.startsWith("lots.byGroup."))).toBe(true);
  expect(keys.some((k) => k.startsWith("activities.kinds."))).toBe(true);
  expect(new Set(keys).size).toBe(keys.length);
  // No figure run is left without a key.
  const unkeyed: unknown[] = [];
  const texts = new Map<unknown, Set<unknown>>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (o.kind === "figure" && o.key === undefined) unkeyed.push(o.text);
      if (o.kind === "figure" && o.key !== undefined) texts.set(o.key, (texts.get(o.key) ?? new Set()).add(o.text));
      Object.values(o).forEach(walk);
    }
  };
  walk(plan.document);
  expect(unkeyed).toEqual([]);
  // One key, one figure: wherever a key is written, it reads the same.
  expect([...texts].filter(([, t]) => t.size > 1)).toEqual([]);
});

test("each keyed figure is a hidden, unlocked content control titled with its cells", () => {
  const body = part("word/document.xml");
  const controls = body.match(/<w:sdt>[\s\S]*?<\/w:sdt>/g) ?? [];
  expect(controls.length).toBeGreaterThan(50);
  for (const c of controls) {
    expect(c).toMatch(/<w:tag w:val="lbc:[^"]+"\/>/);
    expect(c).toContain('<w15:appearance w15:val="hidden"/>');
    expect(c).not.toContain("<w:lock");
  }
  const lots = controls.find((c) => c.includes('w:val="lbc:lots.total"'));
  expect(lots).toMatch(/<w:alias w:val="&apos;Lô hàng&apos;![A-Z]+\d+:[A-Z]+\d+"/);
  // The marks used to splice never reach the package.
  expect(body).not.toMatch(/[\uE000-\uE003]/);
  expect(part("word/footnotes.xml")).not.toMatch(/[\uE000-\uE003]/);
});

test("the custom XML part records the workbook, the period, the version and each figure as written", () => {
  const provenance = parseProvenance(part("customXml/item1.xml"));
  expect(provenance?.workbook).toEqual({ name: "so-lieu.xlsx", location: "C:\\SKHCN\\so-lieu.xlsx" });
  expect(provenance?.period).toBe(plan.period);
  expect(provenance?.version).toBe(PRODUCT_VERSION);
  const { controls } = readLivingDocx(bytes);
  const written = documentFigures(plan.document);
  expect(provenance?.figures.map((f) => f.key)).toEqual(written.map((f) => f.key));
  for (const f of provenance?.figures ?? []) expect(controls.get(f.tag)?.[0]).toBe(f.text);
  expect(part("word/_rels/document.xml.rels")).toContain('Target="../customXml/item1.xml"');
  expect(part("[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
});

test("the product version is package.json's", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version: string };
  expect(PRODUCT_VERSION).toBe(pkg.version);
});

test("same input, same bytes", async () => {
  const again = await renderReport(plan, { name: "so-lieu.xlsx", location: "C:\\SKHCN\\so-lieu.xlsx" });
  expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
});
