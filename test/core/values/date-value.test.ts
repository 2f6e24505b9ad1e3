import { epochDay, isoDate } from "../../../src/core/grid";
import { PLAUSIBLE_SERIAL, ValueProblem, parseDate, parseDateText } from "../../../src/core/values";

const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;

describe("parseDateText", () => {
  it.each([
    ["30/06/2021", day(2021, 6, 30)],
    ["1/7/2021", day(2021, 7, 1)],
    ["01-07-2021", day(2021, 7, 1)],
    ["01.07.2021", day(2021, 7, 1)],
    ["2021-07-01", day(2021, 7, 1)],
    ["\u00a0 05/03/2021 ", day(2021, 3, 5)],
    ["05/03/2021 00:00:00", day(2021, 3, 5)],
    ["29/02/2024", day(2024, 2, 29)],
  ])("%j → day", (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it("reads day first, never month first", () => {
    expect(isoDate(parseDateText("05/03/2021") as number)).toBe("2021-03-05");
  });

  it.each(["31/02/2022", "29/02/2023", "00/01/2021", "12/13/2021", "2021-02-30"])("%j is impossible", (text) => {
    expect(parseDateText(text)).toBe("impossible");
  });

  it.each(["", "hôm qua", "1/7/21", "2021/07/01", "01/07-2021", "44197", "Q1 2021"])("%j is invalid", (text) => {
    expect(parseDateText(text)).toBe("invalid");
  });
});

describe("parseDate", () => {
  it("reads an Excel date cell in the 1900 system: 44197 is 2021-01-01", () => {
    expect(isoDate(parseDate({ t: "d", v: 44197 }, "Ngày", false) as number)).toBe("2021-01-01");
  });

  it("reads a 1904 serial 1462 days lower", () => {
    expect(isoDate(parseDate({ t: "d", v: 44197 - 1462 }, "Ngày", true) as number)).toBe("2021-01-01");
    expect(isoDate(parseDate({ t: "d", v: 0 }, "Ngày", true) as number)).toBe("1904-01-01");
  });

  it("drops the time of day", () => {
    expect(isoDate(parseDate({ t: "d", v: 44197.75 }, "Ngày", false) as number)).toBe("2021-01-01");
  });

  it("takes a plain number cell as a serial only in the plausible range", () => {
    expect(isoDate(parseDate({ t: "n", v: 44197 }, "Ngày", false) as number)).toBe("2021-01-01");
    expect(parseDate({ t: "n", v: PLAUSIBLE_SERIAL.min - 1 }, "Ngày", false)).toEqual(new ValueProblem("date-invalid", { column: "Ngày", value: "19999" }));
    expect(parseDate({ t: "n", v: 2021 }, "Ngày", false)).toEqual(new ValueProblem("date-invalid", { column: "Ngày", value: "2021" }));
  });

  it("names impossible and invalid dates", () => {
    expect(parseDate({ t: "s", v: "31/02/2022" }, "Ngày đăng ký", false)).toEqual(
      new ValueProblem("date-impossible", { column: "Ngày đăng ký", value: "31/02/2022" }),
    );
    expect(parseDate({ t: "s", v: "tháng 3" }, "Ngày đăng ký", false)).toEqual(new ValueProblem("date-invalid", { column: "Ngày đăng ký", value: "tháng 3" }));
    expect(parseDate({ t: "b", v: true }, "Ngày", false)).toEqual(new ValueProblem("date-invalid", { column: "Ngày", value: "TRUE" }));
    expect(parseDate({ t: "d", v: -5 }, "Ngày", false)).toBeInstanceOf(ValueProblem);
  });

  it("reports an Excel error value as such", () => {
    expect(parseDate({ t: "e", v: "#N/A" }, "Ngày", false)).toEqual(new ValueProblem("excel-error", { column: "Ngày", value: "#N/A" }));
  });
});
