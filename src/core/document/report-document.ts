/**
 * The report as data, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out
 * an administrative report. The .docx writer, the HTML preview and Word
 * insertion all read this; none of them decide what it says.
 */
import type { Lang } from "../i18n";
import type { Block, ParagraphBlock } from "./blocks";
import type { TextFigure } from "./text-figures";

/** The kind code in the number line: `Số: …/BC-SKHCN`. */
export const REPORT_KIND_CODE = "BC";

/** Issue date; day and month left out are left blank for the clerk to fill in. */
export interface IssueDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface DocumentHeader {
  /** "UBND TỈNH LẠNG SƠN"; the writers print it in capitals. */
  readonly parentAgency: string;
  /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; the writers print it in capitals, bold. */
  readonly agency: string;
  /** "SKHCN", for `Số: …/BC-SKHCN`. */
  readonly agencyCode: string;
  /** The registry number; blank until the clerk numbers the report. */
  readonly number?: string;
  /** The agency as a sentence names it ("Sở Khoa học và Công nghệ"): the appendices' "Kèm theo" line cites it. */
  readonly agencyInText: string;
  /** "Lạng Sơn" ("Lang Son" in an English document). */
  readonly place: string;
  readonly date: IssueDate;
}

/**
 * A numbered part of the body. Depth gives the level: parts (I., II.), then
 * sections (1., 2.), then sub-sections (6.1.).
 */
export interface DocumentSection {
  /** The label as printed, with its dot: "II.", "6.", "6.1.". */
  readonly number: string;
  readonly heading: string;
  readonly blocks: ReadonlyArray<Block>;
  readonly sections: ReadonlyArray<DocumentSection>;
}

/** How an appendix page is turned; a wide table asks for landscape. */
export type PageOrientation = "portrait" | "landscape";

/**
 * A Phụ lục as Nghị định 30/2020, Phụ lục I, lays one out: it opens its own pages,
 * numbered from 1, under "Phụ lục" (with its Roman number when there are
 * several), its title in capitals and the "(Kèm theo Báo cáo số …)" line;
 * `appendixHeading` words all three from the document, so no writer or
 * narrative spells them on its own.
 */
export interface Appendix {
  /** In sentence case; the writers print it in capitals. */
  readonly title: string;
  readonly blocks: ReadonlyArray<Block>;
  /** Portrait when left out; the writers that have pages turn a landscape appendix's pages. */
  readonly orientation?: PageOrientation;
}

export interface Signer {
  /** ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"]; the writers print them in capitals, bold. */
  readonly titleLines: ReadonlyArray<string>;
  /** Blank when not known yet. */
  readonly name: string;
}

export interface ReportDocument {
  readonly language: Lang;
  readonly header: DocumentHeader;
  /** "BÁO CÁO"; the writers print it in capitals. */
  readonly title: string;
  /** The subject line under the title. */
  readonly subject: string;
  /** After `Kính gửi:`; several recipients are listed one a line. */
  readonly recipients: ReadonlyArray<string>;
  /** "Thực hiện Công văn số …, Sở … báo cáo như sau:". */
  readonly basis: ParagraphBlock;
  readonly sections: ReadonlyArray<DocumentSection>;
  /** "Trên đây là báo cáo …./.". */
  readonly closing: ParagraphBlock;
  /** The `Nơi nhận` lines without their leading "- ": "Như trên;", "Lưu: VT, …". */
  readonly distribution: ReadonlyArray<string>;
  readonly signer: Signer;
  readonly appendices: ReadonlyArray<Appendix>;
  /** Computed values printed in the fixed lines (subject, headings, date line, appendix titles): see `textFigureRuns`. */
  readonly textFigures?: ReadonlyArray<TextFigure>;
}

/** A section: `section("6.", "Công tác tiêu chuẩn đo lường chất lượng.", [], [sub61, sub62])`. */
export function section(number: string, heading: string, blocks: ReadonlyArray<Block> = [], sections: ReadonlyArray<DocumentSection> = []): DocumentSection {
  return { number, heading, blocks, sections };
}
