/**
 * Why bytes picked in the browser cannot be read as an .xlsx workbook, as
 * data: the pane turns the code into words. The browser twin of the Node
 * host's `WorkbookFileProblemCode`, without a path (the file has no place).
 */

import type { XlsxTooLarge } from "../../xlsx";

export const XlsxBytesProblemCode = {
  /** Nothing in the file. */
  Empty: "empty",
  /** An old binary .xls workbook (Excel 97–2003). */
  Xls: "xls",
  /** A password-protected workbook. */
  Encrypted: "encrypted",
  /** Not a zip, or a zip without xl/workbook.xml (a .docx, a renamed file). */
  NotWorkbook: "not-workbook",
  /** An .xlsx whose contents cannot be read. */
  Corrupt: "corrupt",
  /** An .xlsx whose parts inflate past the reader's limits (a zip bomb, or far beyond any real workbook). */
  TooLarge: "too-large",
} as const;
export type XlsxBytesProblemCode = (typeof XlsxBytesProblemCode)[keyof typeof XlsxBytesProblemCode];

export class XlsxBytesError extends Error {
  constructor(
    readonly problem: XlsxBytesProblemCode,
    detail?: string,
    /** For `too-large`: which limit, the part, its size and the limit. */
    readonly tooLarge?: XlsxTooLarge,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = "XlsxBytesError";
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Encrypted OOXML is a compound file holding an "EncryptionInfo" stream; directory names are UTF-16LE.
const ENCRYPTION_INFO = Array.from("EncryptionInfo", (c) => [c.charCodeAt(0), 0]).flat();

function startsWith(bytes: Uint8Array, magic: ReadonlyArray<number>): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: ReadonlyArray<number>): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** What is wrong with the file from its first bytes, or undefined when it looks like a zip. */
export function classifyXlsxBytes(bytes: Uint8Array): XlsxBytesProblemCode | undefined {
  if (bytes.length === 0) return XlsxBytesProblemCode.Empty;
  if (startsWith(bytes, CFB_MAGIC)) return contains(bytes, ENCRYPTION_INFO) ? XlsxBytesProblemCode.Encrypted : XlsxBytesProblemCode.Xls;
  if (!startsWith(bytes, ZIP_MAGIC)) return XlsxBytesProblemCode.NotWorkbook;
  return undefined;
}
