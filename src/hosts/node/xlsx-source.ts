/**
 * An .xlsx file as a streaming `WorkbookSource`. The small parts are read
 * first (workbook, rels, styles, tables); each sheet is then inflated straight
 * from its place in the zip and scanned row by row, so memory holds the
 * shared strings and one chunk of one sheet, never the workbook. Every part
 * is held to the limits of src/xlsx (`DEFAULT_XLSX_LIMITS`).
 *
 * exceljs' streaming reader is not used here: it copies every sheet to a temp
 * file when (as Excel and exceljs both write them) the shared strings come
 * after the sheets, it hangs for ever on a damaged sheet entry, its row
 * objects take most of the time, and it loses the type of a formula's cached
 * error or boolean result.
 */
import { StringDecoder } from "node:string_decoder";
import type { GridCell, GridProblem, GridRow, GridTable, SheetSource, WorkbookSource } from "../../core/grid";
import type { SheetRowScanner } from "../../xlsx";
import { AlignedChunks, SharedStringScanner, XlsxBudget, sheetScanner, XlsxFormatError, type ScanContext, type XlsxLimits } from "../../xlsx";
import { WorkbookFileError, WorkbookFileProblemCode, classifyWorkbookFile, toWorkbookFileProblem } from "./workbook-file-errors";
import { readWorkbookManifest, type ManifestSheet, type WorkbookManifest } from "./workbook-manifest";
import { zipEntryChunks } from "./zip-file";

export interface XlsxSourceOptions {
  /** Limits on the inflated parts; defaults to `DEFAULT_XLSX_LIMITS`. */
  readonly limits?: XlsxLimits;
}

function corrupt(path: string, detail: string): WorkbookFileError {
  return new WorkbookFileError({ code: WorkbookFileProblemCode.Corrupt, params: { path, detail } });
}

class XlsxSheet implements SheetSource {
  readonly name: string;
  readonly tables: ReadonlyArray<GridTable>;
  private met: ReadonlyArray<GridProblem> = [];

  constructor(
    private readonly path: string,
    private readonly source: XlsxSource,
    private readonly sheet: ManifestSheet,
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

  /** The rows each inflated chunk completes, one array per chunk (a fresh one each time: the reader may keep it). */
  async *rowBatches(): AsyncGenerator<GridRow[]> {
    const { entry } = this.sheet;
    if (!entry) throw corrupt(this.path, `sheet "${this.name}": part ${this.sheet.part} is missing`);
    let batch: GridRow[] = [];
    let scanner: SheetRowScanner;
    try {
      scanner = sheetScanner(this.source.budget, entry, await this.source.scanContext());
      this.met = scanner.problems;
      const decoder = new StringDecoder("utf8");
      const aligned = AlignedChunks.rows();
      for await (const chunk of zipEntryChunks(this.path, this.source.manifest.fileSize, entry)) {
        for (const piece of aligned.next(chunk)) scanner.push(decoder.write(piece), batch);
        if (batch.length === 0) continue;
        yield batch;
        batch = [];
      }
      const rest = aligned.rest();
      if (rest) scanner.push(decoder.write(rest), batch);
      scanner.push(decoder.end(), batch);
    } catch (error) {
      throw new WorkbookFileError(toWorkbookFileProblem(this.path, error));
    }
    if (batch.length > 0) yield batch;
    if (!scanner.finished) throw corrupt(this.path, `sheet "${this.name}" ends early`);
  }
}

class XlsxSource implements WorkbookSource {
  readonly date1904: boolean;
  private context: Promise<ScanContext> | undefined;

  constructor(
    private readonly path: string,
    readonly manifest: WorkbookManifest,
    readonly budget: XlsxBudget,
  ) {
    this.date1904 = manifest.date1904;
  }

  /** Sheets in workbook (tab) order; each can be read, in any order, as often as wanted. */
  sheets(): SheetSource[] {
    return this.manifest.sheets.map((s) => new XlsxSheet(this.path, this, s));
  }

  /** Loads the shared strings once, when the first sheet is read. */
  scanContext(): Promise<ScanContext> {
    this.context ??= this.loadContext();
    return this.context;
  }

  private async loadContext(): Promise<ScanContext> {
    const { sharedStrings: entry, dateStyles, date1904, fileSize } = this.manifest;
    const scanner = new SharedStringScanner(entry?.name, this.budget.limits.maxRowChars, this.budget.limits.maxTextChars);
    try {
      if (entry) {
        this.budget.take(entry);
        const decoder = new StringDecoder("utf8");
        const aligned = AlignedChunks.sharedStrings();
        for await (const chunk of zipEntryChunks(this.path, fileSize, entry)) for (const piece of aligned.next(chunk)) scanner.push(decoder.write(piece));
        const rest = aligned.rest();
        if (rest) scanner.push(decoder.write(rest));
        scanner.push(decoder.end());
      }
      scanner.end();
    } catch (error) {
      throw new WorkbookFileError(toWorkbookFileProblem(this.path, error));
    }
    const cells: ReadonlyArray<GridCell | undefined> = scanner.cells;
    return { date1904, dateStyles, sharedCount: cells.length, sharedCell: (index) => cells[index] };
  }
}

/**
 * Opens an .xlsx file for streaming. Looks at the file first and rejects with
 * a `WorkbookFileError` (carrying a typed `WorkbookFileProblem`) when it is
 * missing, not a workbook, encrypted, unreadable or too large; a damaged part
 * met while streaming rows is thrown as a `WorkbookFileError` with code
 * `file-corrupt` (or `file-too-large` for a part past the limits).
 */
export async function openXlsxSource(path: string, options: XlsxSourceOptions = {}): Promise<WorkbookSource> {
  const problem = await classifyWorkbookFile(path);
  if (problem) throw new WorkbookFileError(problem);
  const budget = new XlsxBudget(options.limits);
  try {
    const manifest = await readWorkbookManifest(path, budget);
    budget.takeAll([manifest.sharedStrings, ...manifest.sheets.map((s) => s.entry)]);
    return new XlsxSource(path, manifest, budget);
  } catch (error) {
    if (error instanceof XlsxFormatError) throw new WorkbookFileError(toWorkbookFileProblem(path, error));
    throw corrupt(path, (error as Error).message);
  }
}
