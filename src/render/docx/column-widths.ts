/**
 * Column widths of a data table. The model's relative widths share the text
 * width out first; then every column is widened to hold its longest
 * unbreakable piece (a word, or a whole figure such as 26.995.000.000) on one
 * line, taking the room from columns that have some to spare.
 */
import type { Run, TableBlock, TableRow } from "../../core/document";
import { mm } from "./layout";
import { textTwips } from "./text-width";

/** Left and right padding inside each cell, written into the table so the sums hold. */
export const CELL_MARGIN = 85;
/** No column narrower than this, however little it holds. */
export const MIN_COLUMN = mm(8);
/** Room for rounding in the metrics and for the renderer's own slack. */
const SAFETY = 120;

/** Shares `total` twips out in proportion to `weights`; the last column takes the rounding. */
export function columnTwips(weights: ReadonlyArray<number>, total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  // Weights that say nothing share the width equally.
  const widths = weights.map((w) => Math.floor(sum > 0 ? (total * w) / sum : total / weights.length));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - used;
  return widths;
}

/** The widest piece of `runs` that may not break: words, and figures whole. */
export function unbreakableTwips(runs: ReadonlyArray<Run>, halfPoints: number, bold: boolean): number {
  let widest = 0;
  let piece = 0;
  const close = (): void => {
    widest = Math.max(widest, piece);
    piece = 0;
  };
  for (const run of runs) {
    if (run.kind === "footnote") continue;
    const strong = bold || run.bold;
    if (run.kind === "figure") {
      piece += textTwips(run.text, halfPoints, strong);
      continue;
    }
    const words = run.text.split(/[ \t\n]/);
    words.forEach((word, i) => {
      if (i > 0) close();
      piece += textTwips(word, halfPoints, strong);
    });
  }
  close();
  return widest;
}

/** What a column needs, padding included: `least` for its longest unbreakable piece, `oneLine` for its longest cell unbroken. */
export interface ColumnNeed {
  readonly least: number;
  readonly oneLine: number;
}

function runsTwips(runs: ReadonlyArray<Run>, halfPoints: number, bold: boolean): number {
  let width = 0;
  for (const run of runs) if (run.kind !== "footnote") width += textTwips(run.text, halfPoints, bold || run.bold);
  return width;
}

/**
 * Each column's needs, from its single-column cells. Header cells count only
 * for `least`: a header may wrap onto a second line, a body cell had better not.
 */
export function columnNeeds(block: TableBlock, halfPoints: number): ColumnNeed[] {
  const least = block.columns.map(() => MIN_COLUMN);
  const oneLine = block.columns.map(() => MIN_COLUMN);
  const pad = 2 * CELL_MARGIN + SAFETY;
  const measure = (rows: ReadonlyArray<TableRow>, bold: boolean, header: boolean): void => {
    // Track merged-down cells so each cell is measured against its own column.
    const covered = block.columns.map(() => 0);
    for (const row of rows) {
      const before = [...covered];
      let column = 0;
      for (const cell of row) {
        while ((before[column] ?? 0) > 0) column++;
        const span = Math.max(1, cell.colSpan);
        for (let i = column; i < column + span && i < covered.length; i++) covered[i] = Math.max(1, cell.rowSpan);
        if (span === 1 && column < least.length) {
          least[column] = Math.max(least[column] ?? 0, unbreakableTwips(cell.runs, halfPoints, bold) + pad);
          if (!header) oneLine[column] = Math.max(oneLine[column] ?? 0, runsTwips(cell.runs, halfPoints, bold) + pad);
        }
        column += span;
      }
      for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, (covered[i] ?? 0) - 1);
    }
  };
  measure(block.headerRows, true, true);
  measure(block.bodyRows, false, false);
  if (block.totalRow !== undefined) measure([block.totalRow], true, false);
  return least.map((l, i) => ({ least: l, oneLine: Math.max(l, oneLine[i] ?? 0) }));
}

/**
 * Widths in twips that add up to `total`. When every cell fits on one line,
 * each column gets that and the room left is shared by the model's relative
 * widths; otherwise narrow columns get their one line and the widest ones
 * share the rest evenly; only when even the least widths do not fit do
 * words break.
 */
export function tableColumnWidths(block: TableBlock, total: number, halfPoints: number): number[] {
  const needs = columnNeeds(block, halfPoints);
  const sum = (values: ReadonlyArray<number>): number => values.reduce((a, b) => a + b, 0);
  const oneLine = needs.map((n) => n.oneLine);
  const least = needs.map((n) => n.least);
  let widths: number[];
  if (sum(oneLine) <= total) {
    const extra = columnTwips(
      block.columns.map((c) => c.width),
      total - sum(oneLine),
    );
    widths = oneLine.map((w, i) => w + (extra[i] ?? 0));
  } else if (sum(least) <= total) {
    widths = fillUpTo(needs, total);
  } else {
    widths = columnTwips(least, total);
  }
  return widths;
}

/**
 * Each column up to a common cap: a column that needs less than the cap on
 * one line gets just that, the others the cap (never under their least).
 * The cap is the largest for which the widths still fit in `total`.
 */
function fillUpTo(needs: ReadonlyArray<ColumnNeed>, total: number): number[] {
  const at = (cap: number): number[] => needs.map((n) => Math.min(n.oneLine, Math.max(n.least, cap)));
  const width = (cap: number): number => at(cap).reduce((a, b) => a + b, 0);
  let low = 0;
  let high = Math.max(...needs.map((n) => n.oneLine));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (width(mid) <= total) low = mid;
    else high = mid - 1;
  }
  const widths = at(low);
  // The twips the cap could not split go to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - width(low);
  return widths;
}
