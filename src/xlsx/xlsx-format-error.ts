/**
 * Why an .xlsx's contents cannot be read, whatever holds the bytes: damaged
 * (`corrupt`), or larger than the reader's limits (`too-large`). Each host
 * turns it into its own problem code and words.
 */

/** Which limit a part broke. */
export const XlsxLimitKind = {
  /** One part inflates to more than `maxPartBytes` (or `maxSmallPartBytes` for the parts read whole). */
  Part: "part",
  /** All the parts read inflate to more than `maxWorkbookBytes`. */
  Workbook: "workbook",
  /** A part inflates to more than `maxRatio` times its compressed size: a zip bomb. */
  Ratio: "ratio",
  /** One row of a sheet (or one shared string) holds more than `maxRowChars` characters of XML. */
  Row: "row",
  /** A cell's text is longer than Excel's 32,767 characters, which no Excel workbook holds. */
  Text: "text",
} as const;
export type XlsxLimitKind = (typeof XlsxLimitKind)[keyof typeof XlsxLimitKind];

export interface XlsxTooLarge {
  readonly limit: XlsxLimitKind;
  /** The part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  /** What the part holds (bytes inflated, or for `ratio` the ratio), and the limit. */
  readonly size: number;
  readonly max: number;
}

export class XlsxFormatError extends Error {
  constructor(
    message: string,
    /** Set when a limit, not damage, stopped the reading. */
    readonly tooLarge?: XlsxTooLarge,
  ) {
    super(message);
    this.name = "XlsxFormatError";
  }
}

export function tooLarge(limit: XlsxLimitKind, part: string, size: number, max: number): XlsxFormatError {
  return new XlsxFormatError(`${part}: ${limit} limit exceeded (${Math.round(size)} > ${max})`, { limit, part, size, max });
}
