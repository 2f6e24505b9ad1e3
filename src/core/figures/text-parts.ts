/**
 * A `Nội dung` cell split as the report prints it: the running text, and each
 * inline note (`[^…]`, see narrative/inline-footnotes) with the place in the
 * text where its marker stands.
 */

export interface TextPart {
  readonly text: string;
  /** For a note: the offset in the running text where its marker stood. */
  readonly anchor?: number;
}

export interface CellParts {
  readonly text: TextPart;
  readonly notes: ReadonlyArray<TextPart>;
}

const OPEN = "[^";
const CLOSE = "]";
/** Enough for any paragraph a clerk types (Excel holds 32,767 characters a cell); hostile text is cut here. */
export const MAX_CELL_TEXT = 40_000;
const MAX_NOTES = 200;

/** Same rules as the writer: space before a marker dropped, an unclosed marker left as text, empty notes dropped. */
export function cellParts(cell: string): CellParts {
  const source = cell.length > MAX_CELL_TEXT ? cell.slice(0, MAX_CELL_TEXT) : cell;
  let text = "";
  const notes: TextPart[] = [];
  let from = 0;
  while (notes.length < MAX_NOTES) {
    const open = source.indexOf(OPEN, from);
    const close = open < 0 ? -1 : source.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    text += source.slice(from, open).trimEnd();
    const note = source.slice(open + OPEN.length, close).trim();
    if (note !== "") notes.push({ text: note, anchor: text.length });
    from = close + CLOSE.length;
  }
  text += source.slice(from);
  return { text: { text }, notes };
}
