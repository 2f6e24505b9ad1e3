import { DOCX_LIMITS, DocxTooLargeError, hasAnchors, hasRevisions, listControlsOf, readLivingDocx, rewriteControls, sdtSpans } from "../../../src/render/docx";
import { listChanges, parseProvenance, provenanceXml } from "../../../src/core/living";

const sdt = (tag: string | undefined, content: string) =>
  `<w:sdt>${tag === undefined ? "" : `<w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr>`}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;

describe("sdtSpans", () => {
  it("pairs nested controls and reads each one's own tag", () => {
    const xml = `<w:p>${sdt("lbc:list:a", `${run("x ")}${sdt("lbc:n", run("5"))}`)}</w:p>`;
    const spans = sdtSpans(xml);
    expect(spans.map((s) => [s.tag, s.nests, xml.slice(s.contentStart, s.contentEnd).replace(/<[^>]+>/g, "")])).toEqual([
      ["lbc:list:a", true, "x 5"],
      ["lbc:n", false, "5"],
    ]);
  });

  it("does not lend an inner control's tag to an outer one that has no properties", () => {
    const xml = sdt(undefined, sdt("lbc:list:a", run("OLD")));
    expect(sdtSpans(xml).map((s) => s.tag)).toEqual(["", "lbc:list:a"]);
    // Only the inner list is ours; replacing it cannot unbalance the outer control.
    expect(listControlsOf(xml).map((c) => [c.tag, c.content])).toEqual([["lbc:list:a", run("OLD")]]);
  });

  it("leaves unclosed and stray tags out, and reads thousands of them in one pass", () => {
    expect(sdtSpans("<w:sdt><w:sdtPr>".repeat(20_000))).toEqual([]);
    expect(sdtSpans("</w:sdt>".repeat(1000) + sdt("lbc:n", run("1")))).toHaveLength(1);
    const nested = "<w:sdt><w:sdtContent>".repeat(20_000) + "</w:sdtContent></w:sdt>".repeat(20_000);
    expect(sdtSpans(nested)).toHaveLength(20_000);
  });

  it("reads nested controls whose properties or content never close: no tag and no content for any, every one paired", () => {
    const noPropertiesEnd = sdtSpans("<w:sdt><w:sdtPr>".repeat(20_000) + "</w:sdt>".repeat(20_000));
    expect(noPropertiesEnd).toHaveLength(20_000);
    expect(noPropertiesEnd.every((s) => s.tag === "" && s.contentStart === -1)).toBe(true);
    // One end of properties for them all: each tag is read inside its own control's properties, the innermost has none that ends.
    const oneEnd = sdtSpans('<w:sdt><w:sdtPr><w:tag w:val="lbc:a'.repeat(20_000) + "</w:sdtPr>" + "</w:sdt>".repeat(20_000));
    expect(oneEnd).toHaveLength(20_000);
    expect(oneEnd.some((s) => s.tag.includes("</w:sdtPr>"))).toBe(false);
    expect(oneEnd[19_999]?.tag).toBe("");
    const siblings = sdtSpans(`<w:sdt></w:sdt>`.repeat(20_000) + sdt("lbc:n", run("1")));
    expect(siblings.map((s) => s.tag).filter((t) => t !== "")).toEqual(["lbc:n"]);
    expect(siblings[20_000]?.contentStart).toBeGreaterThan(0);
  });

  it("reads a control holding megabytes without running out of stack", () => {
    const big = sdt("lbc:list:big", run("a".repeat(9 * 1024 * 1024)));
    expect(listControlsOf(big).map((c) => c.content.length)).toEqual([run("a".repeat(9 * 1024 * 1024)).length]);
  });
});

describe("what makes a list the clerk's", () => {
  it("a comment or a bookmark of theirs, not Word's own _GoBack mark", () => {
    expect(hasAnchors(`<w:commentRangeStart w:id="77"/>${run("x")}<w:commentRangeEnd w:id="77"/>`)).toBe(true);
    expect(hasAnchors(`<w:bookmarkStart w:id="1" w:name="ghi_chu"/>${run("x")}<w:bookmarkEnd w:id="1"/>`)).toBe(true);
    expect(hasAnchors(`<w:bookmarkStart w:id="0" w:name="_GoBack"/>${run("x")}<w:bookmarkEnd w:id="0"/>`)).toBe(false);
    expect(hasAnchors(run("x"))).toBe(false);
  });

  it("a tracked change of formatting or of a table's cells, not only insertions and deletions", () => {
    expect(hasRevisions(`<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="Hà"><w:rPr/></w:rPrChange></w:rPr><w:t>x</w:t></w:r>`)).toBe(true);
    expect(hasRevisions(`<w:tc><w:tcPr><w:cellIns w:id="4"/></w:tcPr></w:tc>`)).toBe(true);
    expect(hasRevisions(`<w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r>`)).toBe(false);
  });

  it("a list holding a comment is kept and reported, never replaced", () => {
    const written = [{ tag: "lbc:list:lots.byGroup", key: "lots.byGroup", text: "Thép: 46 lô.", items: 1, figures: [] }];
    const held = new Map([["lbc:list:lots.byGroup", ["Thép: 46 lô."]]]);
    const fresh = [
      { tag: "lbc:list:lots.byGroup", key: "lots.byGroup", kind: "note" as const, text: "Thép: 50 lô.", items: 1, figures: [], title: "", section: "II.6.1" },
    ];
    expect(listChanges(written, held, fresh, []).map((c) => c.kind)).toEqual(["changed"]);
    expect(listChanges(written, held, fresh, [], new Set(), new Set(["lbc:list:lots.byGroup"])).map((c) => c.kind)).toEqual(["conflict"]);
  });
});

test("readLivingDocx names the lists that hold the clerk's comments", async () => {
  const { zipSync, strToU8 } = await import("fflate");
  const body = `<w:document><w:body><w:p>${sdt("lbc:list:a", `<w:commentRangeStart w:id="1"/>${run("x")}`)}${sdt("lbc:list:b", run("y"))}</w:p></w:body></w:document>`;
  const living = readLivingDocx(zipSync({ "word/document.xml": strToU8(body) }));
  expect([...living.annotated]).toEqual(["lbc:list:a"]);
  expect([...living.lists.keys()]).toEqual(["lbc:list:a", "lbc:list:b"]);
});

describe("a hostile .docx", () => {
  it("declaring a part that would unpack past the limit is refused before it is inflated", async () => {
    const { zipSync } = await import("fflate");
    const bomb = zipSync({ "word/document.xml": new Uint8Array(DOCX_LIMITS.part + 1) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readLivingDocx(bomb)).toThrow(DocxTooLargeError);
  });

  it("with twenty thousand controls of one tag reads every one, in document order", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const body = `<w:document><w:body><w:p>${sdt("lbc:lots.total", run("840")).repeat(20_000)}${sdt("lbc:lots.total", run("841"))}</w:p></w:body></w:document>`;
    const living = readLivingDocx(zipSync({ "word/document.xml": strToU8(body) }));
    const texts = living.controls.get("lbc:lots.total") ?? [];
    expect(texts).toHaveLength(20_001);
    expect(texts[0]).toBe("840");
    expect(texts[20_000]).toBe("841");
  });

  it("with tens of thousands of unfinished tags in its controls and its record is read in one pass, none of them taken for a tag", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const figure = sdt("lbc:lots.total", "<w:t ".repeat(50_000) + run("840"));
    const list = sdt("lbc:list:finance.table", "<w:bookmarkStart ".repeat(50_000) + "<w:p ".repeat(50_000) + `<w:p>${run("Thu")}</w:p>`);
    const record = provenanceXml({ period: "x", version: "0.1.0", figures: [{ tag: "lbc:lots.total", key: "lots.total", text: "840" }] }).replace(
      "<figures>",
      `<figures>${"<figure ".repeat(50_000)}`,
    );
    const living = readLivingDocx(
      zipSync({ "word/document.xml": strToU8(`<w:document><w:body>${figure}${list}</w:body></w:document>`), "customXml/item1.xml": strToU8(record) }),
    );
    expect(living.controls.get("lbc:lots.total")).toEqual(["840"]);
    expect(living.lists.get("lbc:list:finance.table")).toEqual(["Thu"]);
    expect(living.annotated.size).toBe(0);
    expect(living.provenance?.figures).toEqual([{ tag: "lbc:lots.total", key: "lots.total", text: "840" }]);
    // The figure rewritten: no run's properties to keep among unfinished run tags.
    expect(rewriteControls(sdt("lbc:a", "<w:r ".repeat(50_000) + run("1")), new Map([["lbc:a", "2"]]))).toBe(
      sdt("lbc:a", run("2").replace("<w:t>", '<w:t xml:space="preserve">')),
    );
  });

  it("with a numeric reference beyond Unicode keeps it as written instead of throwing", () => {
    const xml = provenanceXml({ period: "x", version: "0.1.0", figures: [{ tag: "lbc:a", key: "a", text: "?" }] }).replace(
      ">?<",
      ">&#99999999;&#x110000;&#65;<",
    );
    expect(parseProvenance(xml)?.figures[0]?.text).toBe("&#99999999;&#x110000;A");
  });
});
