import { DEFAULT_OUTLINE, flattenNumbered, numberOutline, parseOutline, type OutlineNode } from "../../../src/core/outline";

describe("DEFAULT_OUTLINE", () => {
  const numbered = flattenNumbered(numberOutline(DEFAULT_OUTLINE));

  it("has keys equal to the numbers it prints", () => {
    expect(numbered.map((n) => n.node.key)).toEqual(numbered.map((n) => n.path));
    expect(numbered).toHaveLength(3 + 11 + 2 + 9 + 3);
  });

  it("puts each computed paragraph where the reference has it", () => {
    const computed = numbered.filter((n) => n.node.computed !== undefined).map((n) => [n.path, n.node.computed]);
    expect(computed).toEqual([
      ["II.2", "tasks"],
      ["II.5", "certificates"],
      ["II.6.1", "lots"],
      ["II.9", "calibrations"],
      ["II.11", "finance"],
    ]);
  });

  it("ends section headings with a full stop in both languages, parts without", () => {
    for (const n of numbered) {
      const expected = n.depth === 0 ? /[^.]$/ : /\.$/;
      expect(n.node.heading.vi).toMatch(expected);
      expect(n.node.heading.en).toMatch(expected);
    }
  });

  it("is plain data: it survives JSON and passes its own checker", () => {
    const json: unknown = JSON.parse(JSON.stringify(DEFAULT_OUTLINE));
    expect(parseOutline(json)).toEqual({ ok: true, outline: DEFAULT_OUTLINE });
  });

  it("keeps the reference's headings", () => {
    const byKey = new Map<string, OutlineNode>(numbered.map((n) => [n.node.key, n.node]));
    expect(byKey.get("II")!.heading.vi).toBe("Kết quả thực hiện nhiệm vụ {period}");
    expect(byKey.get("III")!.heading.vi).toBe("Phương hướng, nhiệm vụ {nextPeriod}");
    expect(byKey.get("II.6.1")!.heading.vi).toBe("Công tác Tiêu chuẩn – Chất lượng.");
    expect(byKey.get("III.9")!.heading.vi).toBe("Hoạt động sự nghiệp khoa học và công nghệ.");
  });
});
