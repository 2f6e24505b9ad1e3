/** What a value parser returns when a cell cannot be read as it should: an issue code and its parameters, never a throw. */
import { Severity, IssueCode, type IssueParams } from "../issues";
import type { GridCell } from "../grid";

export class ValueProblem<T = unknown, C extends IssueCode = IssueCode> {
  constructor(
    readonly code: C,
    readonly params: IssueParams<C>,
    readonly severity: Severity = Severity.Error,
    /** The value read despite the problem (for information-only problems), else undefined. */
    readonly value?: T,
  ) {}
}

/** A parsed value or the problem that kept it from being read. Values are primitives, so `instanceof` tells them apart. */
export type Parsed<T> = T | ValueProblem<T>;

/** How a cell shows in a message: the text as typed, a number in plain digits, an error value as Excel spells it. */
/** What a message should quote: numbers stay numbers so the catalogue can write them the reader's way. */
export function cellParam(cell: GridCell): string | number {
  return cell.t === "n" || cell.t === "d" ? cell.v : cellDisplay(cell);
}

export function cellDisplay(cell: GridCell): string {
  switch (cell.t) {
    case "s":
      return cell.v.trim();
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "e":
      return cell.v;
    default:
      return numberText(cell.v);
  }
}

/** A number as Excel shows it in General format: 15 significant digits, no trailing ".0". */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** True for an empty slot or text that is only whitespace: a cell with nothing in it. */
export function isBlankCell(cell: GridCell | null | undefined): cell is null | undefined {
  if (cell == null) return true;
  if (cell.t !== "s") return false;
  const v = cell.v;
  if (v.length === 0) return true;
  // Most text starts with a visible character: skip the trim then.
  const c = v.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c < 0x2000) return false;
  return v.trim() === "" || /^[\s\u200b]*$/.test(v);
}

/** The problem for an Excel error value (#N/A, #REF! …) in a used cell. */
export function excelError(cell: { readonly v: string }, column: string): ValueProblem<never> {
  return new ValueProblem(IssueCode.ExcelError, { column, value: cell.v });
}
