import { PendingItem } from "../../src/xlsx/pending-item";

const tooLong = (chars: number) => new Error(`too long: ${chars}`);
const waitsFor = (end: string) => (probe: string, tagEnd: boolean) => probe.includes(tagEnd ? ">" : end);

describe("PendingItem", () => {
  it("keeps pieces until what the item waits for arrives, then gives them back joined", () => {
    const item = new PendingItem(6, 1000, tooLong);
    item.start('<row r="1"><c>', false);
    expect(item.active).toBe(true);
    expect(item.add("<v>1</v></c>", waitsFor("</row>"))).toBeUndefined();
    expect(item.add("</row><row", waitsFor("</row>"))).toBe('<row r="1"><c><v>1</v></c></row><row');
    expect(item.active).toBe(false);
  });

  it("finds an end split between two chunks through the kept tail", () => {
    const item = new PendingItem(6, 1000, tooLong);
    item.start("x".repeat(50), false);
    expect(item.add("abc</r", waitsFor("</row>"))).toBeUndefined();
    expect(item.add("ow>", waitsFor("</row>"))).toBe("x".repeat(50) + "abc</row>");
  });

  it("waits for the end of the start tag when the tag itself was cut", () => {
    const item = new PendingItem(6, 1000, tooLong);
    item.start('<row r="12" spans="1:3', true);
    expect(item.add('" ht="15"', waitsFor("</row>"))).toBeUndefined();
    expect(item.add(">", waitsFor("</row>"))).toBe('<row r="12" spans="1:3" ht="15">');
  });

  it("throws the caller's error once the item grows past its limit", () => {
    const item = new PendingItem(6, 20, tooLong);
    item.start("0123456789", false);
    expect(() => item.add("0123456789ab", waitsFor("</row>"))).toThrow("too long: 22");
  });

  it("hands over what it holds when the input ends", () => {
    const item = new PendingItem(6, 1000, tooLong);
    item.start("<si><t>cut", false);
    item.add(" short", waitsFor("</si>"));
    expect(item.take()).toBe("<si><t>cut short");
    expect(item.active).toBe(false);
  });
});
