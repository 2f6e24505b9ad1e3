/**
 * An .xlsx held in memory (a file picked in the browser) as a `WorkbookSource`.
 * It shares the Node reader's host-neutral parts (src/xlsx: the zip directory,
 * the manifest, the shared strings, the row scanner and the limits) and
 * inflates with fflate's streaming `Inflate` instead of node:zlib. One part is
 * inflated at a time, when it is read, a slice at a time; a sheet's XML is
 * decoded and scanned in chunks, with a pause between them so the pane can
 * draw its progress.
 */
import type { GridCell, GridProblem, GridRow, GridTable, SheetSource, WorkbookSource } from "../../core/grid";
import type { SheetRowScanner } from "../../xlsx";
import {
  AlignedChunks,
  SharedStringScanner,
  sheetScanner,
  WORKBOOK_PART,
  XlsxBudget,
  XlsxFormatError,
  readWorkbookParts,
  type ScanContext,
  type WorkbookParts,
  type WorkbookPartsSheet,
  type XlsxLimits,
} from "../../xlsx";
import { classifyXlsxBytes, XlsxBytesError, XlsxBytesProblemCode } from "./xlsx-bytes-problem";
import { ZipBytes } from "./zip-bytes";

export interface XlsxBytesOptions {
  /** Called after each chunk of a sheet: bytes of its XML scanned so far, of `total`. */
  readonly onSheetBytes?: (sheet: string, done: number, total: number) => void;
  /** Lets the page breathe between chunks; defaults to a zero timeout. */
  readonly pause?: () => Promise<void>;
  /** Bytes of XML decoded and scanned at once. */
  readonly chunkSize?: number;
  /** Limits on the inflated parts; defaults to `DEFAULT_XLSX_LIMITS`. */
  readonly limits?: XlsxLimits;
}

const CHUNK = 1024 * 1024;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toBytesError(error: unknown): XlsxBytesError {
  if (error instanceof XlsxBytesError) return error;
  if (error instanceof XlsxFormatError && error.tooLarge) return new XlsxBytesError(XlsxBytesProblemCode.TooLarge, error.message, error.tooLarge);
  return new XlsxBytesError(XlsxBytesProblemCode.Corrupt, error instanceof Error ? error.message : String(error));
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

class BytesSheet implements SheetSource {
  readonly name: string;
  readonly tables: ReadonlyArray<GridTable>;
  private met: ReadonlyArray<GridProblem> = [];

  constructor(
    private readonly source: BytesSource,
    private readonly sheet: WorkbookPartsSheet,
  ) {
    this.name = sheet.name;
    this.tables = sheet.tables;
  }

  problems(): ReadonlyArray<GridProblem> {
    return this.met;
  }

  async *rows(): AsyncGenerator<GridRow> {
    for await (const batch of this.rowBatches()) yield* batch;
  }

  /** The rows each scanned chunk completes, one array per chunk (a fresh one each time: the reader may keep it). */
  async *rowBatches(): AsyncGenerator<GridRow[]> {
    const entry = this.source.zip.entries.get(this.sheet.part);
    if (!entry) throw new XlsxBytesError(XlsxBytesProblemCode.Corrupt, `sheet "${this.name}": part ${this.sheet.part} is missing`);
    const { chunkSize = CHUNK, pause = breathe, onSheetBytes } = this.source.options;
    let batch: GridRow[] = [];
    let scanner: SheetRowScanner;
    try {
      scanner = sheetScanner(this.source.budget, entry, await this.source.scanContext());
      this.met = scanner.problems;
      const decoder = new TextDecoder("utf-8");
      let pieces: Uint8Array[] = [];
      let waiting = 0;
      let done = 0;
      const aligned = AlignedChunks.rows();
      const scan = (last: boolean) => {
        for (const piece of aligned.next(concat(pieces, waiting))) scanner.push(decoder.decode(piece, { stream: true }), batch);
        if (last) scanner.push(decoder.decode(aligned.rest()), batch);
        done += waiting;
        pieces = [];
        waiting = 0;
      };
      for await (const piece of this.source.zip.chunks(entry)) {
        pieces.push(piece);
        waiting += piece.length;
        if (waiting < chunkSize) continue;
        scan(false);
        if (batch.length > 0) {
          yield batch;
          batch = [];
        }
        onSheetBytes?.(this.name, done, entry.size);
        await pause();
      }
      scan(true);
      onSheetBytes?.(this.name, done, entry.size);
    } catch (error) {
      throw toBytesError(error);
    }
    if (batch.length > 0) yield batch;
    if (!scanner.finished) throw new XlsxBytesError(XlsxBytesProblemCode.Corrupt, `sheet "${this.name}" ends early`);
  }
}

class BytesSource implements WorkbookSource {
  readonly date1904: boolean;
  private context: Promise<ScanContext> | undefined;

  constructor(
    readonly zip: ZipBytes,
    private readonly parts: WorkbookParts,
    readonly budget: XlsxBudget,
    readonly options: XlsxBytesOptions,
  ) {
    this.date1904 = parts.date1904;
  }

  sheets(): SheetSource[] {
    return this.parts.sheets.map((s) => new BytesSheet(this, s));
  }

  /** The shared strings, read once when the first sheet is. */
  scanContext(): Promise<ScanContext> {
    this.context ??= this.loadContext();
    return this.context;
  }

  private async loadContext(): Promise<ScanContext> {
    const entry = this.zip.entries.get(this.parts.sharedStringsPart);
    const scanner = new SharedStringScanner(this.parts.sharedStringsPart, this.budget.limits.maxRowChars, this.budget.limits.maxTextChars);
    try {
      if (entry) {
        this.budget.take(entry);
        const decoder = new TextDecoder("utf-8");
        for await (const piece of this.zip.chunks(entry)) scanner.push(decoder.decode(piece, { stream: true }));
        scanner.push(decoder.decode());
      }
      scanner.end();
    } catch (error) {
      throw toBytesError(error);
    }
    const cells: ReadonlyArray<GridCell | undefined> = scanner.cells;
    return { date1904: this.parts.date1904, dateStyles: this.parts.dateStyles, sharedCount: cells.length, sharedCell: (index) => cells[index] };
  }
}

/**
 * Opens an .xlsx file's bytes. Rejects with an `XlsxBytesError` when they are
 * empty, an old .xls, encrypted, not a workbook, damaged or too large; a
 * damaged sheet met while reading rows is thrown the same way, with code
 * `corrupt` (or `too-large`).
 */
export async function openXlsxBytes(bytes: Uint8Array, options: XlsxBytesOptions = {}): Promise<WorkbookSource> {
  const problem = classifyXlsxBytes(bytes);
  if (problem) throw new XlsxBytesError(problem);
  let zip: ZipBytes;
  try {
    zip = await ZipBytes.open(bytes);
  } catch (error) {
    throw new XlsxBytesError(XlsxBytesProblemCode.NotWorkbook, error instanceof Error ? error.message : undefined);
  }
  if (!zip.entries.has(WORKBOOK_PART)) throw new XlsxBytesError(XlsxBytesProblemCode.NotWorkbook, `no ${WORKBOOK_PART}`);
  const budget = new XlsxBudget(options.limits);
  try {
    const parts = await readWorkbookParts(async (part) => {
      const entry = zip.entries.get(part);
      if (!entry) return undefined;
      budget.take(entry, true);
      return zip.text(entry);
    });
    budget.takeAll([zip.entries.get(parts.sharedStringsPart), ...parts.sheets.map((s) => zip.entries.get(s.part))]);
    return new BytesSource(zip, parts, budget, options);
  } catch (error) {
    throw toBytesError(error);
  }
}
