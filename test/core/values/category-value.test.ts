import { GOODS_GROUPS, TASK_FIELDS, TASK_STATUSES } from "../../../src/core/schema";
import { CategoryMatcher, ValueProblem, parseCategory } from "../../../src/core/values";

describe("parseCategory", () => {
  const groups = new CategoryMatcher(GOODS_GROUPS);
  const fields = new CategoryMatcher(TASK_FIELDS);
  const statuses = new CategoryMatcher(TASK_STATUSES);

  it.each([
    ["Thép", "Thép"],
    ["THÉP", "Thép"],
    ["thep", "Thép"],
    [" đồ chơi trẻ em ", "Đồ chơi trẻ em"],
    ["Đồ điện - điện tử", "Đồ điện, điện tử"],
    ["Do dien, dien tu", "Đồ điện, điện tử"],
  ])("%j → %s", (text, value) => {
    expect(parseCategory({ t: "s", v: text }, "Nhóm hàng", groups)).toBe(value);
  });

  it("matches old and new tone placement", () => {
    const places = new CategoryMatcher(["Hòa bình", "Thủy lợi"]);
    expect(parseCategory({ t: "s", v: "hoà bình" }, "Loại", places)).toBe("Hòa bình");
    expect(parseCategory({ t: "s", v: "THUỶ LỢI" }, "Loại", places)).toBe("Thủy lợi");
  });

  it("matches a value typed without diacritics, as the contract allows", () => {
    expect(parseCategory({ t: "s", v: "Y dươc" }, "Lĩnh vực", fields)).toBe("Y dược");
    expect(parseCategory({ t: "s", v: "da nghiem thu" }, "Trạng thái", statuses)).toBe("Đã nghiệm thu");
  });

  it("names the nearest allowed value and the list for an unknown value", () => {
    expect(parseCategory({ t: "s", v: "Thếp tấm" }, "Nhóm hàng", groups)).toEqual(
      new ValueProblem("category-unknown", {
        column: "Nhóm hàng",
        value: "Thếp tấm",
        nearest: "Thép",
        allowed: "Đồ chơi trẻ em · Đồ điện, điện tử · Thép · Mũ bảo hiểm · Khác",
      }),
    );
  });

  it("reads a number cell as its text and reports Excel errors", () => {
    expect(parseCategory({ t: "n", v: 3 }, "Nhóm hàng", groups)).toMatchObject({ code: "category-unknown", params: { value: "3" } });
    expect(parseCategory({ t: "e", v: "#N/A" }, "Nhóm hàng", groups)).toEqual(new ValueProblem("excel-error", { column: "Nhóm hàng", value: "#N/A" }));
  });
});
