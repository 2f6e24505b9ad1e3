import { levenshtein, nearest } from "../../../src/core/text";
import { GOODS_GROUPS, LOT_RESULTS, TASK_STATUSES } from "../../../src/core/schema";

describe("levenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["thep", "thep", 0],
    ["dat", "khongdat", 5],
  ])("%j ↔ %j = %d", (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
    expect(levenshtein(b, a)).toBe(d);
  });
});

describe("nearest", () => {
  it("names the allowed value a misspelling is closest to", () => {
    expect(nearest("Đồ chơi tre em", GOODS_GROUPS)).toBe("Đồ chơi trẻ em");
    expect(nearest("Thếp", GOODS_GROUPS)).toBe("Thép");
    expect(nearest("Khong dat", LOT_RESULTS)).toBe("Không đạt");
    expect(nearest("Đã nghiệm thư", TASK_STATUSES)).toBe("Đã nghiệm thu");
  });

  it("is undefined only for an empty list", () => {
    expect(nearest("x", [])).toBeUndefined();
    expect(nearest("zzzzzz", ["Thu", "Chi"])).toBeDefined();
  });
});
