// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest (see test/hosts/excel/mock-workbook.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * The Word pane's calls on a living report, through office-addin-mock with
 * Office.js's load and sync rules enforced: the calls made, one sync per
 * batch whatever the number of controls, and the clerk's paragraphs untouched.
 */
import { parseProvenance, provenanceXml } from "../../../src/core/living";
import { takeFreshFigure } from "../../../src/core/living/resolve-conflict";
import { acceptWordFigures, readWordFigures, selectWordFigure, updateWordFigures, writeWordFigures, UPDATED_HIGHLIGHT } from "../../../src/hosts/word";
import { samplePlan } from "../../core/report/sample-plan";
import { mockLivingWord, type LivingControl, type LivingParagraph } from "./mock-living-word";
import { FIRST_WRITTEN, writtenProvenance } from "../../core/living/provenance-fixture";

const PROVENANCE = writtenProvenance(FIRST_WRITTEN, {
  name: "so-lieu.xlsx",
  location: "https://contoso-my.sharepoint.com/personal/thu/Documents/so-lieu.xlsx",
});

/** The report as the clerk left it: a paragraph added, a sentence reworded, the steel figure typed over, the task figure deleted. */
function clerkReport() {
  const total1: LivingControl = { tag: "lbc:lots.total", text: "800" };
  const total2: LivingControl = { tag: "lbc:lots.total", text: "800" };
  const steel: LivingControl = { tag: "lbc:lots.byGroup.Thép", text: "gần 50" };
  const own: LivingControl = { tag: "ghi-chu-van-thu", text: "Ô của văn thư", highlight: "Green" };
  const paragraphs: LivingParagraph[] = [
    ["Đoạn văn thư thêm vào dưới mục I."],
    ["Trong kỳ, Chi cục đã kiểm tra ", total1, " lô hàng, trong đó thép ", steel, " lô."],
    ["Tổng cộng ", total2, " lô; ", own],
    ["Câu văn thư viết lại, không có số liệu."],
  ];
  return { paragraphs, total1, total2, steel, own };
}

describe("the mock keeps Office.js's rules", () => {
  it("reading a collection's items or a control's text before load and sync throws PropertyNotLoaded", async () => {
    const { paragraphs } = clerkReport();
    const word = mockLivingWord(paragraphs, provenanceXml(PROVENANCE));
    await word.run(async (context) => {
      const found = context.document.contentControls.getByTag("lbc:lots.total");
      expect(() => found.items).toThrow(/PropertyNotLoaded/);
      found.load("items");
      expect(() => found.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(found.items.map((c) => c.text)).toEqual(["800", "800"]);
      const xml = context.document.customXmlParts.getByNamespace("urn:lap-bao-cao:living-report:1");
      expect(() => xml.items).toThrow(/PropertyNotLoaded/);
    });
  });

  it("a write is applied at the sync, not before", async () => {
    const { paragraphs, total1 } = clerkReport();
    const word = mockLivingWord(paragraphs, undefined);
    await word.run(async (context) => {
      const found = context.document.contentControls.getByTag("lbc:lots.total").load("items");
      await context.sync();
      found.items[0]!.insertText("852", "Replace");
      expect(total1.text).toBe("800");
      await context.sync();
      expect(total1.text).toBe("852");
    });
  });
});

describe("selectWordFigure", () => {
  it("selects the first control of the tag in one Word.run and one sync, changing no text", async () => {
    const { paragraphs } = clerkReport();
    const word = mockLivingWord(paragraphs, provenanceXml(PROVENANCE));
    const before = word.text();
    expect(await selectWordFigure(word.run, "lbc:lots.total")).toBe("selected");
    expect(word.state.calls.map((c) => [c.call, c.target])).toEqual([
      ["getByTag", "lbc:lots.total"],
      ["getFirst", "getByTag(lbc:lots.total)"],
      ["select", "lbc:lots.total"],
    ]);
    expect(word.state.selected).toEqual(["lbc:lots.total"]);
    expect(word.state.syncs).toBe(1);
    expect(word.text()).toEqual(before);
  });

  it("a control the clerk deleted is 'gone', not an error", async () => {
    const { paragraphs } = clerkReport();
    const word = mockLivingWord(paragraphs, provenanceXml(PROVENANCE));
    expect(await selectWordFigure(word.run, "lbc:tasks.managed")).toBe("gone");
    expect(word.state.selected).toEqual([]);
    expect(word.state.syncs).toBe(1);
  });
});

describe("acceptWordFigures", () => {
  it("takes the highlight off exactly the controls the update wrote: one sync to find them, one to clear them", async () => {
    const plan = await samplePlan();
    const r = clerkReport();
    const word = mockLivingWord(r.paragraphs, provenanceXml(PROVENANCE));
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period });
    expect(update?.changes.map((c) => [c.key, c.kind])).toEqual([
      ["lots.total", "changed"],
      ["lots.byGroup.Thép", "conflict"],
      ["tasks.managed", "missing"],
    ]);
    expect([r.total1.highlight, r.total2.highlight]).toEqual([UPDATED_HIGHLIGHT, UPDATED_HIGHLIGHT]);
    const textAfterUpdate = word.text();
    word.state.syncs = 0;
    word.state.calls.length = 0;

    expect(await acceptWordFigures(word.run, [...(update?.texts.keys() ?? [])])).toBe(2);
    expect(word.state.syncs).toBe(2);
    expect(word.state.calls.filter((c) => c.call === "highlightColor")).toEqual([
      { call: "highlightColor", target: "lbc:lots.total", value: null },
      { call: "highlightColor", target: "lbc:lots.total", value: null },
    ]);
    expect(word.state.calls.some((c) => c.call === "insertText" || c.call === "setXml")).toBe(false);
    expect([r.total1.highlight, r.total2.highlight]).toEqual([null, null]);
    // The clerk's own highlight and the typed-over figure stay as they were; no text moved.
    expect(r.own.highlight).toBe("Green");
    expect(r.steel).toEqual({ tag: "lbc:lots.byGroup.Thép", text: "gần 50" });
    expect(word.text()).toEqual(textAfterUpdate);
  });

  it("finds all tags in one sync and clears them in one more, however many there are", async () => {
    const controls: LivingControl[] = Array.from({ length: 40 }, (_, i) => ({ tag: `lbc:f${i % 20}`, text: String(i), highlight: UPDATED_HIGHLIGHT }));
    const word = mockLivingWord([controls], undefined);
    const tags = Array.from({ length: 20 }, (_, i) => `lbc:f${i}`);
    expect(await acceptWordFigures(word.run, [...tags, ...tags])).toBe(40);
    expect(word.state.syncs).toBe(2);
    expect(word.state.calls.filter((c) => c.call === "getByTag")).toHaveLength(20);
    expect(controls.every((c) => c.highlight === null)).toBe(true);
  });

  it("clears a computed list's control by its tag (lbc:list:…) like a figure's, and no other", async () => {
    const table: LivingControl = { tag: "lbc:list:finance.table", text: "Phụ lục bảng thu chi", highlight: UPDATED_HIGHLIGHT };
    const totals: LivingControl = { tag: "lbc:list:finance.totals", text: "Tổng thu", highlight: "Green" };
    const word = mockLivingWord([[table], [totals]], undefined);
    expect(await acceptWordFigures(word.run, ["lbc:list:finance.table"])).toBe(1);
    expect(word.state.syncs).toBe(2);
    expect([table.highlight, totals.highlight]).toEqual([null, "Green"]);
    expect(word.text()).toEqual(["Phụ lục bảng thu chi", "Tổng thu"]);
  });

  it("with nothing to accept, asks Word nothing", async () => {
    const word = mockLivingWord([["Chỉ có chữ."]], undefined);
    expect(await acceptWordFigures(word.run, [])).toBe(0);
    expect(word.state.syncs).toBe(0);
  });
});

describe("Dùng số mới on a conflict", () => {
  it("writes that one control, highlighted, and the record's text for it, in two syncs; the rest stays", async () => {
    const plan = await samplePlan();
    const r = clerkReport();
    const word = mockLivingWord(r.paragraphs, provenanceXml(PROVENANCE));
    const update = await updateWordFigures(word.run, { document: plan.document, period: plan.period });
    const conflict = update?.changes.find((c) => c.kind === "conflict");
    if (!update || !conflict) throw new Error("expected a conflict");
    const resolution = takeFreshFigure(update.provenance, conflict);
    if (!resolution) throw new Error("expected a resolution");
    const before = word.text();
    word.state.syncs = 0;
    word.state.calls.length = 0;

    expect(await writeWordFigures(word.run, resolution.texts, resolution.provenance)).toBe(1);
    expect(word.state.syncs).toBe(2);
    expect(word.state.calls.filter((c) => c.call === "insertText")).toEqual([
      { call: "insertText", target: "lbc:lots.byGroup.Thép", value: ["46", "Replace"] },
    ]);
    expect(r.steel).toEqual({ tag: "lbc:lots.byGroup.Thép", text: "46", highlight: UPDATED_HIGHLIGHT });
    expect(word.text()).toEqual(before.map((p) => p.replace("gần 50", "46")));
    const record = parseProvenance(word.state.xml ?? "");
    expect(record?.figures.map((f) => [f.key, f.text])).toEqual([
      ["lots.total", "840"],
      ["lots.byGroup.Thép", "46"],
      ["tasks.managed", "29"],
    ]);
    // The next update sees an untouched figure: nothing to resolve any more.
    const again = await readWordFigures(word.run);
    expect(again.controls.get("lbc:lots.byGroup.Thép")).toEqual(["46"]);
    expect(again.provenance?.figures.find((f) => f.tag === "lbc:lots.byGroup.Thép")?.text).toBe("46");
  });

  it("is not offered for a figure that is not a conflict", () => {
    expect(
      takeFreshFigure(PROVENANCE, { kind: "changed", key: "lots.total", tag: "lbc:lots.total", written: "800", current: "800", fresh: "840" }),
    ).toBeUndefined();
    expect(takeFreshFigure(PROVENANCE, { kind: "conflict", key: "x", tag: "lbc:x", written: "1", current: "2", fresh: "3" })).toBeUndefined();
  });
});
