/**
 * Everything around the sections: header, title, subject, recipients, basis,
 * closing, distribution and signer, in the reference's words.
 */
import { footnote, paragraph, type DocumentHeader, type ParagraphBlock, type Signer } from "../document";
import { civilDate } from "../grid";
import type { ReportSettings } from "../model";
import { localityWord, withoutDiacritics } from "./agency-words";
import { nextPeriodRun, periodPairRuns, periodRun } from "./period-figures";
import { periodPair } from "./period-words";
import type { ReportContext } from "./report-context";
import { narrativeWords } from "./narrative-words";

const DEFAULT_DISTRIBUTION = { vi: ["Như trên;", "Lưu: VT."], en: ["As above;", "File: VT."] } as const;

/** Lines of a multi-line setting, list marks ("- ") removed, blanks skipped. */
function lines(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–+•]\s*/, "").trim())
    .filter((l) => l !== "");
}

function settingsOf(ctx: ReportContext): ReportSettings {
  return ctx.data.settings.values;
}

export function reportHeader(ctx: ReportContext): DocumentHeader {
  const s = settingsOf(ctx);
  const w = narrativeWords(ctx.lang);
  const place = s.place?.trim() ?? "";
  const date = s.issueDate === undefined ? { year: ctx.words.year } : civilDate(s.issueDate);
  const header: DocumentHeader = {
    parentAgency: w.headerAgency(s.parentAgency ?? ""),
    agency: w.headerAgency(s.agency ?? ""),
    agencyCode: s.agencyCode?.trim() ?? "",
    agencyInText: agencyName(ctx),
    place: w.place(place),
    date,
  };
  const number = s.number?.trim();
  return number ? { ...header, number } : header;
}

export function reportTitle(ctx: ReportContext): string {
  return narrativeWords(ctx.lang).reportTitle;
}

/** "Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021". */
export function reportSubject(ctx: ReportContext): string {
  if (ctx.lang === "en") {
    return `Results of science and technology activities in ${ctx.words.period} and directions for ${ctx.words.nextPeriod}`;
  }
  const { first, second } = periodPair(ctx.words);
  return `Kết quả hoạt động khoa học và công nghệ ${first}, phương hướng nhiệm vụ ${second}`;
}

export function reportRecipients(ctx: ReportContext): string[] {
  const recipients = lines(settingsOf(ctx).recipient).map((l) => l.replace(/;$/, ""));
  return recipients.map(narrativeWords(ctx.lang).recipient);
}

/** "Sở Khoa học và Công nghệ" as a sentence names the agency. */
function agencyName(ctx: ReportContext): string {
  const agency = settingsOf(ctx).agency ?? "";
  return narrativeWords(ctx.lang).agencyInText(agency);
}

/** Said once, on the basis, in the English edition. */
const ORIGINAL_VIETNAMESE_NOTE =
  "Text in quotation marks, the paragraphs of the sections typed by the Department and the names of its sheets and items are given in the original Vietnamese, as typed.";

/** The clerk's basis without its own ending ", Sở … báo cáo như sau:", which the English sentence says itself. */
function basisCitation(basis: string): string {
  return basis.replace(/,?\s*[^,]*báo cáo như sau:$/u, "").replace(/[\s.,;:]+$/u, "");
}

/**
 * "{Căn cứ}, Sở Khoa học và Công nghệ báo cáo như sau:", or without a basis
 * "Sở … báo cáo kết quả hoạt động khoa học và công nghệ {period} như sau:".
 * The English report quotes the basis as typed and says, in a note, that
 * quoted text is in the original Vietnamese.
 */
export function reportBasis(ctx: ReportContext): ParagraphBlock {
  const agency = agencyName(ctx);
  const basis = settingsOf(ctx).basis?.normalize("NFC").trim().replace(/\s+/g, " ") ?? "";
  if (ctx.lang === "en") {
    const purpose = `The ${agency} reports on its science and technology activities in `;
    const note = footnote(ORIGINAL_VIETNAMESE_NOTE);
    const citation = basisCitation(basis);
    if (citation === "") return paragraph(purpose, periodRun(ctx), " as follows:", note);
    return paragraph(`In response to “${citation}”, the ${agency} reports on its science and technology activities in `, periodRun(ctx), " as follows:", note);
  }
  if (basis === "") return paragraph(`${agency} báo cáo kết quả hoạt động khoa học và công nghệ `, periodRun(ctx), " như sau:");
  if (/báo cáo như sau:$/u.test(basis)) return paragraph(basis);
  return paragraph(`${basis.replace(/[\s.,;:]+$/u, "")}, ${agency} báo cáo như sau:`);
}

/** "… của Sở Khoa học và Công nghệ tỉnh Lạng Sơn./." (the place added unless the name has it). */
export function reportClosing(ctx: ReportContext): ParagraphBlock {
  const s = settingsOf(ctx);
  const place = s.place?.trim() ?? "";
  const agency = agencyName(ctx);
  if (ctx.lang === "en") {
    const of = place === "" || /province|city/i.test(agency) ? "" : ` of ${withoutDiacritics(place)} Province`;
    return paragraph(
      `This concludes the report of the ${agency}${of} on its science and technology activities in `,
      periodRun(ctx),
      " and its directions for ",
      nextPeriodRun(ctx),
      ".",
    );
  }
  const locality = s.parentAgency ?? "";
  const where = place === "" || /(?:^|\s)(?:tỉnh|thành phố)(?=\s|$)/iu.test(agency) ? "" : ` ${localityWord(locality)} ${place}`;
  const { first, second } = periodPairRuns(ctx);
  return paragraph("Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ ", first, " và phương hướng nhiệm vụ ", second, ` của ${agency}${where}./.`);
}

export function reportDistribution(ctx: ReportContext): ReadonlyArray<string> {
  const given = (settingsOf(ctx).distribution ?? []).flatMap(lines);
  if (given.length === 0) return DEFAULT_DISTRIBUTION[ctx.lang];
  return given.map(narrativeWords(ctx.lang).distributionLine);
}

export function reportSigner(ctx: ReportContext): Signer {
  const s = settingsOf(ctx);
  const titles = lines(s.signerTitle);
  return {
    titleLines: titles.map(narrativeWords(ctx.lang).signerTitle),
    name: s.signer?.trim() ?? "",
  };
}
