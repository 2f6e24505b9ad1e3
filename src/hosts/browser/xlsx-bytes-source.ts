/**
 * An .xlsx held in memory (a file picked in the browser) as a `WorkbookSource`.
 * It shares the Node reader's pure parts (the manifest, the shared strings and
 * the row scanner) and unzips with fflate instead of node:zlib. One part is
 * inflated at a time, when it is read; a sheet's XML is decoded and scanned in
 * chunks, with a pause between them so the pane can draw its progress.
 */
import { unzipSync } from "fflate";
import type { GridCell, GridRow, GridTable, SheetSource, WorkbookSource } from "../../core/grid";
// The files themselves, not ../node/index: that index brings node:fs along.
import { SharedStringScanner } from "../node/shared-strings";
import { SheetRowScanner, type ScanContext } from "../node/sheet-row-scanner";
import { readWorkbookParts, WORKBOOK_PART, type WorkbookParts, type WorkbookPartsSheet } from "../node/workbook-parts";
import { classifyXlsxBytes, XlsxBytesError, XlsxBytesProblemCode } from "./xlsx-bytes-problem";

export interface XlsxBytesOptions {
  /** Called after each chunk of a sheet: bytes of its XML scanned so far, of `total`. */
  readonly onSheetBytes?: (sheet: string, done: number, total: number) => void;
  /** Lets the page breathe between chunks; defaults to a zero timeout. */
  readonly pause?: () => Promise<void>;
  /** Bytes of XML decoded and scanned at once. */
  readonly chunkSize?: number;
}

const CHUNK = 1024 * 1024;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The zip's parts by name, each inflated only when asked for. */
class ZipParts {
  readonly names: ReadonlySet<string>;

  constructor(private readonly bytes: Uint8Array) {
    const names = new Set<string>();
    // A filter that keeps nothing lists the central directory without inflating anything.
    unzipSync(bytes, { filter: (file) => (names.add(file.name), false) });
    this.names = names;
  }

  bytesOf(part: string): Uint8Array | undefined {
    if (!this.names.has(part)) return undefined;
    return unzipSync(this.bytes, { filter: (file) => file.name === part })[part];
  }

  text(part: string): string | undefined {
    const data = this.bytesOf(part);
    return data && new TextDecoder("utf-8").decode(data);
  }
}

function corrupt(error: unknown): XlsxBytesError {
  return error instanceof XlsxBytesError ? error : new XlsxBytesError(XlsxBytesProblemCode.Corrupt, error instanceof Error ? error.message : String(error));
}

class BytesSheet implements SheetSource {
  readonly name: string;
  readonly tables: ReadonlyArray<GridTable>;

  constructor(
    private readonly zip: ZipParts,
    private readonly sheet: WorkbookPartsSheet,
    private readonly context: () => ScanContext,
    private readonly options: XlsxBytesOptions,
  ) {
    this.name = sheet.name;
    this.tables = sheet.tables;
  }

  async *rows(): AsyncGenerator<GridRow> {
    let data: Uint8Array | undefined;
    try {
      data = this.zip.bytesOf(this.sheet.part);
    } catch (error) {
      throw corrupt(error);
    }
    if (!data) throw new XlsxBytesError(XlsxBytesProblemCode.Corrupt, `sheet "${this.name}": part ${this.sheet.part} is missing`);
    const scanner = new SheetRowScanner(this.context());
    const decoder = new TextDecoder("utf-8");
    const { chunkSize = CHUNK, pause = breathe, onSheetBytes } = this.options;
    const batch: GridRow[] = [];
    for (let at = 0; at < data.length; at += chunkSize) {
      const end = Math.min(data.length, at + chunkSize);
      scanner.push(decoder.decode(data.subarray(at, end), { stream: true }), batch);
      for (let i = 0; i < batch.length; i++) yield batch[i]!;
      batch.length = 0;
      onSheetBytes?.(this.name, end, data.length);
      if (end < data.length) await pause();
    }
    scanner.push(decoder.decode(), batch);
    for (const row of batch) yield row;
    if (!scanner.finished) throw new XlsxBytesError(XlsxBytesProblemCode.Corrupt, `sheet "${this.name}" ends early`);
  }
}

class BytesSource implements WorkbookSource {
  readonly date1904: boolean;
  private context: ScanContext | undefined;

  constructor(
    private readonly zip: ZipParts,
    private readonly parts: WorkbookParts,
    private readonly options: XlsxBytesOptions,
  ) {
    this.date1904 = parts.date1904;
  }

  sheets(): SheetSource[] {
    return this.parts.sheets.map((s) => new BytesSheet(this.zip, s, () => this.scanContext(), this.options));
  }

  /** The shared strings, read once when the first sheet is. */
  private scanContext(): ScanContext {
    if (!this.context) {
      const scanner = new SharedStringScanner();
      try {
        const xml = this.zip.text(this.parts.sharedStringsPart);
        if (xml) scanner.push(xml);
        scanner.end();
      } catch (error) {
        throw corrupt(error);
      }
      const cells: ReadonlyArray<GridCell | undefined> = scanner.cells;
      this.context = { date1904: this.parts.date1904, dateStyles: this.parts.dateStyles, sharedCell: (index) => cells[index] };
    }
    return this.context;
  }
}

/**
 * Opens an .xlsx file's bytes. Rejects with an `XlsxBytesError` when they are
 * empty, an old .xls, encrypted, not a workbook or damaged; a damaged sheet
 * met while reading rows is thrown the same way, with code `corrupt`.
 */
export async function openXlsxBytes(bytes: Uint8Array, options: XlsxBytesOptions = {}): Promise<WorkbookSource> {
  const problem = classifyXlsxBytes(bytes);
  if (problem) throw new XlsxBytesError(problem);
  let zip: ZipParts;
  try {
    zip = new ZipParts(bytes);
  } catch (error) {
    throw new XlsxBytesError(XlsxBytesProblemCode.NotWorkbook, error instanceof Error ? error.message : undefined);
  }
  if (!zip.names.has(WORKBOOK_PART)) throw new XlsxBytesError(XlsxBytesProblemCode.NotWorkbook, `no ${WORKBOOK_PART}`);
  try {
    return new BytesSource(zip, await readWorkbookParts(async (part) => zip.text(part)), options);
  } catch (error) {
    throw corrupt(error);
  }
}
