/**
 * Page numbers centred in the top margin, from page 2 on: the first page has
 * a header of its own, left empty.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import { SIZE } from "./layout";

/** The page number, centred; numbering runs on across sections. */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
      }),
    ],
  });
}

export function pageHeaders(): { readonly default: Header; readonly first: Header } {
  return { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) };
}
