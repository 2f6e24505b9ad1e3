import { DEFAULT_OUTLINE, headingText, normaliseSectionKey, numberOutline, type Outline } from "../../../src/core/outline";
import { romanNumeral } from "../../../src/core/format";

const values = { period: "6 tháng cuối năm 2021", nextPeriod: "6 tháng đầu năm 2022", year: "2021" };

describe("numbering from position", () => {
  it("follows the order of a reordered outline, whatever the keys say", () => {
    const reordered: Outline = {
      parts: [DEFAULT_OUTLINE.parts[2]!, { ...DEFAULT_OUTLINE.parts[1]!, children: [...DEFAULT_OUTLINE.parts[1]!.children!].reverse() }],
    };
    const [first, second] = numberOutline(reordered);
    expect([first!.label, first!.node.key, second!.label, second!.node.key]).toEqual(["I.", "III", "II.", "II"]);
    expect(second!.children.map((c) => `${c.label} ${c.node.key}`).slice(0, 6)).toEqual(["1. II.11", "2. II.10", "3. II.9", "4. II.8", "5. II.7", "6. II.6"]);
    expect(second!.children[5]!.children.map((c) => [c.label, c.path])).toEqual([
      ["6.1.", "II.6.1"],
      ["6.2.", "II.6.2"],
    ]);
  });

  it("writes Roman numerals for parts", () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(romanNumeral)).toEqual(["I", "II", "III", "IV", "IX", "XIV", "XL"]);
  });
});

describe("headings", () => {
  it("fills the placeholders and prints parts in capitals", () => {
    const [, results, directions] = DEFAULT_OUTLINE.parts;
    expect(headingText(results!, 0, "vi", values)).toBe("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021");
    expect(headingText(directions!, 0, "vi", values)).toBe("PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2022");
    expect(headingText({ key: "x", heading: { vi: "Việc năm {year}.", en: "Work in {year}." } }, 1, "en", values)).toBe("Work in 2021.");
  });
});

describe("section keys", () => {
  it("compare without case, spaces or a trailing dot", () => {
    expect(["II.6.1", "ii.6.1.", " II. 6.1 ", "II.6.1.."].map(normaliseSectionKey)).toEqual(["II.6.1", "II.6.1", "II.6.1", "II.6.1"]);
    expect(normaliseSectionKey("II.6")).not.toBe(normaliseSectionKey("II.6.1"));
  });
});
