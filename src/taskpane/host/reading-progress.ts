/** Progress maths: where a block of rows puts the whole reading, from 0 to 1. */
import type { ReadingProgress } from "./taskpane-host";

/** The progress after `rowsDone` of `rowsTotal` rows of `sheet`, among the workbook's sheets `sheetNames`. */
export function readingProgress(sheetNames: ReadonlyArray<string>, sheet: string, rowsDone: number, rowsTotal: number): ReadingProgress {
  const found = sheetNames.indexOf(sheet);
  return {
    sheet,
    sheetIndex: found < 0 ? Math.max(0, sheetNames.length - 1) : found,
    sheetCount: Math.max(1, sheetNames.length),
    rowsDone,
    rowsTotal,
  };
}

/** Each sheet counts for an equal share: rows give no fair weight, since the reader skips sheets it does not know. */
export function progressFraction(p: ReadingProgress | undefined): number {
  if (!p || p.sheetCount <= 0) return 0;
  const within = p.rowsTotal > 0 ? Math.min(1, Math.max(0, p.rowsDone / p.rowsTotal)) : 1;
  return Math.min(1, Math.max(0, (p.sheetIndex + within) / p.sheetCount));
}
