import { derivePeriodName, derivePeriodNameEn, nextPeriodName, nextPeriodNameEn, periodOf } from "../../../src/core/summarise";
import { d } from "../fixtures/records";

const name = (from: string, to: string) => derivePeriodName(d(from), d(to));
const nameEn = (from: string, to: string) => derivePeriodNameEn(d(from), d(to));
const next = (from: string, to: string) => nextPeriodName(d(from), d(to));
const nextEn = (from: string, to: string) => nextPeriodNameEn(d(from), d(to));

describe("period names", () => {
  it.each([
    ["2021-01-01", "2021-06-30", "6 tháng đầu năm 2021"],
    ["2021-07-01", "2021-12-31", "6 tháng cuối năm 2021"],
    ["2022-01-01", "2022-03-31", "quý I năm 2022"],
    ["2022-04-01", "2022-06-30", "quý II năm 2022"],
    ["2022-07-01", "2022-09-30", "quý III năm 2022"],
    ["2022-10-01", "2022-12-31", "quý IV năm 2022"],
    ["2022-01-01", "2022-09-30", "9 tháng đầu năm 2022"],
    ["2022-01-01", "2022-12-31", "năm 2022"],
    ["2022-03-01", "2022-03-31", "tháng 3 năm 2022"],
    ["2024-02-01", "2024-02-29", "tháng 2 năm 2024"],
    ["2023-02-01", "2023-02-28", "tháng 2 năm 2023"],
    ["2024-01-01", "2024-03-31", "quý I năm 2024"],
    ["2024-02-01", "2024-02-28", "từ ngày 01/02/2024 đến ngày 28/02/2024"],
    ["2022-01-05", "2022-03-20", "từ ngày 05/01/2022 đến ngày 20/03/2022"],
    ["2022-01-01", "2022-06-29", "từ ngày 01/01/2022 đến ngày 29/06/2022"],
    ["2022-02-01", "2022-04-30", "từ ngày 01/02/2022 đến ngày 30/04/2022"],
    ["2021-07-01", "2022-06-30", "từ ngày 01/07/2021 đến ngày 30/06/2022"],
    ["2022-01-01", "2022-02-28", "từ ngày 01/01/2022 đến ngày 28/02/2022"],
  ])("%s – %s is %s", (from, to, expected) => {
    expect(name(from, to)).toBe(expected);
    expect(name(from, to)).toBe(expected.normalize("NFC"));
  });

  it.each([
    ["2021-01-01", "2021-06-30", "the first half of 2021"],
    ["2021-07-01", "2021-12-31", "the second half of 2021"],
    ["2022-07-01", "2022-09-30", "Q3 2022"],
    ["2022-01-01", "2022-09-30", "the first nine months of 2022"],
    ["2022-01-01", "2022-12-31", "2022"],
    ["2024-02-01", "2024-02-29", "February 2024"],
    ["2022-01-05", "2022-03-20", "from 5 January 2022 to 20 March 2022"],
  ])("%s – %s in English is %s", (from, to, expected) => {
    expect(nameEn(from, to)).toBe(expected);
  });
});

describe("the next period", () => {
  it.each([
    ["2021-01-01", "2021-06-30", "6 tháng cuối năm 2021", "the second half of 2021"],
    ["2021-07-01", "2021-12-31", "6 tháng đầu năm 2022", "the first half of 2022"],
    ["2022-07-01", "2022-09-30", "quý IV năm 2022", "Q4 2022"],
    ["2022-10-01", "2022-12-31", "quý I năm 2023", "Q1 2023"],
    ["2022-01-01", "2022-09-30", "3 tháng cuối năm 2022", "the last three months of 2022"],
    ["2022-01-01", "2022-12-31", "năm 2023", "2023"],
    ["2022-03-01", "2022-03-31", "tháng 4 năm 2022", "April 2022"],
    ["2022-12-01", "2022-12-31", "tháng 1 năm 2023", "January 2023"],
    ["2024-01-01", "2024-01-31", "tháng 2 năm 2024", "February 2024"],
    // 75 days from 5 January; then 75 days from 21 March.
    ["2022-01-05", "2022-03-20", "từ ngày 21/03/2022 đến ngày 03/06/2022", "from 21 March 2022 to 3 June 2022"],
    // 28 days in a leap February, not the whole month: the next 28 days start on the 29th.
    ["2024-02-01", "2024-02-28", "từ ngày 29/02/2024 đến ngày 27/03/2024", "from 29 February 2024 to 27 March 2024"],
  ])("after %s – %s comes %s", (from, to, vi, en) => {
    expect(next(from, to)).toBe(vi);
    expect(nextEn(from, to)).toBe(en);
  });
});

describe("periodOf", () => {
  it("derives the name from the dates", () => {
    expect(periodOf({ from: d("2021-01-01"), to: d("2021-06-30") })).toEqual({
      from: d("2021-01-01"),
      to: d("2021-06-30"),
      name: "6 tháng đầu năm 2021",
    });
  });

  it("uses a given name as is", () => {
    expect(periodOf({ from: d("2021-01-01"), to: d("2021-05-15"), periodName: "6 tháng đầu năm 2021" })?.name).toBe("6 tháng đầu năm 2021");
  });

  it("derives the name when the given one is blank", () => {
    expect(periodOf({ from: d("2021-01-01"), to: d("2021-12-31"), periodName: "  " })?.name).toBe("năm 2021");
  });

  it("has no period without both dates in order", () => {
    expect(periodOf({ from: d("2021-01-01") })).toBeUndefined();
    expect(periodOf({ to: d("2021-01-01") })).toBeUndefined();
    expect(periodOf({ from: d("2021-06-30"), to: d("2021-01-01") })).toBeUndefined();
  });

  it("names a single day by its dates", () => {
    expect(periodOf({ from: d("2021-06-30"), to: d("2021-06-30") })?.name).toBe("từ ngày 30/06/2021 đến ngày 30/06/2021");
  });
});
