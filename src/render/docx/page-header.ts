/**
 * Page numbers centred in the top margin, from page 2 on: the first page has
 * a header of its own, left empty.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import { SIZE } from "./layout";

export function pageHeaders(): { readonly default: Header; readonly first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
