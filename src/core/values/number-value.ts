/**
 * Numbers typed the Vietnamese way: "." groups thousands, "," marks decimals
 * (3.339 = 3339, 2.550.000, 2,5 = 2.5, 1.234,5).
 */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import { ValueProblem, cellDisplay, cellParam, excelError, type Parsed } from "./value-problem";

const SPACES = /[\s\u200b]+/g;
const DIGITS = /^\d+$/;
const GROUPED_DOT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^[1-9]\d{0,2}(?:,\d{3})+$/;

function digitsAndFraction(whole: string, fraction: string): number | undefined {
  if (!DIGITS.test(fraction) || (whole !== "" && !DIGITS.test(whole))) return undefined;
  return Number((whole === "" ? "0" : whole) + "." + fraction);
}

/**
 * Number text → number, undefined when it is not one. Spaces (NBSP too) are
 * dropped. With both marks, the last one is the decimal mark. With "." alone:
 * several, or one followed by exactly three digits, group thousands (3.339 =
 * 3339); otherwise it is a decimal point (3.5, 0.500). With "," alone: one
 * comma is the decimal mark (2,5; also 1,234 = 1.234), several group
 * thousands (2,550,000).
 */
export function parseNumberText(text: string): number | undefined {
  let s = text.replace(SPACES, "");
  let sign = 1;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212 || first === 43) {
    if (first !== 43) sign = -1;
    s = s.slice(1);
  }
  if (s === "") return undefined;
  if (DIGITS.test(s)) return sign * Number(s);
  const dot = s.lastIndexOf(".");
  const comma = s.lastIndexOf(",");
  let n: number | undefined;
  if (dot >= 0 && comma >= 0) {
    const at = Math.max(dot, comma);
    const whole = s.slice(0, at);
    const grouped = dot > comma ? GROUPED_COMMA : GROUPED_DOT;
    if (!grouped.test(whole)) return undefined;
    n = digitsAndFraction(whole.replace(/[.,]/g, ""), s.slice(at + 1));
  } else if (comma >= 0) {
    if (GROUPED_COMMA.test(s) && s.indexOf(",") !== comma) n = Number(s.replace(/,/g, ""));
    else if (s.indexOf(",") === comma) n = digitsAndFraction(s.slice(0, comma), s.slice(comma + 1));
  } else if (dot >= 0) {
    if (GROUPED_DOT.test(s)) n = Number(s.replace(/\./g, ""));
    else if (s.indexOf(".") === dot) n = digitsAndFraction(s.slice(0, dot), s.slice(dot + 1));
  }
  return n === undefined ? undefined : sign * n;
}

export interface NumberRule {
  /** Fractions are refused (`number-not-integer`). */
  readonly integer?: boolean;
  /** "nonNegative": ≥ 0 (`number-negative`); "positive": > 0 (`number-not-positive`). */
  readonly min?: "nonNegative" | "positive";
}

/** A number cell, or number text, → number checked against `rule`; otherwise the problem. */
export function parseNumber(cell: GridCell, column: string, rule: NumberRule = {}): Parsed<number> {
  let n: number | undefined;
  switch (cell.t) {
    case "n":
    case "d":
      // A number that wears a date format is still the number typed.
      n = cell.v;
      break;
    case "s":
      n = parseNumberText(cell.v);
      break;
    case "e":
      return excelError(cell, column);
    default:
      break;
  }
  if (n === undefined || !Number.isFinite(n)) return new ValueProblem(IssueCode.NumberInvalid, { column, value: cellDisplay(cell) });
  if (rule.integer && !Number.isInteger(n)) return new ValueProblem(IssueCode.NumberNotInteger, { column, value: cellParam(cell) });
  if (rule.min === "positive" && n <= 0) return new ValueProblem(IssueCode.NumberNotPositive, { column, value: cellParam(cell) });
  if (rule.min === "nonNegative" && n < 0) return new ValueProblem(IssueCode.NumberNegative, { column, value: cellParam(cell) });
  return n === 0 ? 0 : n;
}
