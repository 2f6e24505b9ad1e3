/**
 * An .xlsx file as a streaming `WorkbookSource`. The small parts are read
 * first (workbook, rels, styles, tables); each sheet is then inflated straight
 * from its place in the zip and scanned row by row, so memory holds the
 * shared strings and one chunk of one sheet, never the workbook.
 *
 * exceljs' streaming reader is not used here: it copies every sheet to a temp
 * file when (as Excel and exceljs both write them) the shared strings come
 * after the sheets, it hangs for ever on a damaged sheet entry, its row
 * objects take most of the time, and it loses the type of a formula's cached
 * error or boolean result.
 */
import { StringDecoder } from "node:string_decoder";
import type { GridCell, GridRow, GridTable, SheetSource, WorkbookSource } from "../../core/grid";
import { readSharedStrings } from "./shared-strings";
import { SheetRowScanner, type ScanContext } from "./sheet-row-scanner";
import { WorkbookFileError, WorkbookFileProblemCode, classifyWorkbookFile, toWorkbookFileProblem } from "./workbook-file-errors";
import { readWorkbookManifest, type ManifestSheet, type WorkbookManifest } from "./workbook-manifest";
import { openZipEntry } from "./zip-directory";

function corrupt(path: string, detail: string): WorkbookFileError {
  return new WorkbookFileError({ code: WorkbookFileProblemCode.Corrupt, params: { path, detail } });
}

class XlsxSheet implements SheetSource {
  readonly name: string;
  readonly tables: ReadonlyArray<GridTable>;

  constructor(
    private readonly path: string,
    private readonly sheet: ManifestSheet,
    private readonly context: () => Promise<ScanContext>,
  ) {
    this.name = sheet.name;
    this.tables = sheet.tables;
  }

  async *rows(): AsyncGenerator<GridRow> {
    const { entry } = this.sheet;
    if (!entry) throw corrupt(this.path, `sheet "${this.name}": part ${this.sheet.part} is missing`);
    const scanner = new SheetRowScanner(await this.context());
    const decoder = new StringDecoder("utf8");
    const batch: GridRow[] = [];
    let bytes = 0;
    try {
      for await (const chunk of await openZipEntry(this.path, entry)) {
        bytes += (chunk as Buffer).length;
        scanner.push(decoder.write(chunk as Buffer), batch);
        for (let i = 0; i < batch.length; i++) yield batch[i]!;
        batch.length = 0;
      }
      scanner.push(decoder.end(), batch);
    } catch (error) {
      throw new WorkbookFileError(toWorkbookFileProblem(this.path, error));
    }
    for (const row of batch) yield row;
    if (bytes !== entry.size || !scanner.finished) throw corrupt(this.path, `sheet "${this.name}" ends early`);
  }
}

class XlsxSource implements WorkbookSource {
  readonly date1904: boolean;
  private context: Promise<ScanContext> | undefined;

  constructor(
    private readonly path: string,
    private readonly manifest: WorkbookManifest,
  ) {
    this.date1904 = manifest.date1904;
  }

  /** Sheets in workbook (tab) order; each can be read, in any order, as often as wanted. */
  sheets(): SheetSource[] {
    return this.manifest.sheets.map((s) => new XlsxSheet(this.path, s, () => this.scanContext()));
  }

  /** Loads the shared strings once, when the first sheet is read. */
  private scanContext(): Promise<ScanContext> {
    this.context ??= this.loadContext();
    return this.context;
  }

  private async loadContext(): Promise<ScanContext> {
    const { sharedStrings: entry, dateStyles, date1904 } = this.manifest;
    let cells: ReadonlyArray<GridCell | undefined> = [];
    try {
      if (entry) cells = await readSharedStrings(await openZipEntry(this.path, entry));
    } catch (error) {
      throw new WorkbookFileError(toWorkbookFileProblem(this.path, error));
    }
    return { date1904, dateStyles, sharedCell: (index) => cells[index] };
  }
}

/**
 * Opens an .xlsx file for streaming. Looks at the file first and rejects with
 * a `WorkbookFileError` (carrying a typed `WorkbookFileProblem`) when it is
 * missing, not a workbook, encrypted or unreadable; a damaged part met while
 * streaming rows is thrown as a `WorkbookFileError` with code `file-corrupt`.
 */
export async function openXlsxSource(path: string): Promise<WorkbookSource> {
  const problem = await classifyWorkbookFile(path);
  if (problem) throw new WorkbookFileError(problem);
  try {
    return new XlsxSource(path, await readWorkbookManifest(path));
  } catch (error) {
    throw corrupt(path, (error as Error).message);
  }
}
