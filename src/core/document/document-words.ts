/**
 * The fixed words of the layout in each language, and the number and date
 * lines, so every writer prints them the same way.
 */
import type { Lang } from "../i18n";
import { REPORT_KIND_CODE } from "./report-document";
import type { DocumentHeader, ReportDocument } from "./report-document";
import { romanNumeral } from "../format";

export interface DocumentWords {
  readonly nation: string;
  readonly motto: string;
  readonly numberLabel: string;
  readonly to: string;
  readonly distribution: string;
  /** Heading of the notes in plain text, where footnotes cannot sit at the page foot. */
  readonly notes: string;
  /** The word above an appendix's title: "Phụ lục", "Appendix". */
  readonly appendix: string;
}

const WORDS: Readonly<Record<Lang, DocumentWords>> = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    numberLabel: "Số:",
    to: "Kính gửi:",
    distribution: "Nơi nhận:",
    notes: "Ghi chú:",
    appendix: "Phụ lục",
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    numberLabel: "No.",
    to: "To:",
    distribution: "Distribution:",
    notes: "Notes:",
    appendix: "Appendix",
  },
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Room left for the clerk to write a number or a date in by hand. */
const BLANK = "    ";
/** In an English date line blanks of spaces read as nothing: dotted leaders show where to write. */
const EN_DAY_BLANK = "……";
const EN_MONTH_BLANK = "…………";

export function documentWords(language: Lang): DocumentWords {
  return WORDS[language];
}

/**
 * The registry number as Nghị định 30 writes it: numbers under 10 take a
 * leading zero ("07"); anything else is kept as typed.
 */
export function registryNumber(number: string | undefined): string {
  const n = number?.trim() ?? "";
  return /^\d$/.test(n) ? `0${n}` : n;
}

/** "07/BC-SKHCN", or "     /BC-SKHCN" while the report has no number. */
function numberAndSymbol(header: DocumentHeader): string {
  const number = registryNumber(header.number);
  return `${number === "" ? `${BLANK} ` : number}/${REPORT_KIND_CODE}-${header.agencyCode}`;
}

/** "Số: 07/BC-SKHCN", or "Số:      /BC-SKHCN" while the report has no number. */
export function numberLine(header: DocumentHeader, language: Lang): string {
  return `${WORDS[language].numberLabel} ${numberAndSymbol(header)}`;
}

function viDay(day: number | undefined): string {
  return day === undefined ? BLANK : day < 10 ? `0${day}` : String(day);
}

function viMonth(month: number | undefined): string {
  return month === undefined ? BLANK : month < 3 ? `0${month}` : String(month);
}

/** "5 July 2021", "…… July 2021", "…… ………… 2021". */
function englishDate(date: DocumentHeader["date"]): string {
  const { day, month, year } = date;
  const monthName = month === undefined ? EN_MONTH_BLANK : (MONTHS_EN[month - 1] ?? String(month));
  return `${day === undefined ? EN_DAY_BLANK : String(day)} ${monthName} ${year}`;
}

/**
 * "Lạng Sơn, ngày 05 tháng 02 năm 2021": as Nghị định 30 asks, days under 10
 * and months 1 and 2 take a leading zero. Blank parts are left as spaces, or
 * as dotted leaders in English ("Lang Son, …… ………… 2021").
 */
export function dateLine(header: DocumentHeader, language: Lang): string {
  return `${header.place}, ${dateWords(header.date, language)}`;
}

/** The date as the date line prints it: "ngày 05 tháng 02 năm 2021", "5 February 2021" (blanks where a part is unknown). */
export function dateWords(date: DocumentHeader["date"], language: Lang): string {
  if (language === "en") return englishDate(date);
  return `ngày ${viDay(date.day)} tháng ${viMonth(date.month)} năm ${date.year}`;
}

/** The three centred lines that open an appendix. */
export interface AppendixHeading {
  /** "Phụ lục" alone, or "Phụ lục II" when the document has several. */
  readonly label: string;
  /** The title in capitals. */
  readonly title: string;
  /** "(Kèm theo Báo cáo số 07/BC-SKHCN ngày 05 tháng 7 năm 2021 của Sở Khoa học và Công nghệ)". */
  readonly attached: string;
}

/** "Phụ lục" when the document has one appendix, "Phụ lục II" for the second of several. */
export function appendixLabel(language: Lang, index: number, count: number): string {
  const word = WORDS[language].appendix;
  return count > 1 ? `${word} ${romanNumeral(index + 1)}` : word;
}

/** The label, title and "Kèm theo" line of `doc.appendices[index]`. */
export function appendixHeading(doc: ReportDocument, index: number): AppendixHeading {
  const appendix = doc.appendices[index];
  if (appendix === undefined) throw new Error(`appendixHeading: no appendix ${index}`);
  const { header, language } = doc;
  const label = appendixLabel(language, index, doc.appendices.length);
  const symbol = numberAndSymbol(header);
  const attached =
    language === "en"
      ? `(Attached to Report No. ${symbol} of ${dateWords(header.date, language)} of the ${header.agencyInText})`
      : `(Kèm theo Báo cáo số ${symbol} ${dateWords(header.date, language)} của ${header.agencyInText})`;
  return { label, title: appendix.title.toUpperCase(), attached };
}
