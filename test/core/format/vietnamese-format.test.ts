import { formatCount, formatDate, formatNumber, formatPercent } from "../../../src/core/format";
import { epochDay } from "../../../src/core/grid";

const d = (y: number, m: number, day: number) => epochDay(y, m, day)!;

describe("Vietnamese numbers", () => {
  test.each([
    [3339, 0, "3.339"],
    [2550000, 0, "2.550.000"],
    [0, 0, "0"],
    [999, 0, "999"],
    [1000, 0, "1.000"],
    [2.5, 1, "2,5"],
    [1234.5, 2, "1.234,50"],
    [-1000000, 0, "-1.000.000"],
    [-0.001, 2, "0,00"],
  ])("formatNumber(%p, %p) = %p", (v, d, expected) => {
    expect(formatNumber(v, d)).toBe(expected);
  });

  test("English uses comma groups and a decimal point", () => {
    expect(formatNumber(1234567.891, 2, "en")).toBe("1,234,567.89");
  });

  test("counts under ten take a leading zero, others do not", () => {
    expect(formatCount(3)).toBe("03");
    expect(formatCount(0)).toBe("00");
    expect(formatCount(9)).toBe("09");
    expect(formatCount(10)).toBe("10");
    expect(formatCount(840)).toBe("840");
    expect(formatCount(3339)).toBe("3.339");
    expect(formatCount(3, { lang: "en", leadingZero: false })).toBe("3");
    expect(formatCount(3, { lang: "vi", leadingZero: false })).toBe("3");
  });

  test("percent", () => {
    expect(formatPercent((71 / 3399) * 100)).toBe("2,09%");
    expect(formatPercent(100)).toBe("100,00%");
  });
});

// The header's place-and-date line is `dateLine` of the document model (test/core/document/document-words.test.ts).
describe("Vietnamese dates", () => {
  test("dd/mm/yyyy, zero-padded", () => {
    expect(formatDate(d(2021, 1, 25))).toBe("25/01/2021");
  });
});
