/** The main entry: a streamed workbook → typed records and the issues met reading them. */
import type { GridRow, SheetSource, WorkbookSource } from "../grid";
import { cellAddress } from "../grid";
import { Severity, issue, type Issue } from "../issues";
import type { WorkbookData } from "../model";
import { WorkbookReader, type SheetFeed } from "./workbook-reader";

export interface ReadResult {
  readonly data: WorkbookData;
  readonly issues: Issue[];
  /** Every worksheet's name, in workbook order (known or not). */
  readonly sheetOrder: string[];
}

export interface ReadProgress {
  /** The worksheet being read. */
  readonly sheet: string;
  /** Rows read from it so far. */
  readonly rows: number;
}

export interface ReadOptions {
  /** Called every few thousand rows and once at the end of each sheet read. */
  readonly onProgress?: (p: ReadProgress) => void;
}

const PROGRESS_EVERY = 8192;

function isSync<T>(x: AsyncIterable<T> | Iterable<T>): x is Iterable<T> {
  return typeof (x as Partial<Iterable<T>>)[Symbol.iterator] === "function";
}

function feedRows(feed: SheetFeed, rows: Iterable<GridRow>, sheet: string, onProgress: ReadOptions["onProgress"]): number {
  let n = 0;
  for (const row of rows) {
    feed.accept(row);
    if (++n % PROGRESS_EVERY === 0) onProgress?.({ sheet, rows: n });
  }
  return n;
}

/** Names each cell or row the host could not place (a bad reference, a missing shared string) as an error. */
function hostProblems(sheet: SheetSource): Issue[] {
  return (sheet.problems?.() ?? []).map((p) =>
    issue(
      p.code,
      Severity.Error,
      { sheet: sheet.name, ...(p.row !== undefined ? { row: p.row, ...(p.col !== undefined ? { cell: cellAddress(p.col, p.row) } : {}) } : {}) },
      p.params,
    ),
  );
}

/** Reads a workbook row by row, keeping only the records. */
export async function readWorkbook(source: WorkbookSource, options: ReadOptions = {}): Promise<ReadResult> {
  const { onProgress } = options;
  const reader = new WorkbookReader(source.date1904);
  const sheetOrder: string[] = [];
  for await (const sheet of source.sheets()) {
    sheetOrder.push(sheet.name);
    const feed = reader.open(sheet);
    if (!feed) continue;
    let n = 0;
    if (sheet.rowBatches) {
      for await (const batch of sheet.rowBatches()) {
        for (let i = 0; i < batch.length; i++) {
          feed.accept(batch[i]!);
          if (++n % PROGRESS_EVERY === 0) onProgress?.({ sheet: sheet.name, rows: n });
        }
      }
    } else {
      const rows = sheet.rows();
      if (isSync(rows)) n = feedRows(feed, rows, sheet.name, onProgress);
      else {
        for await (const row of rows) {
          feed.accept(row);
          if (++n % PROGRESS_EVERY === 0) onProgress?.({ sheet: sheet.name, rows: n });
        }
      }
    }
    feed.finish();
    reader.issues.push(...hostProblems(sheet));
    onProgress?.({ sheet: sheet.name, rows: n });
  }
  return { data: reader.finish(), issues: reader.issues, sheetOrder };
}
