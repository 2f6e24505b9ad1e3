/// <reference types="office-js" />
/**
 * The live workbook as a `WorkbookSource`: two requests list the sheets, their
 * tables, used ranges and the date system, then each sheet's rows are read
 * in blocks, one request per block. Only reads: nothing is written.
 */
import type { GridRow, GridTable, SheetSource, WorkbookSource } from "../../core/grid";
import { BlockConverter } from "./block-cells";
import { BLOCK_LIMITS, EXCEL_PAYLOAD_LIMIT, blockRows, type BlockLimits } from "./block-size";
import { localAddress, rangeCorners } from "./range-address";

export interface ExcelSourceOptions {
  /** Called after each block read, for a progress bar. */
  readonly onBlock?: (sheet: string, rowsDone: number, rowsTotal: number) => void;
  readonly limits?: BlockLimits;
  /** Stops the reading before the next block (the pane's Cancel button). */
  readonly signal?: AbortSignal;
}

/** Excel's answer to a request or response over its payload limit (5 MB on the web). */
export const PAYLOAD_TOO_LARGE = "RequestPayloadSizeLimitExceeded";

/** A single row too large for one request even alone: nothing smaller can be asked for. */
export class RowTooLargeError extends Error {
  readonly code = "RowTooLarge";
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {
    super(`Row ${row} of ${sheet} is larger than one Excel request can carry.`);
  }
}

/** DATE(2000,1,1) in the 1900 date system; the 1904 system counts 1,462 days fewer. */
const DATE_2000_IN_1900 = 36526;
const DAYS_1900_TO_1904 = 1462;
const BLOCK_PROPERTIES = ["values", "valueTypes", "numberFormat"];

interface UsedRange {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Opens the workbook behind `context` for reading: two `context.sync()`s, then
 * one per block as rows are pulled. Use it inside the caller's `Excel.run`.
 */
export async function openExcelSource(context: Excel.RequestContext, options: ExcelSourceOptions = {}): Promise<WorkbookSource> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name, items/worksheet/name");
  // Office.js has no date-system property: DATE() evaluated by the workbook tells it, without writing a cell.
  const probe = workbook.functions.date(2000, 1, 1).load("value");
  await context.sync();

  const tableRanges = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name, range: t.getRange().load("address") }));
  const usedRanges = worksheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount"));
  await context.sync();

  const date1904 = probe.value === DATE_2000_IN_1900 - DAYS_1900_TO_1904;
  const sheets: SheetSource[] = worksheets.items.map((ws, i) => {
    const tablesHere: GridTable[] = tableRanges.filter((t) => t.sheet === ws.name).map((t) => ({ name: t.name, ref: localAddress(t.range.address) }));
    const used = usedRanges[i];
    const extent = used && !used.isNullObject ? { address: used.address, rowCount: used.rowCount, columnCount: used.columnCount } : undefined;
    return { name: ws.name, tables: tablesHere, rows: () => readRows(context, ws, extent, options) };
  });
  return { date1904, sheets: () => sheets };
}

/**
 * A sheet's used range, top to bottom, one request per block. A block that
 * Excel refuses as too large is halved and asked again; the next blocks are
 * sized from the bytes the rows read so far were measured to cost.
 */
async function* readRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  used: UsedRange | undefined,
  options: ExcelSourceOptions,
): AsyncGenerator<GridRow> {
  const corners = used && rangeCorners(used.address);
  if (!used || !corners) return;
  const { rowCount, columnCount } = used;
  const limits = options.limits ?? BLOCK_LIMITS;
  const converter = new BlockConverter(corners.c1);
  let done = 0;
  let bytesPerCell = 0;
  while (done < rowCount) {
    let n = Math.min(rowCount - done, blockRows(columnCount, bytesPerCell, limits));
    let range: Excel.Range;
    for (;;) {
      // Not `throwIfAborted()`: older Safari (Excel for Mac) lacks it.
      if (options.signal?.aborted) throw new DOMException("The reading was stopped.", "AbortError");
      range = ws
        .getCell(corners.r1 - 1 + done, corners.c1)
        .getResizedRange(n - 1, columnCount - 1)
        .load(BLOCK_PROPERTIES);
      try {
        await context.sync();
        break;
      } catch (error) {
        if (!isPayloadTooLarge(error)) throw error;
        if (n === 1) throw new RowTooLargeError(ws.name, corners.r1 + done);
        // Too large: these n rows cost at least the limit, so no later block may be sized below that.
        bytesPerCell = Math.max(bytesPerCell, EXCEL_PAYLOAD_LIMIT / (n * columnCount));
        n = Math.max(1, Math.floor(n / 2));
      }
    }
    const { rows, bytes } = converter.convert(range, corners.r1 + done);
    // The next block is sized by the costliest cells seen so far, so a text-heavy sheet gets smaller blocks.
    bytesPerCell = Math.max(bytesPerCell, bytes / (n * columnCount));
    done += n;
    options.onBlock?.(ws.name, done, rowCount);
    yield* rows;
  }
}

function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === PAYLOAD_TOO_LARGE;
}

/** Runs `use` on the current workbook inside one `Excel.run`. */
export function withExcelSource<T>(use: (source: WorkbookSource) => Promise<T>, options: ExcelSourceOptions = {}): Promise<T> {
  return Excel.run(async (context) => use(await openExcelSource(context, options)));
}
