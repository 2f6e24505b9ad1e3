// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest (see test/hosts/excel/mock-workbook.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * The living report in Word through office-addin-mock: what is read, what is
 * written, in how many syncs, and that only our changed controls are touched.
 */
import { mockDocument, type Control } from "./mock-content-controls";
import { strFromU8, unzipSync } from "fflate";
import {
  afterChanges,
  documentFigures,
  documentLists,
  figureChanges,
  figureTag,
  parseProvenance,
  PROVENANCE_NAMESPACE,
  provenanceList,
  provenanceXml,
  rewrites,
  type Provenance,
} from "../../../src/core/living";
import { listControlOoxml, listControlsOf, listOfOoxml, listXmlText, renderReport } from "../../../src/render/docx";
import { acceptWordFigures, readWordFigures, readWordRecord, updateWordFigures, writeWordFigures, UPDATED_HIGHLIGHT } from "../../../src/hosts/word";
import type { ReadyReport } from "../../../src/core/report";
import { samplePlan } from "../../core/report/sample-plan";
import { writtenProvenance } from "../../core/living/provenance-fixture";

const PROVENANCE = writtenProvenance([
  ["lots.total", "840"],
  ["lots.byGroup.Thép", "46"],
  ["tasks.managed", "29"],
]);

const clerkDocument = (): Control[] => [
  { tag: "lbc:lots.total", text: "840" },
  { tag: "ghi-chu-cua-van-thu", text: "Ô của văn thư" },
  { tag: "lbc:lots.byGroup.Thép", text: "50" },
  { tag: "lbc:lots.total", text: "840" },
];

test("reads the provenance part and the tagged controls' texts, ours only, in two syncs", async () => {
  const word = mockDocument(clerkDocument(), provenanceXml(PROVENANCE));
  const figures = await readWordFigures(word.run);
  expect(figures.provenance).toEqual(PROVENANCE);
  expect([...figures.controls]).toEqual([
    ["lbc:lots.total", ["840", "840"]],
    ["lbc:lots.byGroup.Thép", ["50"]],
  ]);
  expect(word.state.syncs).toBe(2);
});

test("the record alone is read in two syncs, no control touched, for the pane to find the workbook", async () => {
  const word = mockDocument(clerkDocument(), provenanceXml(PROVENANCE));
  expect(await readWordRecord(word.run)).toEqual(PROVENANCE);
  expect(word.state.syncs).toBe(2);
  expect(word.state.ooxmlRead).toEqual([]);
  const other = mockDocument([{ tag: "khac", text: "1" }], undefined);
  expect(await readWordRecord(other.run)).toBeUndefined();
  expect(other.state.syncs).toBe(1);
});

test("a document the product did not write has no provenance, in one sync", async () => {
  const word = mockDocument([{ tag: "khac", text: "1" }], undefined);
  const figures = await readWordFigures(word.run);
  expect(figures.provenance).toBeUndefined();
  expect(word.state.syncs).toBe(1);
});

test("writes only the changed controls, highlighted, and the part, in two syncs whatever their number", async () => {
  const word = mockDocument(clerkDocument(), provenanceXml(PROVENANCE));
  const read = await readWordFigures(word.run);
  const fresh = new Map([
    ["lots.total", "852"],
    ["lots.byGroup.Thép", "47"],
    ["tasks.managed", "30"],
  ]);
  const changes = figureChanges(read.provenance?.figures ?? [], read.controls, fresh);
  // The typed-over steel figure is a conflict, the deleted task figure missing: neither is written.
  expect(changes.map((c) => c.kind)).toEqual(["changed", "conflict", "missing"]);
  word.state.syncs = 0;
  const written = await writeWordFigures(word.run, rewrites(changes), afterChanges(PROVENANCE, changes));
  expect(written).toBe(2);
  expect(word.state.syncs).toBe(2);
  expect(word.state.written).toEqual([
    { tag: "lbc:lots.total", text: "852", location: "Replace" },
    { tag: "lbc:lots.total", text: "852", location: "Replace" },
  ]);
  expect(word.controls).toEqual([
    { tag: "lbc:lots.total", text: "852", highlight: UPDATED_HIGHLIGHT },
    { tag: "ghi-chu-cua-van-thu", text: "Ô của văn thư" },
    { tag: "lbc:lots.byGroup.Thép", text: "50" },
    { tag: "lbc:lots.total", text: "852", highlight: UPDATED_HIGHLIGHT },
  ]);
  expect(parseProvenance(word.state.xml ?? "")?.figures.map((f) => f.text)).toEqual(["852", "46", "29"]);
});

test("Cập nhật số liệu: the sample's report refreshes the open document through the same core decision as the CLI", async () => {
  const plan = await samplePlan();
  // A document written when the workbook had 800 lots and 40 steel lots; the clerk since typed 50 over the steel lots.
  const word = mockDocument(
    [
      { tag: "lbc:lots.total", text: "800" },
      { tag: "lbc:lots.byGroup.Thép", text: "50" },
    ],
    provenanceXml({
      ...PROVENANCE,
      figures: [
        { tag: "lbc:lots.total", key: "lots.total", text: "800" },
        { tag: "lbc:lots.byGroup.Thép", key: "lots.byGroup.Thép", text: "40" },
      ],
    }),
  );
  const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period, workbook: { name: "so-lieu.xlsx" } });
  expect(update?.changes.map((c) => [c.key, c.kind, c.current, c.fresh])).toEqual([
    ["lots.total", "changed", "800", "840"],
    ["lots.byGroup.Thép", "conflict", "50", "46"],
  ]);
  expect(update?.names.get("lots.total")?.section).toBe("II.6.1");
  expect(word.controls).toEqual([
    { tag: "lbc:lots.total", text: "840", highlight: UPDATED_HIGHLIGHT },
    { tag: "lbc:lots.byGroup.Thép", text: "50" },
  ]);
  expect(parseProvenance(word.state.xml ?? "")?.workbook).toEqual({ name: "so-lieu.xlsx" });
  // Read (two syncs), then write (two).
  expect(word.state.syncs).toBe(4);
});

test("Cập nhật số liệu on a document the product did not write changes nothing", async () => {
  const word = mockDocument([{ tag: "khac", text: "1" }], undefined);
  const plan = await samplePlan();
  expect(await updateWordFigures(word.run, { document: plan.document, period: plan.period })).toBeUndefined();
  expect(word.state.written).toEqual([]);
});

describe("computed lists in the open document", () => {
  const TABLE = "lbc:list:finance.table";
  const TOTALS = "lbc:list:finance.totals";
  let plan: ReadyReport;
  let docx: Uint8Array;
  /** The list controls of the sample's body, each as Word's getOoxml gives it: a package holding the control. */
  let packages: Map<string, { content: string; sdt: string }>;

  beforeAll(async () => {
    plan = await samplePlan();
    docx = await renderReport(plan);
    const body = strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
    packages = new Map(listControlsOf(body).map((c) => [c.tag, { content: c.content, sdt: body.slice(c.start, c.end) }]));
  });

  const asPackage = (sdt: string): string =>
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document><w:body>${sdt}<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

  /**
   * The report as written when the finance sheet had one line fewer (its last spending row), the clerk since
   * adding a tracked change inside the totals paragraph: every figure control as written, the two finance lists.
   */
  function olderDocument(): { controls: Control[]; provenance: Provenance } {
    const table = packages.get(TABLE);
    const totals = packages.get(TOTALS);
    if (table === undefined || totals === undefined) throw new Error("no finance lists");
    const rows = table.content.match(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/g) ?? [];
    const dropped = rows[rows.length - 2] ?? "";
    const olderTable = table.sdt.replace(dropped, "");
    const trackedTotals = totals.sdt.replace(
      /<\/w:sdtContent><\/w:sdt>$/,
      `<w:ins w:id="1" w:author="Lãnh đạo"><w:r><w:t> Đã duyệt.</w:t></w:r></w:ins></w:sdtContent></w:sdt>`,
    );
    expect(trackedTotals).toContain("Đã duyệt.");
    const figures = documentFigures(plan.document);
    const lists = documentLists(plan.document).filter((l) => l.tag === TABLE || l.tag === TOTALS);
    const provenance: Provenance = {
      period: plan.period,
      lang: "vi",
      version: "0.1.0",
      figures: figures.map((f) => ({ tag: figureTag(f.key), key: f.key, text: f.text })),
      lists: lists.map((l) => (l.tag === TABLE ? { ...provenanceList(l), text: listXmlText(olderTable), items: l.items - 1 } : provenanceList(l))),
    };
    const controls: Control[] = [
      ...figures.map((f) => ({ tag: figureTag(f.key), text: f.text })),
      { tag: TOTALS, text: "", ooxml: asPackage(trackedTotals) },
      { tag: TABLE, text: "", ooxml: asPackage(olderTable) },
    ];
    return { controls, provenance };
  }

  test("reads each list control's text from its OOXML in the same second sync as the part, and only ours", async () => {
    const { controls, provenance } = olderDocument();
    const word = mockDocument([...controls, { tag: "ghi-chu-cua-van-thu", text: "x", ooxml: "<w:p/>" }], provenanceXml(provenance));
    const read = await readWordFigures(word.run);
    expect(word.state.syncs).toBe(2);
    expect(word.state.ooxmlRead).toEqual([TOTALS, TABLE]);
    expect(read.lists.get(TABLE)).toEqual([provenance.lists?.find((l) => l.tag === TABLE)?.text]);
    expect(read.tracked).toEqual(new Set([TOTALS]));
    expect(read.controls.has(TABLE)).toBe(false);
  });

  test("a changed list is replaced whole with insertOoxml and the fresh table, a tracked one is kept, in two syncs to write", async () => {
    const { controls, provenance } = olderDocument();
    const word = mockDocument(controls, provenanceXml(provenance));
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period, docx });
    expect(update?.lists.map((l) => [l.tag, l.kind, l.tracked === true])).toEqual([
      [TOTALS, "conflict", true],
      [TABLE, "changed", false],
    ]);
    expect(word.state.syncs).toBe(4);
    expect(word.state.ooxmlWritten.map((w) => [w.tag, w.location])).toEqual([[TABLE, "Replace"]]);
    const ooxml = word.state.ooxmlWritten[0]?.ooxml ?? "";
    expect(ooxml).toMatch(/^<pkg:package xmlns:pkg="http:\/\/schemas\.microsoft\.com\/office\/2006\/xmlPackage">/);
    // The fresh table as generate writes it, with the report's styles.
    expect(listOfOoxml(ooxml, TABLE).text).toBe(listXmlText(packages.get(TABLE)?.content ?? ""));
    expect(ooxml).toContain(`<w:body>${packages.get(TABLE)?.content}</w:body>`);
    expect(ooxml).toContain('pkg:name="/word/styles.xml"');
    expect(word.controls.find((c) => c.tag === TABLE)?.highlight).toBe(UPDATED_HIGHLIGHT);
    expect(word.controls.find((c) => c.tag === TOTALS)?.ooxml).toContain("Đã duyệt.");
    // No figure changed; the record now holds the table as written.
    expect(word.state.written).toEqual([]);
    const record = parseProvenance(word.state.xml ?? "");
    expect(record?.lists?.find((l) => l.tag === TABLE)?.text).toBe(listXmlText(packages.get(TABLE)?.content ?? ""));
  });

  test("a note's list that Word does not show is left alone, and the figures inside it are not taken for deleted", async () => {
    const figures = documentFigures(plan.document);
    const notes = documentLists(plan.document).filter((l) => l.kind === "note");
    const groups = notes.find((l) => l.key === "lots.byGroup");
    if (groups === undefined) throw new Error("no goods-group note");
    const inNote = new Set(groups.figures);
    const provenance: Provenance = {
      period: plan.period,
      lang: "vi",
      version: "0.1.0",
      figures: figures.map((f) => ({ tag: figureTag(f.key), key: f.key, text: f.text })),
      lists: [provenanceList(groups)],
    };
    // Word lists the body's figure controls only: the note's list and its figures are not among them.
    const shown = figures.filter((f) => !inNote.has(f.key)).map((f) => ({ tag: figureTag(f.key), text: f.text }));
    const word = mockDocument(shown, provenanceXml(provenance));
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period, docx });
    expect(inNote.size).toBeGreaterThan(0);
    expect(update?.changes.filter((c) => inNote.has(c.key))).toEqual([]);
    expect(update?.changes.filter((c) => c.kind === "missing")).toEqual([]);
    // Nothing changed, so nothing was written; the record still holds the note's figures as written.
    expect(word.state.written).toEqual([]);
    expect(update?.provenance.figures.filter((f) => inNote.has(f.key)).map((f) => f.text)).toEqual(figures.filter((f) => inNote.has(f.key)).map((f) => f.text));
  });

  test("Chấp nhận thay đổi clears a replaced list's highlight by its tag, as a figure's, and leaves the tracked one alone", async () => {
    const { controls, provenance } = olderDocument();
    const word = mockDocument(controls, provenanceXml(provenance));
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period, docx });
    expect(update?.listRewrites).toEqual(new Set([TABLE]));
    expect(word.controls.find((c) => c.tag === TABLE)?.highlight).toBe(UPDATED_HIGHLIGHT);
    const before = word.state.syncs;
    expect(await acceptWordFigures(word.run, [...(update?.texts.keys() ?? []), ...(update?.listRewrites ?? [])])).toBe(1);
    expect(word.state.syncs - before).toBe(2);
    expect(word.controls.find((c) => c.tag === TABLE)?.highlight).toBeNull();
    expect(word.controls.find((c) => c.tag === TOTALS)?.highlight).toBeUndefined();
    expect(word.controls.find((c) => c.tag === TOTALS)?.ooxml).toContain("Đã duyệt.");
  });

  test("the pure OOXML builder: one document part with the content as body, the namespaces and styles given", () => {
    const ooxml = listControlOoxml("<w:p><w:r><w:t>A</w:t></w:r></w:p>", { root: '<w:document xmlns:w="urn:w">', styles: "<w:styles/>" });
    expect(ooxml).toContain(
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>A</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part>',
    );
    expect(ooxml).toContain('Target="styles.xml"');
    expect(listControlOoxml("<w:p/>", { root: "<w:document>" })).not.toContain("styles");
  });
});

describe("a figure a reviewer changed with Track Changes, in Word with WordApi 1.6", () => {
  const office = globalThis as { Office?: unknown };
  beforeEach(() => {
    office.Office = { context: { requirements: { isSetSupported: (set: string, version: string) => set === "WordApi" && Number(version) <= 1.6 } } };
  });
  afterEach(() => delete office.Office);

  test("is read in the same second sync and kept as a conflict, never written over", async () => {
    const plan = await samplePlan();
    const word = mockDocument(
      [
        { tag: "lbc:lots.total", text: "800", revisions: 2 },
        { tag: "lbc:tasks.managed", text: "20" },
        { tag: "ghi-chu-cua-van-thu", text: "x", revisions: 1 },
      ],
      provenanceXml({
        ...PROVENANCE,
        figures: [
          { tag: "lbc:lots.total", key: "lots.total", text: "800" },
          { tag: "lbc:tasks.managed", key: "tasks.managed", text: "20" },
        ],
      }),
    );
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period });
    expect(word.state.revisionsRead).toEqual(["lbc:lots.total", "lbc:tasks.managed"]);
    expect(update?.changes.map((c) => [c.key, c.kind, c.tracked === true])).toEqual([
      ["lots.total", "conflict", true],
      ["tasks.managed", "changed", false],
    ]);
    expect(word.state.written).toEqual([{ tag: "lbc:tasks.managed", text: "29", location: "Replace" }]);
    expect(word.state.syncs).toBe(4);
  });

  test("without WordApi 1.6 nothing is asked", async () => {
    office.Office = { context: { requirements: { isSetSupported: () => false } } };
    const word = mockDocument([{ tag: "lbc:lots.total", text: "840", revisions: 1 }], provenanceXml(PROVENANCE));
    const read = await readWordFigures(word.run);
    expect(word.state.revisionsRead).toEqual([]);
    expect(read.tracked.size).toBe(0);
  });
});

describe("a figure with a reviewer's comment or bookmark on it, in Word with WordApi 1.4", () => {
  const office = globalThis as { Office?: unknown };
  const upTo = (top: number) => ({
    context: { requirements: { isSetSupported: (set: string, version: string) => set === "WordApi" && Number(version) <= top } },
  });
  afterEach(() => delete office.Office);

  test("is read in the same second sync and kept as a conflict, never written over; Word's own _GoBack mark does not count", async () => {
    office.Office = upTo(1.4);
    const plan = await samplePlan();
    const word = mockDocument(
      [
        { tag: "lbc:lots.total", text: "800", comments: 1 },
        { tag: "lbc:tasks.managed", text: "20", bookmarks: ["_GoBack"] },
        { tag: "lbc:lots.byGroup.Thép", text: "40", bookmarks: ["_Ref81234567"] },
        { tag: "ghi-chu-cua-van-thu", text: "x", comments: 3 },
      ],
      provenanceXml(
        writtenProvenance([
          ["lots.total", "800"],
          ["tasks.managed", "20"],
          ["lots.byGroup.Thép", "40"],
        ]),
      ),
    );
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period });
    expect(word.state.anchorsRead).toEqual(["lbc:lots.total", "lbc:tasks.managed", "lbc:lots.byGroup.Thép"]);
    expect(word.state.revisionsRead).toEqual([]);
    expect(update?.changes.map((c) => [c.key, c.kind, c.annotated === true])).toEqual([
      ["lots.total", "conflict", true],
      ["tasks.managed", "changed", false],
      ["lots.byGroup.Thép", "conflict", true],
    ]);
    expect(word.state.written).toEqual([{ tag: "lbc:tasks.managed", text: "29", location: "Replace" }]);
    expect(word.state.syncs).toBe(4);
  });

  test("without WordApi 1.4 nothing is asked, and the figure is read by its text", async () => {
    office.Office = upTo(1.3);
    const word = mockDocument([{ tag: "lbc:lots.total", text: "840", comments: 1 }], provenanceXml(PROVENANCE));
    const read = await readWordFigures(word.run);
    expect(word.state.anchorsRead).toEqual([]);
    expect(read.annotated.size).toBe(0);
    expect(read.controls.get("lbc:lots.total")).toEqual(["840"]);
  });
});

test("the stand-in holds the host to Office.js's rules: nothing is read before it is loaded and synced", async () => {
  const word = mockDocument(clerkDocument(), provenanceXml(PROVENANCE));
  await expect(word.run(async (context) => context.document.contentControls.items.length)).rejects.toThrow();
  await expect(
    word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE);
      parts.load("items");
      await context.sync();
      return parts.items[0]!.getXml().value;
    }),
  ).rejects.toThrow(/before context\.sync/);
  await expect(
    word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items");
      await context.sync();
      const changes = controls.items[0]!.getTrackedChanges();
      await context.sync();
      return changes.items.length;
    }),
  ).rejects.toThrow(/before load and sync/);
});
