/**
 * How much an .xlsx may hold before the reader refuses it. A real
 * department workbook is far below each limit; a zip bomb or a crafted part
 * is stopped from its central directory, before anything is inflated, and a
 * part that lies about its size is stopped as soon as it passes what it
 * declared.
 */
import { XlsxLimitKind, tooLarge } from "./xlsx-format-error";
import type { ZipEntry } from "./zip-directory";

export interface XlsxLimits {
  /** Inflated bytes of one streamed part (a sheet, the shared strings). */
  readonly maxPartBytes: number;
  /** Inflated bytes of a part read whole (workbook.xml, rels, styles, tables). */
  readonly maxSmallPartBytes: number;
  /** Inflated bytes of every part read, together. */
  readonly maxWorkbookBytes: number;
  /** Inflated ÷ compressed size of a part larger than `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /** Characters of XML in one row of a sheet. */
  readonly maxRowChars: number;
  /** Characters of one cell's text (Excel's own limit). */
  readonly maxTextChars: number;
}

const MiB = 1024 * 1024;

/** The bench workbook (303,022 rows) stays under a fifth of each. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 512 * MiB,
  maxSmallPartBytes: 32 * MiB,
  maxWorkbookBytes: 1024 * MiB,
  maxRatio: 400,
  ratioFloorBytes: 4 * MiB,
  maxRowChars: 32 * MiB,
  maxTextChars: 32_767,
};

/** Counts the inflated bytes of the parts a reader takes, once a part, against the limits. */
export class XlsxBudget {
  private readonly taken = new Set<string>();
  private total = 0;

  constructor(readonly limits: XlsxLimits = DEFAULT_XLSX_LIMITS) {}

  /** Takes every part a reader will stream, at once, so a workbook past the limits is refused before any sheet is read. */
  takeAll(entries: Iterable<ZipEntry | undefined>): void {
    for (const entry of entries) if (entry) this.take(entry);
  }

  /** Checks an entry's declared sizes before any of it is read; throws an `XlsxFormatError` with `tooLarge`. */
  take(entry: ZipEntry, whole = false): void {
    const { limits } = this;
    const max = whole ? limits.maxSmallPartBytes : limits.maxPartBytes;
    if (entry.size > max) throw tooLarge(XlsxLimitKind.Part, entry.name, entry.size, max);
    if (entry.size > limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw tooLarge(XlsxLimitKind.Ratio, entry.name, entry.size / Math.max(entry.compressedSize, 1), limits.maxRatio);
    }
    if (this.taken.has(entry.name)) return;
    if (this.total + entry.size > limits.maxWorkbookBytes) throw tooLarge(XlsxLimitKind.Workbook, entry.name, this.total + entry.size, limits.maxWorkbookBytes);
    this.taken.add(entry.name);
    this.total += entry.size;
  }
}
