/**
 * Paragraphs, tables and numbered sections as HTML.
 */
import type { Block, DocumentSection, ParagraphBlock, TableBlock, TableRow } from "../../core/document";
import { escapeHtml } from "./escape";
import { runsHtml } from "./html-runs";
import type { RunContext } from "./html-runs";

/** Justified body text has the class of its own; other alignments name theirs. */
export function paragraphHtml(block: ParagraphBlock, ctx: RunContext, extraClass = ""): string {
  const align = block.align === "justify" ? "report-body" : `report-line align-${block.align}`;
  const classes = extraClass === "" ? align : `${align} ${extraClass}`;
  return `<p class="${classes}">${runsHtml(block.runs, ctx)}</p>`;
}

type RowKind = "header" | "body" | "total";

function rowHtml(row: TableRow, kind: RowKind, block: TableBlock, covered: number[], ctx: RunContext): string {
  const before = [...covered];
  let out = kind === "total" ? '<tr class="report-total">' : "<tr>";
  // Cells merged down from rows above are not in this row's list: skip their columns.
  let column = 0;
  for (const cell of row) {
    while ((before[column] ?? 0) > 0) column++;
    const span = Math.max(1, cell.colSpan);
    for (let i = column; i < column + span && i < covered.length; i++) covered[i] = Math.max(1, cell.rowSpan);
    const tag = kind === "header" ? "th" : "td";
    const align = kind === "header" ? "" : ` class="align-${block.columns[column]?.align ?? "left"}"`;
    const colSpan = span > 1 ? ` colspan="${span}"` : "";
    const rowSpan = cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "";
    const scope = kind === "header" ? (span > 1 ? ' scope="colgroup"' : ' scope="col"') : "";
    out += `<${tag}${align}${colSpan}${rowSpan}${scope}>${runsHtml(cell.runs, ctx)}</${tag}>`;
    column += span;
  }
  for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, (covered[i] ?? 0) - 1);
  return out + "</tr>";
}

/** A bordered table in a box that scrolls sideways when the pane is narrower. */
export function tableHtml(block: TableBlock, ctx: RunContext): string {
  const covered = block.columns.map(() => 0);
  const rows = (list: ReadonlyArray<TableRow>, kind: RowKind): string => list.map((row) => rowHtml(row, kind, block, covered, ctx)).join("");
  let out = '<div class="report-table-wrap"><table class="report-table">';
  if (block.headerRows.length > 0) out += `<thead>${rows(block.headerRows, "header")}</thead>`;
  out += `<tbody>${rows(block.bodyRows, "body")}</tbody>`;
  if (block.totalRow !== undefined) out += `<tfoot>${rows([block.totalRow], "total")}</tfoot>`;
  return out + "</table></div>";
}

export function blocksHtml(blocks: ReadonlyArray<Block>, ctx: RunContext): string {
  let out = "";
  for (const block of blocks) out += block.kind === "paragraph" ? paragraphHtml(block, ctx) : tableHtml(block, ctx);
  return out;
}

/** Parts (I., II.) are h2, sections h3, deeper levels h4, as the .docx sets them bold, then bold italic. */
export function sectionHtml(section: DocumentSection, depth: number, ctx: RunContext): string {
  const tag = `h${Math.min(depth + 2, 4)}`;
  let out =
    `<section class="report-section report-level-${Math.min(depth, 2)}">` +
    `<${tag} class="report-heading"><span class="report-section-number">${escapeHtml(section.number)}</span> ${escapeHtml(section.heading)}</${tag}>`;
  out += blocksHtml(section.blocks, ctx);
  for (const child of section.sections) out += sectionHtml(child, depth + 1, ctx);
  return out + "</section>";
}
