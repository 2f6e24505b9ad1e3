/** Finance outline codes: 1, 1.1, 1.1.2. */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import { ValueProblem, cellDisplay, excelError, numberText, type Parsed } from "./value-problem";

const CODE = /^\d{1,4}(?:\.\d{1,4})*$/;

/**
 * Code text → the code with each part in plain digits ("01.2." → "1.2"), or
 * undefined. A trailing dot is tolerated ("1." is how many clerks write 1);
 * a part 0 is not a code.
 */
export function normaliseOutlineCode(text: string): string | undefined {
  let s = text.trim();
  if (s.endsWith(".")) s = s.slice(0, -1);
  if (!CODE.test(s)) return undefined;
  const parts = s.split(".").map(Number);
  if (parts.some((p) => p === 0)) return undefined;
  return parts.join(".");
}

/**
 * A cell → outline code. A number cell is read as Excel shows it, so 1.1
 * gives "1.1"; a number cell cannot tell 1.10 from 1.1 (Excel stores both
 * as 1.1), and both read as "1.1".
 */
export function parseOutlineCode(cell: GridCell, column: string): Parsed<string> {
  let code: string | undefined;
  if (cell.t === "e") return excelError(cell, column);
  if (cell.t === "s") code = normaliseOutlineCode(cell.v);
  else if (cell.t === "n" && cell.v > 0) code = normaliseOutlineCode(numberText(cell.v));
  return code ?? new ValueProblem(IssueCode.CodeInvalid, { column, value: cellDisplay(cell) });
}
