import { ValueProblem, parseNumber, parseNumberText } from "../../../src/core/values";

describe("parseNumberText", () => {
  it.each([
    ["3339", 3339],
    ["3.339", 3339],
    ["2.550.000", 2550000],
    ["2,5", 2.5],
    ["1.234,5", 1234.5],
    ["1.234.567,89", 1234567.89],
    ["1,234.5", 1234.5],
    ["2,550,000", 2550000],
    ["1,234", 1.234],
    ["3.5", 3.5],
    ["12.50", 12.5],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    [",5", 0.5],
    ["\u00a03.339\u00a0", 3339],
    [" 2 550 000 ", 2550000],
    ["-1.000", -1000],
    ["\u2212" + "7", -7],
    ["+12", 12],
  ])("%j → %d", (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  it.each(["", " ", "abc", "1.2.3", "1,2,3", "12,34.5", "1.23,4.5", "5,", "1e5", "3 triệu", "--1", "1.234.56"])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe("parseNumber", () => {
  it("reads number cells and number text", () => {
    expect(parseNumber({ t: "n", v: 12.5 }, "Kinh phí")).toBe(12.5);
    expect(parseNumber({ t: "s", v: "2.550.000" }, "Kinh phí")).toBe(2550000);
    expect(parseNumber({ t: "d", v: 3 }, "Số lượng")).toBe(3);
  });

  it("refuses what is not a number", () => {
    expect(parseNumber({ t: "s", v: "ba" }, "Số lượng")).toEqual(new ValueProblem("number-invalid", { column: "Số lượng", value: "ba" }));
    expect(parseNumber({ t: "b", v: false }, "Số lượng")).toEqual(new ValueProblem("number-invalid", { column: "Số lượng", value: "FALSE" }));
    expect(parseNumber({ t: "e", v: "#DIV/0!" }, "Số lượng")).toEqual(new ValueProblem("excel-error", { column: "Số lượng", value: "#DIV/0!" }));
  });

  it("applies the column's rule", () => {
    expect(parseNumber({ t: "s", v: "2,5" }, "Số lượng", { integer: true })).toEqual(
      new ValueProblem("number-not-integer", { column: "Số lượng", value: "2,5" }),
    );
    expect(parseNumber({ t: "n", v: 3 }, "Số lượng", { integer: true, min: "positive" })).toBe(3);
    expect(parseNumber({ t: "n", v: 0 }, "Số lượng", { min: "positive" })).toEqual(new ValueProblem("number-not-positive", { column: "Số lượng", value: 0 }));
    expect(parseNumber({ t: "n", v: 0 }, "Kinh phí", { min: "nonNegative" })).toBe(0);
    expect(parseNumber({ t: "s", v: "-1.000" }, "Kinh phí", { min: "nonNegative" })).toEqual(
      new ValueProblem("number-negative", { column: "Kinh phí", value: "-1.000" }),
    );
  });
});
