/**
 * Two-column borderless tables: the header block and the signature block.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { TEXT_WIDTH } from "./layout";

const NONE = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

export function twoColumns(leftWidth: number, left: ReadonlyArray<Paragraph>, right: ReadonlyArray<Paragraph>): Table {
  const widths = [leftWidth, TEXT_WIDTH - leftWidth] as const;
  const cell = (children: ReadonlyArray<Paragraph>, width: number): TableCell =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children });
  return new Table({
    // One row that never splits: the block stays whole on one page.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // The block reaches the margins as the decree's sample does.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/**
 * A short centred rule: an empty paragraph, as wide as `width` twips in a
 * column `columnWidth` twips wide, with a bottom border. Word and LibreOffice
 * both draw a paragraph border across the paragraph's indented width.
 */
export function centredRule(width: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 60, after: 0, line: 40, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}
