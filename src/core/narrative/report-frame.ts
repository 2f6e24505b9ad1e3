/**
 * Everything around the sections: header, title, subject, recipients, basis,
 * closing, distribution and signer, in the reference's words.
 */
import { paragraph, type DocumentHeader, type ParagraphBlock, type Signer } from "../document";
import { civilDate } from "../grid";
import type { ReportSettings } from "../model";
import { agencyInEnglish, agencyInText, localityWord, signerTitleInEnglish, withoutDiacritics } from "./agency-words";
import { periodPair } from "./period-words";
import type { ReportContext } from "./report-context";

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
  const en = ctx.lang === "en";
  const place = s.place?.trim() ?? "";
  const date = s.issueDate === undefined ? { year: ctx.words.year } : civilDate(s.issueDate);
  const header: DocumentHeader = {
    parentAgency: en ? agencyInEnglish(s.parentAgency ?? "") : (s.parentAgency?.trim() ?? ""),
    agency: en ? agencyInEnglish(s.agency ?? "") : (s.agency?.trim() ?? ""),
    agencyCode: s.agencyCode?.trim() ?? "",
    place: en ? withoutDiacritics(place) : place,
    date,
  };
  const number = s.number?.trim();
  return number ? { ...header, number } : header;
}

export function reportTitle(ctx: ReportContext): string {
  return ctx.lang === "en" ? "Report" : "Báo cáo";
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
  return lines(settingsOf(ctx).recipient).map((l) => l.replace(/;$/, ""));
}

/** "Sở Khoa học và Công nghệ" as a sentence names the agency. */
function agencyName(ctx: ReportContext): string {
  const agency = settingsOf(ctx).agency ?? "";
  return ctx.lang === "en" ? agencyInEnglish(agency) : agencyInText(agency);
}

/**
 * "{Căn cứ}, Sở Khoa học và Công nghệ báo cáo như sau:", or without a basis
 * "Sở … báo cáo kết quả hoạt động khoa học và công nghệ {period} như sau:".
 * The English report states its purpose only: the basis is a Vietnamese citation.
 */
export function reportBasis(ctx: ReportContext): ParagraphBlock {
  const agency = agencyName(ctx);
  if (ctx.lang === "en") {
    return paragraph(`The ${agency} reports on its science and technology activities in ${ctx.words.period} as follows:`);
  }
  const basis = settingsOf(ctx).basis?.normalize("NFC").trim().replace(/\s+/g, " ") ?? "";
  if (basis === "") return paragraph(`${agency} báo cáo kết quả hoạt động khoa học và công nghệ ${ctx.words.period} như sau:`);
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
      `This concludes the report of the ${agency}${of} on its science and technology activities in ${ctx.words.period} and its directions for ${ctx.words.nextPeriod}.`,
    );
  }
  const locality = s.parentAgency ?? "";
  const where = place === "" || /(?:^|\s)(?:tỉnh|thành phố)(?=\s|$)/iu.test(agency) ? "" : ` ${localityWord(locality)} ${place}`;
  const { first, second } = periodPair(ctx.words);
  return paragraph(
    `Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ ${first} và phương hướng nhiệm vụ ${second} của ${agency}${where}./.`,
  );
}

export function reportDistribution(ctx: ReportContext): ReadonlyArray<string> {
  const given = (settingsOf(ctx).distribution ?? []).flatMap(lines);
  return given.length > 0 ? given : DEFAULT_DISTRIBUTION[ctx.lang];
}

export function reportSigner(ctx: ReportContext): Signer {
  const s = settingsOf(ctx);
  const titles = lines(s.signerTitle);
  return {
    titleLines: ctx.lang === "en" ? titles.map(signerTitleInEnglish) : titles,
    name: s.signer?.trim() ?? "",
  };
}
