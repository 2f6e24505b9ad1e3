// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest (see test/hosts/excel/mock-workbook.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * The living report in Word through office-addin-mock: what is read, what is
 * written, in how many syncs, and that only our changed controls are touched.
 */
import { mockDocument, type Control } from "./mock-content-controls";
import { figureChanges, parseProvenance, provenanceXml, rewrites, afterChanges, type Provenance } from "../../../src/core/living";
import { readWordFigures, updateWordFigures, writeWordFigures, UPDATED_HIGHLIGHT } from "../../../src/hosts/word";
import { loadWorkbook } from "../../../src/cli/load-workbook";
import { SAMPLE_WORKBOOK } from "../../../src/cli/generate-command";
import { planReport } from "../../../src/core/report";
import { Lang } from "../../../src/core/i18n";

const PROVENANCE: Provenance = {
  period: "6 tháng đầu năm 2021",
  lang: "vi",
  version: "0.1.0",
  figures: [
    { tag: "lbc:lots.total", key: "lots.total", text: "840" },
    { tag: "lbc:lots.byGroup.Thép", key: "lots.byGroup.Thép", text: "46" },
    { tag: "lbc:tasks.managed", key: "tasks.managed", text: "29" },
  ],
};

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
  const loaded = await loadWorkbook(SAMPLE_WORKBOOK);
  if (!loaded.ok) throw new Error("sample unreadable");
  const plan = planReport(loaded.analysis, { lang: Lang.Vi, force: true });
  if (!plan.ok) throw new Error("sample blocked");
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
  const loaded = await loadWorkbook(SAMPLE_WORKBOOK);
  if (!loaded.ok) throw new Error("sample unreadable");
  const plan = planReport(loaded.analysis, { lang: Lang.Vi, force: true });
  if (!plan.ok) throw new Error("sample blocked");
  expect(await updateWordFigures(word.run, { document: plan.document, period: plan.period })).toBeUndefined();
  expect(word.state.written).toEqual([]);
});
