/**
 * What we learn from an .xlsx's small parts before streaming its sheets: the
 * date system, the sheets in workbook order with their tables, and which
 * styles are dates. A few random-access reads; no sheet data is touched.
 */
import { open } from "node:fs/promises";
import type { GridTable } from "../../core/grid";
import { readWorkbookParts } from "./workbook-parts";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip-directory";

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
  readonly date1904: boolean;
  /** Worksheets in workbook (tab) order; chart sheets are left out. */
  readonly sheets: ReadonlyArray<ManifestSheet>;
  /** `dateStyles[s]` is true when cell style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  /** The shared string table's entry, if the workbook has one. */
  readonly sharedStrings: ZipEntry | undefined;
}

const SMALL_PART_LIMIT = 32 * 1024 * 1024;

/** Reads the whole manifest; throws ZipFormatError or a parse error when the parts are unreadable. */
export async function readWorkbookManifest(path: string): Promise<WorkbookManifest> {
  const fh = await open(path, "r");
  try {
    const entries = await readZipDirectory(fh, (await fh.stat()).size);
    const text = async (part: string): Promise<string | undefined> => {
      const entry: ZipEntry | undefined = entries.get(part);
      return entry ? (await readZipEntry(fh, entry, SMALL_PART_LIMIT)).toString("utf8") : undefined;
    };
    const parts = await readWorkbookParts(text);
    return {
      date1904: parts.date1904,
      sheets: parts.sheets.map((s) => ({ ...s, entry: entries.get(s.part) })),
      dateStyles: parts.dateStyles,
      sharedStrings: entries.get(parts.sharedStringsPart),
    };
  } finally {
    await fh.close();
  }
}
