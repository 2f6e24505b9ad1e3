import { bold, cell, figure, table, text } from "../../../src/core/document";
import type { TableBlock } from "../../../src/core/document";
import { CELL_MARGIN, MIN_COLUMN, columnNeeds, columnTwips, tableColumnWidths, unbreakableTwips } from "../../../src/render/docx/column-widths";
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, pt } from "../../../src/render/docx/layout";
import { textTwips } from "../../../src/render/docx/text-width";

const SIZE = pt(13);
const src = [{ sheet: "Tài chính", ranges: ["D5"] }];

/** The finance appendix's shape: code, item, three amounts, a percentage, a note. */
function financeTable(): TableBlock {
  const amount = (value: string, strong = false) => [figure(value, src, { bold: strong })];
  return table({
    columns: [
      { align: "center", width: 1 },
      { align: "left", width: 5 },
      { align: "right", width: 2.2 },
      { align: "right", width: 2.2 },
      { align: "right", width: 2.2 },
      { align: "right", width: 1.5 },
      { align: "left", width: 2 },
    ],
    header: [["Mã", "Nội dung", "Dự toán năm", "Thực hiện kỳ báo cáo", "Ước cả năm", "% so với dự toán", "Ghi chú"].map((h) => cell(bold(h)))],
    body: [
      ["1", "Thu sự nghiệp", amount("2.014.000.000"), amount("892.350.000"), amount("1.956.000.000"), amount("44,31%"), "Số liệu mẫu"],
      [
        "1.1.1",
        "+ Phí thẩm định cấp giấy phép tiến hành công việc bức xạ",
        amount("60.000.000"),
        amount("31.500.000"),
        amount("62.000.000"),
        amount("52,50%"),
        "Số liệu mẫu",
      ],
      [
        "3.1",
        "- Chi thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh",
        amount("14.050.000.000"),
        amount("4.527.600.000"),
        amount("13.500.000.000"),
        amount("32,22%"),
        "",
      ],
    ],
    total: ["", bold("Tổng chi"), amount("26.995.000.000", true), amount("9.722.400.000", true), amount("26.305.000.000", true), amount("36,02%", true), ""],
  });
}

describe("textTwips (Times New Roman metrics)", () => {
  test("digits are half an em, the dot and comma a quarter", () => {
    // 13 pt: a digit is 6.5 pt = 130 twips, a dot 3.25 pt = 65 twips.
    expect(textTwips("0", SIZE, false)).toBe(130);
    expect(textTwips(".", SIZE, false)).toBe(65);
    expect(textTwips("26.995.000.000", SIZE, false)).toBe(11 * 130 + 3 * 65);
    expect(textTwips("26.995.000.000", SIZE, true)).toBe(11 * 130 + 3 * 65);
  });

  test("Vietnamese letters are as wide as their base letter; ơ and ư a little wider", () => {
    expect(textTwips("ã", SIZE, false)).toBe(textTwips("a", SIZE, false));
    expect(textTwips("Ậ", SIZE, true)).toBe(textTwips("A", SIZE, true));
    expect(textTwips("đ", SIZE, false)).toBe(textTwips("d", SIZE, false));
    expect(textTwips("ư", SIZE, false)).toBeGreaterThan(textTwips("u", SIZE, false));
    // Decomposed input measures the same as composed.
    expect(textTwips("Mã".normalize("NFD"), SIZE, true)).toBe(textTwips("Mã", SIZE, true));
  });

  test("bold capitals are wider than regular ones", () => {
    expect(textTwips("M", SIZE, true)).toBeGreaterThan(textTwips("M", SIZE, false));
  });
});

describe("unbreakableTwips", () => {
  test("is the widest word; a figure counts whole, even with a space in it", () => {
    const words = [text("Thu phí, lệ phí thẩm định")];
    expect(unbreakableTwips(words, SIZE, false)).toBe(textTwips("thẩm", SIZE, false));
    expect(unbreakableTwips([figure("1 234 567", src)], SIZE, false)).toBe(textTwips("1 234 567", SIZE, false));
  });

  test("text glued to a figure is measured with it", () => {
    expect(unbreakableTwips([figure("44,31", src), text("% dự toán")], SIZE, false)).toBe(textTwips("44,31%", SIZE, false));
  });
});

describe("columnNeeds", () => {
  test("each amount column needs at least its longest amount plus the cell padding", () => {
    const needs = columnNeeds(financeTable(), SIZE);
    expect(needs[2]?.least).toBeGreaterThanOrEqual(textTwips("26.995.000.000", SIZE, true) + 2 * CELL_MARGIN);
    expect(needs[0]?.least).toBeGreaterThanOrEqual(textTwips("Mã", SIZE, true) + 2 * CELL_MARGIN);
    expect(needs[0]?.least).toBeGreaterThanOrEqual(MIN_COLUMN);
    // A header may wrap: "Thực hiện kỳ báo cáo" asks one word's room, not the whole line.
    expect(needs[3]?.least).toBeLessThan(textTwips("Thực hiện kỳ báo cáo", SIZE, true));
    for (const need of needs) expect(need.oneLine).toBeGreaterThanOrEqual(need.least);
  });

  test("cells merged across columns are left out", () => {
    const block = table({
      columns: [
        { align: "left", width: 1 },
        { align: "left", width: 1 },
      ],
      header: [[cell("Một tiêu đề rất rất dài trải qua hai cột", { colSpan: 2 })]],
      body: [["a", "b"]],
    });
    expect(columnNeeds(block, SIZE).map((n) => n.least)).toEqual([MIN_COLUMN, MIN_COLUMN]);
  });
});

describe("tableColumnWidths", () => {
  const sum = (values: ReadonlyArray<number>): number => values.reduce((a, b) => a + b, 0);

  test.each([
    ["landscape", LANDSCAPE_TEXT_WIDTH],
    ["portrait", TEXT_WIDTH],
  ])("the finance table on a %s page: widths add up and every amount fits on one line", (_name, total) => {
    const block = financeTable();
    const widths = tableColumnWidths(block, total, SIZE);
    expect(sum(widths)).toBe(total);
    const needs = columnNeeds(block, SIZE);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(needs[i]?.least ?? Infinity));
    const longest = [
      [2, "26.995.000.000"],
      [3, "9.722.400.000"],
      [4, "26.305.000.000"],
    ] as const;
    for (const [i, amount] of longest) expect(widths[i]).toBeGreaterThanOrEqual(textTwips(amount, SIZE, true) + 2 * CELL_MARGIN);
  });

  test("on a landscape page the narrow columns get their whole line and the item column the rest", () => {
    const block = financeTable();
    const widths = tableColumnWidths(block, LANDSCAPE_TEXT_WIDTH, SIZE);
    const needs = columnNeeds(block, SIZE);
    for (const i of [0, 2, 3, 4, 5, 6]) expect(widths[i]).toBe(needs[i]?.oneLine);
    expect(Math.max(...widths)).toBe(widths[1]);
  });

  test("when everything fits, the room left is shared by the model's relative widths", () => {
    const block = table({
      columns: [
        { align: "left", width: 1 },
        { align: "left", width: 3 },
      ],
      header: [["A", "B"]],
      body: [["x", "y"]],
    });
    const widths = tableColumnWidths(block, 10_000, SIZE);
    const needs = columnNeeds(block, SIZE).map((n) => n.oneLine);
    expect(sum(widths)).toBe(10_000);
    // Past what each needs, the surplus splits 1 : 3 (to a twip of rounding).
    const extra = widths.map((w, i) => w - (needs[i] ?? 0));
    expect(Math.abs((extra[1] ?? 0) - 3 * (extra[0] ?? 0))).toBeLessThanOrEqual(4);
    expect(extra[0]).toBeGreaterThan(1_000);
  });

  test("when not even the least widths fit, the width is shared by need", () => {
    const block = table({
      columns: [
        { align: "left", width: 1 },
        { align: "left", width: 1 },
      ],
      header: [["A", "B"]],
      body: [[[figure("123.456.789.012.345", src)], "y"]],
    });
    const widths = tableColumnWidths(block, 2_000, SIZE);
    expect(sum(widths)).toBe(2_000);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
  });
});

describe("columnTwips", () => {
  test("shares out in proportion, the last column taking the rounding", () => {
    expect(columnTwips([1, 1, 1], 100)).toEqual([33, 33, 34]);
    expect(columnTwips([0, 0], 100)).toEqual([50, 50]);
  });
});
