/**
 * The fixed words of the layout in each language, and the number and date
 * lines, so every writer prints them the same way.
 */
import { REPORT_KIND_CODE } from "./report-document";
import type { DocumentHeader, DocumentLanguage } from "./report-document";

export interface DocumentWords {
  readonly nation: string;
  readonly motto: string;
  readonly numberLabel: string;
  readonly to: string;
  readonly distribution: string;
  /** Heading of the notes in plain text, where footnotes cannot sit at the page foot. */
  readonly notes: string;
}

const WORDS: Readonly<Record<DocumentLanguage, DocumentWords>> = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    numberLabel: "Số:",
    to: "Kính gửi:",
    distribution: "Nơi nhận:",
    notes: "Ghi chú:",
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    numberLabel: "No.",
    to: "To:",
    distribution: "Distribution:",
    notes: "Notes:",
  },
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Room left for the clerk to write a number or a date in by hand. */
const BLANK = "    ";

export function documentWords(language: DocumentLanguage): DocumentWords {
  return WORDS[language];
}

/** "Số: 12/BC-SKHCN", or "Số:      /BC-SKHCN" while the report has no number. */
export function numberLine(header: DocumentHeader, language: DocumentLanguage): string {
  const symbol = `/${REPORT_KIND_CODE}-${header.agencyCode}`;
  const number = header.number?.trim() ?? "";
  const label = WORDS[language].numberLabel;
  return number === "" ? `${label} ${BLANK} ${symbol}` : `${label} ${number}${symbol}`;
}

/**
 * "Lạng Sơn, ngày 05 tháng 02 năm 2021": as Nghị định 30 asks, days under 10
 * and months 1 and 2 take a leading zero. Blank parts are left as spaces.
 */
export function dateLine(header: DocumentHeader, language: DocumentLanguage): string {
  const { day, month, year } = header.date;
  if (language === "en") {
    const monthName = month === undefined ? BLANK : (MONTHS_EN[month - 1] ?? String(month));
    const dayText = day === undefined ? BLANK : String(day);
    return `${header.place}, ${dayText} ${monthName} ${year}`;
  }
  const dayText = day === undefined ? BLANK : day < 10 ? `0${day}` : String(day);
  const monthText = month === undefined ? BLANK : month < 3 ? `0${month}` : String(month);
  return `${header.place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}
