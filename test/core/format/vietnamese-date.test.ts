import { formatDate, formatDateInText, placeAndDate } from "../../../src/core/format";
import { epochDay } from "../../../src/core/grid";

const d = (y: number, m: number, day: number) => epochDay(y, m, day)!;

describe("Vietnamese dates", () => {
  test("dd/mm/yyyy, zero-padded", () => {
    expect(formatDate(d(2021, 1, 25))).toBe("25/01/2021");
    expect(formatDateInText(d(2021, 4, 5))).toBe("ngày 05/04/2021");
    expect(formatDateInText(d(2021, 4, 5), "en")).toBe("5 April 2021");
  });

  test("the header's place and date follows Nghị định 30/2020", () => {
    expect(placeAndDate("Lạng Sơn", d(2021, 7, 5), 2021)).toBe("Lạng Sơn, ngày 05 tháng 7 năm 2021");
    expect(placeAndDate("Lạng Sơn", d(2021, 2, 15), 2021)).toBe("Lạng Sơn, ngày 15 tháng 02 năm 2021");
    expect(placeAndDate("Lạng Sơn", d(2021, 12, 31), 2021)).toBe("Lạng Sơn, ngày 31 tháng 12 năm 2021");
  });

  test("without a date, day and month are left blank for the clerk", () => {
    const line = placeAndDate("Lạng Sơn", undefined, 2021);
    expect(line).toMatch(/^Lạng Sơn, ngày\u00a0+tháng\u00a0+năm 2021$/);
    expect(placeAndDate("Lang Son", undefined, 2021, "en")).toMatch(/^Lang Son, \u00a0+ 2021$/);
  });
});
