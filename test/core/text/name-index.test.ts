import { NameIndex, nameKeys } from "../../../src/core/text";

describe("NameIndex", () => {
  const index = new NameIndex<string>([
    ["Kinh phí (triệu đồng)", "budget"],
    ["Budget (million VND)", "budget"],
    ["Lô hàng", "lots"],
    ["Lots", "lots"],
  ]);

  it.each([
    ["Kinh phí (triệu đồng)", "budget"],
    ["Kinh phí", "budget"],
    ["Kinh phí (trđ)", "budget"],
    ["KINH PHÍ\n(triệu đồng)", "budget"],
    ["kinh phi", "budget"],
    ["Budget", "budget"],
    ["LÔ HÀNG", "lots"],
    ["lo hang", "lots"],
    ["Lo_hang", "lots"],
    ["LoHang", "lots"],
    ["lots", "lots"],
  ])("%j → %s", (text, value) => {
    expect(index.get(text)).toBe(value);
  });

  it("matches nothing for other names, and says so again from its memo", () => {
    expect(index.get("Số lượng")).toBeUndefined();
    expect(index.get("Số lượng")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
  });

  it("prefers the strictest key, and refuses a key two values share at the same strictness", () => {
    const i = new NameIndex<number>([
      ["Má", 1],
      ["Mà", 2],
    ]);
    expect(i.get("má")).toBe(1);
    expect(i.get("MÀ")).toBe(2);
    // Without diacritics both are "ma": the text could mean either.
    expect(i.get("ma")).toBeUndefined();
  });

  it("lists a text's keys strictest first, without repeats", () => {
    expect(nameKeys("Lots")).toEqual(["lots"]);
    expect(nameKeys("Kinh phí (trđ)").length).toBe(4);
  });
});
