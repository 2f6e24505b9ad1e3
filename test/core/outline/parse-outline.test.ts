import { outlineProblemText, parseOutline } from "../../../src/core/outline";

describe("parseOutline", () => {
  it("accepts a heading given as one string for both languages, and en left out", () => {
    const result = parseOutline({
      parts: [{ key: "A", heading: "Phần A", children: [{ key: "A.1", heading: { vi: "Mục một." }, computed: "lots" }] }],
    });
    expect(result).toEqual({
      ok: true,
      outline: {
        parts: [
          { key: "A", heading: { vi: "Phần A", en: "Phần A" }, children: [{ key: "A.1", heading: { vi: "Mục một.", en: "Mục một." }, computed: "lots" }] },
        ],
      },
    });
  });

  it("accepts a bare list of parts", () => {
    expect(parseOutline([{ key: "I", heading: "Chung" }])).toMatchObject({ ok: true, outline: { parts: [{ key: "I" }] } });
  });

  it("rejects what is not an outline", () => {
    expect(parseOutline("đề cương")).toEqual({ ok: false, problems: [{ code: "not-an-object", path: "" }] });
    expect(parseOutline({})).toEqual({ ok: false, problems: [{ code: "parts-missing", path: "parts" }] });
    expect(parseOutline({ parts: [] })).toEqual({ ok: false, problems: [{ code: "parts-missing", path: "parts" }] });
  });

  it("finds every problem in one pass, each with where it is", () => {
    const result = parseOutline({
      parts: [
        { key: "I", heading: { vi: "Kết quả {perod}" }, computed: "lots" },
        { key: " i. ", heading: "Trùng khóa", children: { key: "x" } },
        { heading: "Không khóa", computed: "weather" },
        { key: "IV", heading: { en: "No Vietnamese" }, childern: [] },
        { key: "V", heading: "Lots again", computed: "lots" },
        42,
        {
          key: "VI",
          heading: "Sâu",
          children: [
            { key: "a", heading: "a", children: [{ key: "b", heading: "b", children: [{ key: "c", heading: "c", children: [{ key: "d", heading: "d" }] }] }] },
          ],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { code: "placeholder-unknown", path: "parts[0].heading.vi", value: "{perod}" },
      { code: "placeholder-unknown", path: "parts[0].heading.en", value: "{perod}" },
      { code: "key-duplicate", path: "parts[1].key", value: "i." },
      { code: "children-not-a-list", path: "parts[1].children" },
      { code: "key-missing", path: "parts[2].key" },
      { code: "computed-unknown", path: "parts[2].computed", value: "weather" },
      { code: "field-unknown", path: "parts[3].childern", value: "childern" },
      { code: "heading-missing", path: "parts[3].heading" },
      { code: "computed-duplicate", path: "parts[4].computed", value: "lots" },
      { code: "node-not-an-object", path: "parts[5]" },
      { code: "too-deep", path: "parts[6].children[0].children[0].children[0].children", value: "4" },
    ]);
  });

  it("says each problem in words, in both languages", () => {
    const problem = { code: "key-duplicate", path: "parts[1].key", value: "II.1" } as const;
    expect(outlineProblemText(problem, "vi")).toBe("parts[1].key: Khóa mục “II.1” bị trùng với một mục khác.");
    expect(outlineProblemText(problem, "en")).toBe("parts[1].key: The section key “II.1” is used twice.");
  });
});
