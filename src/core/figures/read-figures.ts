/**
 * The figures of a `Nội dung` cell: in its running text and in each of its
 * inline notes, each with the words it counts. Pure, linear in the cell's
 * length and bounded on hostile text (see MAX_CELL_TEXT, MAX_FIGURES).
 */
import { readPart, type ReadPart } from "./read-part";
import { cellParts } from "./text-parts";

export interface FigureText {
  readonly text: ReadPart;
  readonly notes: ReadonlyArray<ReadPart>;
}

export function readFigures(cell: string): FigureText {
  const parts = cellParts(cell.normalize("NFC"));
  return { text: readPart(parts.text.text), notes: parts.notes.map((n) => readPart(n.text, n.anchor)) };
}
