/**
 * ReportDocument → .docx bytes, laid out as Nghị định 30/2020/NĐ-CP asks.
 * The same document and clock always give the same bytes.
 */
import { AlignmentType, Document, LineRuleType, Packer, PageOrientation as DocxOrientation, Paragraph } from "docx";
import type { ISectionPropertiesOptions, Table } from "docx";
import type { PageOrientation, ReportDocument } from "../../core/document";
import { recipientLines, documentWords, titleFigures } from "../../core/document";
import { closingBlock } from "./closing-block";
import { CORE_PROPERTIES_PATH, corePropertiesXml } from "./core-properties";
import { headerBlock } from "./header-block";
import { FIRST_LINE_INDENT, FONT, LINE_SPACING, PAGE, SIZE, SPACE_AFTER, TEXT_WIDTH } from "./layout";
import { centredRule } from "./borderless";
import { shortRule } from "./rule-lengths";
import { appendixPages } from "./appendix-pages";
import { centredLine } from "./centred-line";
import { pageHeaders } from "./page-header";
import { BODY_STYLE, bodyParagraph, docxSection } from "./paragraphs";
import { createFootnoteSink } from "./runs";
import { footnoteCount } from "./comments";
import { withZipDates } from "../../xlsx";
import { documentFigures, documentLists, provenanceOf, type Provenance, type SummaryRecord } from "../../core/living";
import { livingPackage } from "./living-package";

export interface RenderDocxOptions {
  /** Stamped as the creation and modification time, in core.xml and on every zip entry. */
  readonly clock: Date;
  /** What the report is made from, for its custom XML part: the workbook (when known) and the period's name. */
  readonly source?: { readonly workbook?: Provenance["workbook"]; readonly period: string; readonly summary?: SummaryRecord };
}

const LANGUAGE_TAG = { vi: "vi-VN", en: "en-GB" } as const;

/** Tên loại and trích yếu, centred bold, a short rule under the trích yếu (Phụ lục I, II.5.b), then `Kính gửi`. */
function titleBlock(doc: ReportDocument): Paragraph[] {
  const words = documentWords(doc.language);
  const recipients = recipientLines(words.to, doc.recipients);
  const rule = centredRule(shortRule(doc.subject, SIZE.body, true, TEXT_WIDTH), TEXT_WIDTH);
  return [
    centredLine(doc.title.toUpperCase(), { bold: true, before: 360 }),
    centredLine(doc.subject, { bold: true, figures: titleFigures(doc.textFigures) }),
    rule,
    new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [] }),
    ...recipients.map((text, i) => centredLine(text, { after: i === recipients.length - 1 ? 240 : 0 })),
  ];
}

function pageProperties(orientation: PageOrientation): ISectionPropertiesOptions["page"] {
  return {
    // docx turns the sheet itself for landscape; the margins keep their sides.
    size: { width: PAGE.width, height: PAGE.height, orientation: orientation === "landscape" ? DocxOrientation.LANDSCAPE : DocxOrientation.PORTRAIT },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
  };
}

/** Writes the report as a .docx package. */
export async function renderDocx(doc: ReportDocument, options: RenderDocxOptions): Promise<Uint8Array> {
  const footnotes = createFootnoteSink(footnoteCount(doc) + 1);
  // Built in reading order, so footnotes are numbered in order of appearance.
  const children: Array<Paragraph | Table> = [headerBlock(doc), ...titleBlock(doc), bodyParagraph(doc.basis, footnotes)];
  for (const section of doc.sections) children.push(...docxSection(section, 0, footnotes, titleFigures(doc.textFigures)));
  children.push(bodyParagraph(doc.closing, footnotes, { keepNext: true }), closingBlock(doc));
  const appendices = appendixPages(doc, footnotes);

  const language = LANGUAGE_TAG[doc.language];
  const file = new Document({
    title: doc.subject,
    creator: doc.header.agency,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: language } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        footnoteText: {
          run: { font: FONT, size: SIZE.footnote },
          paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: BODY_STYLE,
          name: "Report body",
          basedOn: "Normal",
          quickFormat: true,
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: { before: 0, after: SPACE_AFTER, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
          },
          run: { font: FONT, size: SIZE.body },
        },
      ],
    },
    footnotes: footnotes.notes(),
    // Placeholders of empty sections carry comments; a report without any has no comments part.
    ...(footnotes.comments.comments().length > 0 ? { comments: { children: footnotes.comments.comments().map((c) => ({ ...c, date: options.clock })) } } : {}),
    sections: [
      { properties: { titlePage: true, page: pageProperties("portrait") }, headers: pageHeaders(), children },
      // Each Phụ lục numbers its own pages from 1, its first page unnumbered like the report's.
      ...appendices.map((run) => ({
        properties: { titlePage: true, page: { ...pageProperties(run.orientation), pageNumbers: { start: 1 } } },
        headers: pageHeaders(),
        children: run.children,
      })),
    ],
  });
  const core = corePropertiesXml({ title: doc.subject, creator: doc.header.agency, language, at: options.clock });
  const zip = await Packer.pack(file, "uint8array", false, [{ path: CORE_PROPERTIES_PATH, data: core }]);
  const provenance = provenanceOf(
    documentFigures(doc),
    options.source?.period ?? "",
    doc.language,
    options.source?.workbook,
    documentLists(doc),
    options.source?.summary,
  );
  return withZipDates(livingPackage(zip, provenance), options.clock);
}
