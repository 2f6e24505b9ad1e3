/** Text: anything a cell holds, as the clerk sees it, cleaned of what Word cannot hold. */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import { serialToEpochDay, vnDate } from "../grid";
import { ValueProblem, excelError, numberText, type Parsed } from "./value-problem";

// C0 controls other than tab, line feed and carriage return, and the non-characters U+FFFE/U+FFFF: invalid in Word's XML.
function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;
}

/** Removes the characters Word cannot hold; `removed` counts them. */
export function removeControlChars(text: string): { text: string; removed: number } {
  let removed = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) removed++;
  if (removed === 0) return { text, removed };
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) out += text[i];
  }
  return { text: out, removed };
}

const CLEAN = 0;
const NOT_NFC = 1;
const CONTROL = 2;

// One pass: control characters, and whether NFC could change anything. Characters below U+0300 and the
// precomposed Vietnamese letters (U+1E00–U+1EFF) are NFC as they stand, so most text skips `normalize`.
function scan(text: string): number {
  let state = CLEAN;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) {
      if (c < 32 && isControl(c)) return CONTROL;
    } else if (c < 0x1e00 || c > 0x1eff) {
      if (c === 0xfffe || c === 0xffff) return CONTROL;
      state = NOT_NFC;
    }
  }
  return state;
}

/**
 * A cell as text, NFC and trimmed: a number as Excel shows it in General
 * format (12345, not 12345.0), a date cell as dd/mm/yyyy, TRUE/FALSE as such.
 * Removed control characters give an information problem that carries the text.
 */
export function parseText(cell: GridCell, column: string, date1904: boolean): Parsed<string> {
  switch (cell.t) {
    case "s": {
      const state = scan(cell.v);
      if (state === CLEAN) return cell.v.trim();
      if (state === NOT_NFC) return cell.v.normalize("NFC").trim();
      const { text, removed } = removeControlChars(cell.v);
      return new ValueProblem(IssueCode.ControlCharsRemoved, { column, count: removed }, "info", text.normalize("NFC").trim());
    }
    case "n":
      return numberText(cell.v);
    case "d":
      return vnDate(serialToEpochDay(cell.v, date1904));
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "e":
      return excelError(cell, column);
  }
}
