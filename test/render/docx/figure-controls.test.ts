/**
 * Issue 12, step 1: every keyed figure of the sample report is a hidden,
 * unlocked run-level content control tagged `lbc:<key>`, and the custom XML
 * part records what each one was written from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { loadWorkbook } from "../../../src/cli/load-inputs";
import { SAMPLE_WORKBOOK } from "../../../src/cli/generate-command";
import { planReport, type ReadyReport } from "../../../src/core/report";
import { documentFigures, documentLists, parseProvenance, PRODUCT_VERSION } from "../../../src/core/living";
import { listControlsOf, readLivingDocx, renderReport } from "../../../src/render/docx";
import { Lang } from "../../../src/core/i18n";
import { samplePlan } from "../../core/report/sample-plan";
import { summaryToJson } from "../../../src/core/summarise";

let plan: ReadyReport;
let bytes: Uint8Array;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  plan = await samplePlan();
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
  // The summary the figures were written from, whole (the sample's is small), as `--summary` writes it.
  expect(provenance?.summary?.omitted).toEqual([]);
  expect(JSON.parse(provenance?.summary?.json ?? "null")).toEqual(summaryToJson(plan.summary));
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

test("the period's name, the next period and the date line's year are figures titled with their Thông tin cells", () => {
  const body = part("word/document.xml");
  const tagged = (tag: string): string[] =>
    [...body.matchAll(new RegExp(`<w:sdt><w:sdtPr><w:alias w:val="([^"]*)"/><w:tag w:val="${tag}"/>(?:(?!</w:sdt>).)*?<w:t[^>]*>([^<]*)</w:t>`, "g"))].map(
      (m) => `${m[1]} | ${m[2]}`,
    );
  // The trích yếu drops the year the two periods share; the closing too.
  expect(tagged("lbc:period\\.nameWithoutYear")).toEqual([
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 tháng đầu năm",
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 tháng đầu năm",
  ]);
  expect(tagged("lbc:period\\.next")).toHaveLength(2);
  expect(tagged("lbc:period\\.name\\.upper")).toEqual([
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 THÁNG ĐẦU NĂM 2021",
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 THÁNG ĐẦU NĂM 2021",
  ]);
  expect(tagged("lbc:period\\.next\\.upper")).toEqual(["&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 THÁNG CUỐI NĂM 2021"]);
  // In the finance paragraph, once for revenue and once for spending.
  expect(tagged("lbc:period\\.name")).toEqual([
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 tháng đầu năm 2021",
    "&apos;Thông tin&apos;!B8, &apos;Thông tin&apos;!B9 | 6 tháng đầu năm 2021",
  ]);
  // No issue date in the sample: the date line's year is the period's ("Lạng Sơn, ngày … năm 2021"), and the appendix's "Kèm theo" line's.
  expect(tagged("lbc:period\\.year")).toEqual(["&apos;Thông tin&apos;!B9 | 2021", "&apos;Thông tin&apos;!B9 | 2021"]);
  const keys = documentFigures(plan.document).map((f) => f.key);
  expect(keys.slice(0, 3)).toEqual(["period.year", "period.nameWithoutYear", "period.next"]);
});

test("every computed list is a hidden, unlocked control (block-level for the table) whose text is recorded as written", () => {
  const lists = documentLists(plan.document);
  expect(lists.map((l) => l.key)).toEqual(
    expect.arrayContaining(["lots.byGroup", "finance.totals", "finance.table", "calibrations.rows", "tasks.acceptedTasks"]),
  );
  const provenance = parseProvenance(part("customXml/item1.xml"));
  const { lists: held } = readLivingDocx(bytes);
  expect(provenance?.lists?.map((l) => l.key)).toEqual(lists.map((l) => l.key));
  for (const l of provenance?.lists ?? []) expect([l.key, held.get(l.tag)]).toEqual([l.key, [l.text]]);
  const table = provenance?.lists?.find((l) => l.key === "finance.table");
  expect(table?.items).toBe(plan.document.appendices[0]?.blocks.find((b) => b.kind === "table")?.bodyRows.length);
  expect(table?.text.split("\n")[0]).toBe("Mã | Nội dung | Dự toán năm | Thực hiện kỳ báo cáo | Ước thực hiện cả năm | % so với dự toán | Ghi chú");
  const groups = provenance?.lists?.find((l) => l.key === "lots.byGroup");
  expect(groups).toMatchObject({ items: 3, text: "Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 493 lô; Thép: 46 lô." });
  expect(groups?.figures).toEqual(["lots.byGroup.Đồ chơi trẻ em", "lots.byGroup.Đồ điện, điện tử", "lots.byGroup.Thép"]);
  for (const path of ["word/document.xml", "word/footnotes.xml"]) {
    for (const c of listControlsOf(part(path))) {
      const pr = part(path).slice(c.start, c.contentStart);
      expect(pr).toContain('<w15:appearance w15:val="hidden"/>');
      expect(pr).not.toContain("<w:lock");
      expect(pr).toMatch(/<w:alias w:val="[^"]+"\/>/);
      // A list is rewritten whole: it may not hold a footnote reference, whose number belongs to the clerk's document.
      expect(c.content).not.toContain("<w:footnoteReference");
      // A table's control is block-level; a paragraph's or a note's is around its runs, which LibreOffice prints whole.
      expect(c.content).toMatch(c.tag === "lbc:list:finance.table" ? /^<w:tbl>/ : /^<w:(r|sdt)>/);
    }
  }
  // The finance table's control holds the table alone, its paragraph after it outside.
  const body = part("word/document.xml");
  const finance = listControlsOf(body).find((c) => c.tag === "lbc:list:finance.table");
  expect(finance?.content.startsWith("<w:tbl>") && finance.content.endsWith("</w:tbl>")).toBe(true);
  expect(body).not.toMatch(/[\uE004-\uE006]/);
  expect(part("word/footnotes.xml")).not.toMatch(/[\uE004-\uE006]/);
});

test("an issue date typed in Thông tin makes the whole date a control, in the date line and the appendix's Kèm theo line", async () => {
  const loaded = await loadWorkbook(SAMPLE_WORKBOOK);
  if (!loaded.ok) throw new Error("sample unreadable");
  const { settings } = loaded.analysis.data;
  // 05/07/2021, as if typed in Thông tin!B7.
  const dated = {
    ...loaded.analysis,
    data: {
      ...loaded.analysis.data,
      settings: { ...settings, values: { ...settings.values, issueDate: 18_813 }, cells: { ...settings.cells, issueDate: "B7" } },
    },
  };
  const planned = planReport(dated, { lang: Lang.Vi, force: true });
  if (!planned.ok) throw new Error("blocked");
  const body = strFromU8(unzipSync(await renderReport(planned))["word/document.xml"]!);
  const dates = [...body.matchAll(/<w:alias w:val="([^"]*)"\/><w:tag w:val="lbc:issue\.date"\/>(?:(?!<\/w:sdt>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
    (m) => `${m[1]} | ${m[2]}`,
  );
  expect(dates).toEqual(["&apos;Thông tin&apos;!B7 | ngày 05 tháng 7 năm 2021", "&apos;Thông tin&apos;!B7 | ngày 05 tháng 7 năm 2021"]);
  // The year is then the issue date's, not a figure of its own.
  expect(body).not.toContain("lbc:period.year");
  expect(documentFigures(planned.document).find((f) => f.key === "issue.date")?.text).toBe("ngày 05 tháng 7 năm 2021");
});
