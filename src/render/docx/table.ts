/**
 * Bordered data tables: header rows bold, centred and repeated on each page,
 * body cells aligned by column, the total row bold.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { TableBlock, TableColumn, TableRow as ModelRow } from "../../core/document";
import { SIZE } from "./layout";
import { CELL_MARGIN, tableColumnWidths } from "./column-widths";
import { docxAlignment } from "./alignment";
import { docxRuns } from "./runs";
import type { FootnoteSink } from "./runs";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;
const CELL_SPACING = { before: 40, after: 40, line: 240 } as const;

type RowKind = "header" | "body" | "total";

interface Grid {
  readonly columns: ReadonlyArray<TableColumn>;
  readonly widths: ReadonlyArray<number>;
  /** Rows still covered, per column, by a cell merged down from above. */
  readonly covered: number[];
}

/** A data table as wide as `textWidth` twips, the width between the page's margins. */
export function docxTable(block: TableBlock, footnotes: FootnoteSink, textWidth: number): Table {
  const widths = tableColumnWidths(block, textWidth, SIZE.table);
  const grid: Grid = { columns: block.columns, widths, covered: block.columns.map(() => 0) };
  const rows: TableRow[] = [];
  for (const row of block.headerRows) rows.push(docxRow(row, "header", grid, footnotes));
  for (const row of block.bodyRows) rows.push(docxRow(row, "body", grid, footnotes));
  if (block.totalRow !== undefined) rows.push(docxRow(block.totalRow, "total", grid, footnotes));
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    // The widths were measured with this padding.
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
  });
}

function docxRow(row: ModelRow, kind: RowKind, grid: Grid, footnotes: FootnoteSink): TableRow {
  const { columns, widths, covered } = grid;
  const coveredBefore = [...covered];
  const cells: TableCell[] = [];
  // Cells merged down from rows above are not in this row's list: skip their columns.
  let column = 0;
  for (const modelCell of row) {
    while ((coveredBefore[column] ?? 0) > 0) column++;
    const span = Math.max(1, modelCell.colSpan);
    for (let i = column; i < column + span && i < covered.length; i++) covered[i] = Math.max(1, modelCell.rowSpan);
    const align = kind === "header" ? AlignmentType.CENTER : docxAlignment(columns[column]?.align ?? "left");
    let width = 0;
    for (let i = column; i < column + span; i++) width += widths[i] ?? 0;
    cells.push(
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        rowSpan: modelCell.rowSpan > 1 ? modelCell.rowSpan : undefined,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
          new Paragraph({
            alignment: align,
            spacing: CELL_SPACING,
            indent: { firstLine: 0 },
            children: docxRuns(modelCell.runs, { size: SIZE.table, bold: kind !== "body" }, footnotes),
          }),
        ],
      }),
    );
    column += span;
  }
  for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, (covered[i] ?? 0) - 1);
  return new TableRow({ children: cells, tableHeader: kind === "header" ? true : undefined, cantSplit: true });
}
