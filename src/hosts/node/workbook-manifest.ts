/**
 * What we learn from an .xlsx's small parts before streaming its sheets: the
 * date system, the sheets in workbook order with their tables, and which
 * styles are dates. A few random-access reads; no sheet data is touched.
 */
import { open } from "node:fs/promises";
import type { GridTable } from "../../core/grid";
import type { XlsxBudget } from "../../xlsx";
import { readWorkbookParts, readZipDirectory, type ZipEntry } from "../../xlsx";
import { fileReadAt, readZipEntry } from "./zip-file";

export interface ManifestSheet {
  /** The name as the workbook spells it. */
  readonly name: string;
  /** The sheet's part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly tables: ReadonlyArray<GridTable>;
  /** Its zip entry; undefined when workbook.xml names a part the zip lacks. */
  readonly entry: ZipEntry | undefined;
}

export interface WorkbookManifest {
  /** The file's size when the directory was read; every entry lies inside it. */
  readonly fileSize: number;
  readonly date1904: boolean;
  /** Worksheets in workbook (tab) order; chart sheets are left out. */
  readonly sheets: ReadonlyArray<ManifestSheet>;
  /** `dateStyles[s]` is true when cell style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  /** The shared string table's entry, if the workbook has one. */
  readonly sharedStrings: ZipEntry | undefined;
}

/** Reads the whole manifest, counting the small parts against `budget`; throws `XlsxFormatError` when the parts are unreadable or too large. */
export async function readWorkbookManifest(path: string, budget: XlsxBudget): Promise<WorkbookManifest> {
  const fh = await open(path, "r");
  try {
    const fileSize = (await fh.stat()).size;
    const entries = await readZipDirectory(fileReadAt(fh), fileSize);
    const decoder = new TextDecoder("utf-8");
    const text = async (part: string): Promise<string | undefined> => {
      const entry = entries.get(part);
      if (!entry) return undefined;
      budget.take(entry, true);
      return decoder.decode(await readZipEntry(fh, fileSize, entry));
    };
    const parts = await readWorkbookParts(text);
    return {
      fileSize,
      date1904: parts.date1904,
      sheets: parts.sheets.map((s) => ({ ...s, entry: entries.get(s.part) })),
      dateStyles: parts.dateStyles,
      sharedStrings: entries.get(parts.sharedStringsPart),
    };
  } finally {
    await fh.close();
  }
}
