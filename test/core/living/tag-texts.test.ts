import { addTagText, type TagTexts } from "../../../src/core/living";

describe("addTagText", () => {
  it("keeps each tag's texts in document order", () => {
    const texts: TagTexts = new Map();
    addTagText(texts, "lbc:a", "1");
    addTagText(texts, "lbc:b", "2");
    addTagText(texts, "lbc:a", "3");
    expect([...texts]).toEqual([
      ["lbc:a", ["1", "3"]],
      ["lbc:b", ["2"]],
    ]);
  });

  it("appends to the list it holds instead of copying it: a file with a hundred thousand controls of one tag would otherwise take minutes", () => {
    const texts: TagTexts = new Map();
    addTagText(texts, "lbc:a", "1");
    const held = texts.get("lbc:a");
    for (let i = 0; i < 1000; i++) addTagText(texts, "lbc:a", String(i));
    expect(texts.get("lbc:a")).toBe(held);
    expect(held).toHaveLength(1001);
  });
});
