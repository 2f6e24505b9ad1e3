/** Dates: an Excel date cell, or text typed day first (the Vietnamese order). */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import { epochDay, serialToEpochDay } from "../grid";
import type { EpochDay } from "../model";
import { ValueProblem, cellDisplay, excelError, type Parsed } from "./value-problem";

/**
 * A plain number cell in a date column is taken as an Excel serial only in
 * this range (1954-10-03 … 2119-01-10 in the 1900 system): a date whose cell
 * lost its date format, not a count typed in the wrong column.
 */
export const PLAUSIBLE_SERIAL = { min: 20000, max: 80000 } as const;

/** 9999-12-31 in the 1900 system: Excel's last date. */
const LAST_SERIAL = 2958465;

// dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy (one separator throughout), optionally followed by a time of day.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Text → epoch day; "impossible" when it has a date's shape but no such day
 * exists (31/02/2022), "invalid" otherwise. Two-digit years are refused: the
 * century would be a guess.
 */
export function parseDateText(text: string): EpochDay | "invalid" | "impossible" {
  const s = text.trim();
  let m = DAY_FIRST.exec(s);
  if (m) return epochDay(Number(m[4]), Number(m[3]), Number(m[1])) ?? "impossible";
  m = ISO.exec(s);
  if (m) return epochDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? "impossible";
  return "invalid";
}

/** A date cell → epoch day, or the problem (`date-invalid`, `date-impossible`, `excel-error`). */
export function parseDate(cell: GridCell, column: string, date1904: boolean): Parsed<EpochDay> {
  switch (cell.t) {
    case "d":
      if (cell.v >= (date1904 ? 0 : 1) && cell.v <= LAST_SERIAL) return serialToEpochDay(cell.v, date1904);
      break;
    case "n":
      if (cell.v >= PLAUSIBLE_SERIAL.min && cell.v <= PLAUSIBLE_SERIAL.max) return serialToEpochDay(cell.v, date1904);
      break;
    case "s": {
      const day = parseDateText(cell.v);
      if (typeof day === "number") return day;
      if (day === "impossible") return new ValueProblem(IssueCode.DateImpossible, { column, value: cellDisplay(cell) });
      break;
    }
    case "e":
      return excelError(cell, column);
    default:
      break;
  }
  return new ValueProblem(IssueCode.DateInvalid, { column, value: cellDisplay(cell) });
}
