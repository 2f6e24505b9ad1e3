import { performance } from "node:perf_hooks";
import { decodeExcelEscapes, decodeXmlText, elementBody, startTags, xmlAttributes } from "../../src/xlsx";

/** Runs `f` and returns its milliseconds. */
function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe("xml text helpers", () => {
  test("decode entities and Excel escapes, leaving what is not one as typed", () => {
    expect(decodeXmlText("a &amp; b &lt;c&gt; &#x1EA1; &#7841; &quot;&apos;")).toBe(`a & b <c> ạ ạ "'`);
    expect(decodeXmlText("&bogus; & &#xZZ; &#; &#x110000;")).toBe("&bogus; & &#xZZ; &#; ");
    expect(decodeExcelEscapes("a_x000D_b _x005F_x _xZZZZ_ _x12")).toBe("a\rb _x _xZZZZ_ _x12");
  });

  test("attributes of a tag, with prefixes, quotes of either kind and entities", () => {
    const a = xmlAttributes(`<sheet name="Lô &amp; hàng" sheetId='3' r:id="rId6" broken= junk x="1"/>`);
    expect(Object.fromEntries(a)).toEqual({ name: "Lô & hàng", sheetId: "3", "r:id": "rId6", x: "1" });
  });

  test("start tags under any prefix, and an element's body", () => {
    const xml = `<x:sheets><x:sheet name="A"/><sheet name="B"></sheet><sheets/><sheetX/></x:sheets>`;
    expect(startTags(xml, "sheet")).toEqual([`<x:sheet name="A"/>`, `<sheet name="B">`]);
    expect(elementBody(`<a:cellXfs count="1"><a:xf numFmtId="14"/></a:cellXfs>`, "cellXfs")).toBe(`<a:xf numFmtId="14"/>`);
    expect(elementBody(`<cellXfs count="1">`, "cellXfs")).toBe("");
  });

  // Each of these took seconds to minutes with the regular expressions they replace.
  test.each([
    ["200,000 letters in a tag", `<sheet ${"a".repeat(200_000)} name="x"/>`],
    ["50,000 open prefixes", "<x:".repeat(50_000)],
    ["50,000 unclosed attributes", `<sheet${' a="'.repeat(50_000)}`],
    ["50,000 unclosed elements", "<cellXfs>".repeat(50_000)],
    ["100,000 unfinished entities", "&#x".repeat(100_000)],
    ["100,000 unfinished escapes", "_x00".repeat(100_000)],
  ])("linear on %s", (_name, xml) => {
    const ms = time(() => {
      xmlAttributes(xml);
      startTags(xml, "sheet");
      startTags(xml, "cellXfs");
      elementBody(xml, "cellXfs");
      decodeXmlText(xml);
      decodeExcelEscapes(xml);
    });
    expect(ms).toBeLessThan(1000);
  });
});
