/**
 * ReportDocument → .docx bytes, laid out as Nghị định 30/2020/NĐ-CP asks.
 * The same document and clock always give the same bytes.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph } from "docx";
import type { Table } from "docx";
import type { ReportDocument } from "../../core/document";
import { recipientLines, documentWords } from "../../core/document";
import { closingBlock } from "./closing-block";
import { CORE_PROPERTIES_PATH, corePropertiesXml } from "./core-properties";
import { headerBlock } from "./header-block";
import { FIRST_LINE_INDENT, FONT, LINE_SPACING, PAGE, SIZE, SPACE_AFTER } from "./layout";
import { pageHeaders } from "./page-header";
import { BODY_STYLE, bodyParagraph, docxBlocks, docxSection } from "./paragraphs";
import { createFootnoteSink, plainRun } from "./runs";
import type { FootnoteSink } from "./runs";
import { withZipDates } from "./zip-dates";

export interface RenderDocxOptions {
  /** Stamped as the creation and modification time, in core.xml and on every zip entry. */
  readonly clock: Date;
}

const LANGUAGE_TAG = { vi: "vi-VN", en: "en-GB" } as const;

interface CentredOptions {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly before?: number;
  readonly after?: number;
  readonly newPage?: boolean;
}

function centred(text: string, options: CentredOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: options.newPage || undefined,
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [plainRun(text, { size: SIZE.body, bold: options.bold, italic: options.italic })],
  });
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  const words = documentWords(doc.language);
  const recipients = recipientLines(words.to, doc.recipients);
  return [
    centred(doc.title.toUpperCase(), { bold: true, before: 360 }),
    centred(doc.subject, { bold: true, after: 240 }),
    ...recipients.map((text, i) => centred(text, { after: i === recipients.length - 1 ? 240 : 0 })),
  ];
}

function appendixBlocks(doc: ReportDocument, footnotes: FootnoteSink): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const appendix of doc.appendices) {
    const titles = [
      ...(appendix.label === undefined ? [] : [appendix.label]),
      appendix.title,
    ];
    // Each appendix opens a new page.
    titles.forEach((line, i) => out.push(centred(line, { bold: true, newPage: i === 0 })));
    if (appendix.subtitle !== undefined) out.push(centred(appendix.subtitle, { italic: true }));
    out.push(new Paragraph({ children: [] }), ...docxBlocks(appendix.blocks, footnotes));
  }
  return out;
}

/** Writes the report as a .docx package. */
export async function renderDocx(doc: ReportDocument, options: RenderDocxOptions): Promise<Uint8Array> {
  const footnotes = createFootnoteSink();
  // Built in reading order, so footnotes are numbered in order of appearance.
  const children: Array<Paragraph | Table> = [headerBlock(doc), ...titleBlock(doc), bodyParagraph(doc.basis, footnotes)];
  for (const section of doc.sections) children.push(...docxSection(section, 0, footnotes));
  children.push(bodyParagraph(doc.closing, footnotes, { keepNext: true }), closingBlock(doc), ...appendixBlocks(doc, footnotes));

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
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: pageHeaders(),
        children,
      },
    ],
  });
  const core = corePropertiesXml({ title: doc.subject, creator: doc.header.agency, language, at: options.clock });
  const zip = await Packer.pack(file, "uint8array", false, [{ path: CORE_PROPERTIES_PATH, data: core }]);
  return withZipDates(zip, options.clock);
}
