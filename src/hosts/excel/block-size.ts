/**
 * How many rows to read in one request. Excel on the web refuses a request
 * over 5 MB or one that touches more than 5,000,000 cells; a block stays well
 * under both so that a slow network or a text-heavy sheet still gets through.
 */

export interface BlockLimits {
  /** Cells × loaded properties allowed in one request (Excel's hard limit is 5,000,000). */
  readonly maxPropertyCells: number;
  /** Estimated response bytes allowed in one request (Excel on the web's hard limit is 5 MB). */
  readonly maxBytes: number;
  /** Properties loaded per cell: values, valueTypes, numberFormat. */
  readonly properties: number;
  /** The least bytes a cell is assumed to cost (value, type name and format code, JSON-quoted). */
  readonly minBytesPerCell: number;
}

/** Excel on the web's limit on one request or response, in bytes. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const BLOCK_LIMITS: BlockLimits = {
  maxPropertyCells: 1_000_000,
  maxBytes: 4_000_000,
  properties: 3,
  minBytesPerCell: 60,
};

/**
 * Rows per block for a range `columns` wide, given the bytes a cell has been
 * seen to cost so far (never less than `limits.minBytesPerCell`). At least 1.
 */
export function blockRows(columns: number, bytesPerCell = 0, limits: BlockLimits = BLOCK_LIMITS): number {
  const width = Math.max(1, columns);
  const perCell = Math.max(limits.minBytesPerCell, bytesPerCell);
  const byCells = Math.floor(limits.maxPropertyCells / (limits.properties * width));
  const byBytes = Math.floor(limits.maxBytes / (perCell * width));
  return Math.max(1, Math.min(byCells, byBytes));
}
