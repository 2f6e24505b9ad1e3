import { afterChanges, figureChanges, figureTag, parseProvenance, provenanceXml, rewrites, type ProvenanceFigure } from "../../../src/core/living";

const written: ProvenanceFigure[] = [
  { tag: "lbc:lots.total", key: "lots.total", text: "840" },
  { tag: "lbc:tasks.managed", key: "tasks.managed", text: "29" },
  { tag: "lbc:lots.byGroup.Thép", key: "lots.byGroup.Thép", text: "46" },
  { tag: "lbc:tasks.accepted", key: "tasks.accepted", text: "05" },
];
const fresh = new Map([
  ["lots.total", "852"],
  ["tasks.managed", "30"],
  ["lots.byGroup.Thép", "47"],
  ["tasks.accepted", "05"],
]);

test("changed, unchanged, typed over and deleted figures are told apart", () => {
  const controls = new Map([
    ["lbc:lots.total", ["840", "840"]],
    ["lbc:lots.byGroup.Thép", ["50"]],
    ["lbc:tasks.accepted", ["05"]],
  ]);
  const changes = figureChanges(written, controls, fresh);
  expect(changes.map((c) => [c.key, c.kind, c.current, c.fresh])).toEqual([
    ["lots.total", "changed", "840", "852"],
    ["tasks.managed", "missing", undefined, "30"],
    ["lots.byGroup.Thép", "conflict", "50", "47"],
    ["tasks.accepted", "unchanged", "05", "05"],
  ]);
  expect([...rewrites(changes)]).toEqual([["lbc:lots.total", "852"]]);
  // Only what was rewritten changes in the record; the clerk's 50 stays a conflict against 46.
  expect(afterChanges({ figures: written }, changes).figures.map((f) => f.text)).toEqual(["852", "29", "46", "05"]);
});

test("one of two controls of a tag typed over is a conflict, not an update", () => {
  const changes = figureChanges(written.slice(0, 1), new Map([["lbc:lots.total", ["840", "841"]]]), fresh);
  expect(changes[0]?.kind).toBe("conflict");
  expect(changes[0]?.current).toBe("841");
});

test("a figure the new report no longer writes is left as it is", () => {
  const changes = figureChanges(written.slice(0, 1), new Map([["lbc:lots.total", ["840"]]]), new Map());
  expect(changes[0]?.kind).toBe("unchanged");
});

test("long keys get a short, stable tag", () => {
  const key = `pct:activities.kinds.Thanh tra chuyên ngành.batchList.Đợt 1.failed/activities.kinds.Thanh tra chuyên ngành.batchList.Đợt 1.quantity`;
  expect(figureTag(key)).toMatch(/^lbc:#[0-9a-f]{8}$/);
  expect(figureTag(key)).toBe(figureTag(key));
  expect(figureTag(`${key}x`)).not.toBe(figureTag(key));
  expect(figureTag("lots.total")).toBe("lbc:lots.total");
});

test("the provenance part reads back what it wrote, special characters included", () => {
  const p = {
    workbook: { name: 'Sổ <6 tháng> & "cuối".xlsx', location: "https://x.sharepoint.com/a?b=1&c=2" },
    period: "6 tháng đầu năm 2021",
    lang: "vi",
    version: "0.1.0",
    figures: [{ tag: "lbc:a&b", key: "a&b", text: "1.234 <x>" }],
  };
  expect(parseProvenance(provenanceXml(p))).toEqual(p);
  expect(parseProvenance("<other/>")).toBeUndefined();
});

test("a figure whose control holds a tracked change is a conflict, never rewritten", () => {
  const changes = figureChanges(written.slice(0, 1), new Map([["lbc:lots.total", ["840"]]]), fresh, new Set(["lbc:lots.total"]));
  expect(changes[0]).toMatchObject({ kind: "conflict", tracked: true, current: "840" });
  expect(rewrites(changes).size).toBe(0);
});

test("a figure with a comment or bookmark in its control is a conflict only when a new text would be written over it", () => {
  const annotated = new Set(["lbc:lots.total"]);
  const changes = figureChanges(written.slice(0, 1), new Map([["lbc:lots.total", ["840"]]]), fresh, new Set(), annotated);
  expect(changes[0]).toMatchObject({ kind: "conflict", annotated: true, current: "840", fresh: "852" });
  expect(rewrites(changes).size).toBe(0);
  const same = figureChanges(written.slice(0, 1), new Map([["lbc:lots.total", ["840"]]]), new Map([["lots.total", "840"]]), new Set(), annotated);
  expect(same[0]).toMatchObject({ kind: "unchanged" });
  expect(same[0]?.annotated).toBeUndefined();
});

test("the provenance part reads back its lists", () => {
  const p = {
    period: "6 tháng đầu năm 2021",
    version: "0.1.0",
    figures: [],
    lists: [{ tag: "lbc:list:finance.table", key: "finance.table", text: "Mã | Nội dung\n1 | Thu <sự nghiệp> & phí", items: 5, figures: ["a&b", "c"] }],
  };
  expect(parseProvenance(provenanceXml(p))).toEqual(p);
  expect(parseProvenance(provenanceXml({ ...p, lists: undefined }))?.lists).toBeUndefined();
});
