import { appendixHeading, dateLine, documentWords, numberLine, registryNumber } from "../../../src/core/document";
import { romanNumeral } from "../../../src/core/format";
import { sampleReport } from "./sample-report";
import type { DocumentHeader } from "../../../src/core/document";

const header = (patch: Partial<DocumentHeader> = {}): DocumentHeader => ({
  parentAgency: "UBND TỈNH LẠNG SƠN",
  agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  agencyCode: "SKHCN",
  agencyInText: "Sở Khoa học và Công nghệ",
  place: "Lạng Sơn",
  date: { year: 2021 },
  ...patch,
});

describe("number line", () => {
  test("leaves room for the clerk when the report has no number", () => {
    expect(numberLine(header(), "vi")).toBe("Số:      /BC-SKHCN");
    expect(numberLine(header({ number: "  " }), "vi")).toBe("Số:      /BC-SKHCN");
  });

  test("numbers under ten take a leading zero, as Nghị định 30 writes them", () => {
    expect(numberLine(header({ number: "7" }), "vi")).toBe("Số: 07/BC-SKHCN");
    expect(numberLine(header({ number: " 7 " }), "en")).toBe("No. 07/BC-SKHCN");
    expect(numberLine(header({ number: "10" }), "vi")).toBe("Số: 10/BC-SKHCN");
    expect(numberLine(header({ number: "07" }), "vi")).toBe("Số: 07/BC-SKHCN");
  });

  test("prints the number before the symbol", () => {
    expect(numberLine(header({ number: "125" }), "vi")).toBe("Số: 125/BC-SKHCN");
    expect(numberLine(header({ number: "125" }), "en")).toBe("No. 125/BC-SKHCN");
  });
});

describe("date line", () => {
  test("blank day and month keep the year", () => {
    expect(dateLine(header(), "vi")).toBe("Lạng Sơn, ngày      tháng      năm 2021");
    expect(dateLine(header({ date: { year: 2021, month: 5 } }), "vi")).toBe("Lạng Sơn, ngày      tháng 5 năm 2021");
  });

  test("days under 10 and months 1 and 2 take a leading zero", () => {
    expect(dateLine(header({ date: { year: 2021, month: 2, day: 5 } }), "vi")).toBe("Lạng Sơn, ngày 05 tháng 02 năm 2021");
    expect(dateLine(header({ date: { year: 2021, month: 12, day: 25 } }), "vi")).toBe("Lạng Sơn, ngày 25 tháng 12 năm 2021");
    expect(dateLine(header({ date: { year: 2021, month: 3, day: 10 } }), "vi")).toBe("Lạng Sơn, ngày 10 tháng 3 năm 2021");
  });

  test("English dates name the month", () => {
    const en = header({ place: "Lang Son", date: { year: 2021, month: 5, day: 20 } });
    expect(dateLine(en, "en")).toBe("Lang Son, 20 May 2021");
    // Dotted leaders where the clerk writes the day and month: spaces would read as nothing.
    expect(dateLine(header({ place: "Lang Son" }), "en")).toBe("Lang Son, …… ………… 2021");
    expect(dateLine(header({ place: "Lang Son", date: { year: 2021, month: 7 } }), "en")).toBe("Lang Son, …… July 2021");
  });
});

test("fixed words in both languages", () => {
  expect(documentWords("vi")).toMatchObject({
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    to: "Kính gửi:",
    distribution: "Nơi nhận:",
  });
  expect(documentWords("en")).toMatchObject({
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    numberLabel: "No.",
    to: "To:",
    distribution: "Distribution:",
  });
});

describe("appendix headings (the Phụ lục form of Nghị định 30)", () => {
  const appendix = (title: string) => ({ title, blocks: [] });
  const report = (count: number, patch: Partial<DocumentHeader> = {}, language: "vi" | "en" = "vi") =>
    sampleReport({ language, header: header(patch), appendices: Array.from({ length: count }, (_, i) => appendix(`Biểu số ${i + 1}`)) });

  test("one appendix is “Phụ lục” alone; several are numbered in Roman", () => {
    expect(appendixHeading(report(1), 0).label).toBe("Phụ lục");
    expect([0, 1, 2, 3].map((i) => appendixHeading(report(4), i).label)).toEqual(["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"]);
    expect([9, 14, 40].map(romanNumeral)).toEqual(["IX", "XIV", "XL"]);
  });

  test("the title in capitals and the “Kèm theo” line with the padded number, the date and the agency", () => {
    const doc = report(1, { number: "7", date: { year: 2021, month: 7, day: 5 } });
    expect(appendixHeading(doc, 0)).toEqual({
      label: "Phụ lục",
      title: "BIỂU SỐ 1",
      attached: "(Kèm theo Báo cáo số 07/BC-SKHCN ngày 05 tháng 7 năm 2021 của Sở Khoa học và Công nghệ)",
    });
    expect(appendixHeading(report(1), 0).attached).toBe("(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)");
  });

  test("in English", () => {
    const doc = report(2, { number: "7", agencyInText: "Department of Science and Technology" }, "en");
    expect(appendixHeading(doc, 1)).toEqual({
      label: "Appendix II",
      title: "BIỂU SỐ 2",
      attached: "(Attached to Report No. 07/BC-SKHCN of …… ………… 2021 of the Department of Science and Technology)",
    });
  });

  test("registry numbers under ten take a leading zero; others are kept as typed", () => {
    expect(["7", "07", "10", "125", "", "7a"].map(registryNumber)).toEqual(["07", "07", "10", "125", "", "7a"]);
  });
});
