/**
 * Blocks: paragraphs and tables, the body of sections and appendices.
 */
import { toRuns } from "./runs";
import type { ListMark, Run, RunInput } from "./runs";

export const ALIGNMENTS = ["justify", "left", "center", "right"] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly runs: ReadonlyArray<Run>;
  /** Body paragraphs are justified with a first-line indent; other alignments have no indent. */
  readonly align: Alignment;
  /** Set on a paragraph the workbook's rows make whole (every run computed, no footnote in it). */
  readonly list?: ListMark;
}

export interface TableCell {
  readonly runs: ReadonlyArray<Run>;
  readonly colSpan: number;
  /** A cell merged down; the rows below leave out the cells it covers. */
  readonly rowSpan: number;
}

export type TableRow = ReadonlyArray<TableCell>;

export interface TableColumn {
  /** Alignment of the body and total cells (numbers: "right"); header cells are centred. */
  readonly align: Exclude<Alignment, "justify">;
  /** Relative width: once every column has room for its longest unbreakable text, the writer shares out what is left in these proportions. */
  readonly width: number;
}

export interface TableBlock {
  readonly kind: "table";
  readonly columns: ReadonlyArray<TableColumn>;
  /** Repeated at the top of each page. */
  readonly headerRows: ReadonlyArray<TableRow>;
  readonly bodyRows: ReadonlyArray<TableRow>;
  /** Written in bold under the body. */
  readonly totalRow?: TableRow;
  /** Set on a table whose rows come from the workbook (the finance table). */
  readonly list?: ListMark;
}

export type Block = ParagraphBlock | TableBlock;

/** A justified body paragraph: `paragraph("Tổ chức nghiệm thu ", figure("03", refs), " đề tài")`. */
export function paragraph(...parts: ReadonlyArray<RunInput>): ParagraphBlock {
  return { kind: "paragraph", runs: toRuns(parts), align: "justify" };
}

/** A paragraph with another alignment, e.g. a centred note under a heading. */
export function alignedParagraph(align: Alignment, ...parts: ReadonlyArray<RunInput>): ParagraphBlock {
  return { kind: "paragraph", runs: toRuns(parts), align };
}

/** The block marked as a computed list. */
export function asList<B extends Block>(block: B, list: ListMark): B {
  return { ...block, list };
}

export type CellInput = TableCell | RunInput | ReadonlyArray<RunInput>;

/** A table cell; `colSpan`/`rowSpan` merge it across columns or down rows. */
export function cell(parts: RunInput | ReadonlyArray<RunInput>, span?: { readonly colSpan?: number; readonly rowSpan?: number }): TableCell {
  const list: ReadonlyArray<RunInput> = isRunInputList(parts) ? parts : [parts];
  return { runs: toRuns(list), colSpan: span?.colSpan ?? 1, rowSpan: span?.rowSpan ?? 1 };
}

export interface TableInput {
  readonly columns: ReadonlyArray<TableColumn>;
  readonly header: ReadonlyArray<ReadonlyArray<CellInput>>;
  readonly body: ReadonlyArray<ReadonlyArray<CellInput>>;
  readonly total?: ReadonlyArray<CellInput>;
}

/** A bordered table; cells may be strings, runs, run lists or `cell(...)`. */
export function table(input: TableInput): TableBlock {
  const rows = (list: ReadonlyArray<ReadonlyArray<CellInput>>): ReadonlyArray<TableRow> => list.map(toRow);
  const block: TableBlock = {
    kind: "table",
    columns: input.columns,
    headerRows: rows(input.header),
    bodyRows: rows(input.body),
  };
  return input.total === undefined ? block : { ...block, totalRow: toRow(input.total) };
}

function toRow(row: ReadonlyArray<CellInput>): TableRow {
  return row.map(toCell);
}

function toCell(input: CellInput): TableCell {
  if (typeof input === "string" || isRunInputList(input) || "kind" in input) return cell(input);
  return input;
}

function isRunInputList(input: CellInput): input is ReadonlyArray<RunInput> {
  return Array.isArray(input);
}
