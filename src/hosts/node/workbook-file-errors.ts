/**
 * Why a file cannot be read as an .xlsx workbook, as data: the CLI turns the
 * code into one clear line (its words live in the message catalogue, not here).
 */
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { CFB_MAGIC, cfbMentions, listCfbEntryNames } from "./cfb-directory";
import { XlsxFormatError, readZipDirectory, type XlsxLimitKind } from "../../xlsx";
import { fileReadAt } from "./zip-file";

export const WorkbookFileProblemCode = {
  Missing: "file-missing",
  /** A directory, or no permission to read. */
  Unreadable: "file-unreadable",
  /** An old binary .xls workbook (Excel 97–2003). */
  Xls: "file-xls",
  /** A password-protected workbook. */
  Encrypted: "file-encrypted",
  /** A text file (CSV or similar). */
  Csv: "file-csv",
  /** Not a zip, or a zip that is not an .xlsx (no xl/workbook.xml). */
  NotWorkbook: "file-not-workbook",
  /** An .xlsx whose contents cannot be read. */
  Corrupt: "file-corrupt",
  /** An .xlsx whose parts inflate past the reader's limits (a zip bomb, or far beyond any real workbook). */
  TooLarge: "file-too-large",
} as const;
export type WorkbookFileProblemCode = (typeof WorkbookFileProblemCode)[keyof typeof WorkbookFileProblemCode];

export interface WorkbookFileProblemParams {
  readonly path: string;
  /** file-unreadable: what stood in the way (`not-file`: a pipe, device or socket, which could wait for ever). */
  readonly reason?: "directory" | "permission" | "io" | "not-file";
  /** file-not-workbook: another format recognised inside the zip. */
  readonly format?: "xlsb" | "ods" | "docx" | "pptx";
  /** file-too-large: which limit, the part that broke it, its size (bytes, or the ratio) and the limit. */
  readonly limit?: XlsxLimitKind;
  readonly part?: string;
  readonly size?: number;
  readonly max?: number;
  /** The underlying error, for logs and bug reports only. */
  readonly detail?: string;
}

export interface WorkbookFileProblem {
  readonly code: WorkbookFileProblemCode;
  readonly params: WorkbookFileProblemParams;
}

/** Carries a `WorkbookFileProblem` through code that throws (streaming, exceljs). */
export class WorkbookFileError extends Error {
  constructor(readonly problem: WorkbookFileProblem) {
    super(`${problem.code}: ${problem.params.path}${problem.params.detail ? ` (${problem.params.detail})` : ""}`);
    this.name = "WorkbookFileError";
  }
}

/** Turns anything thrown while opening or streaming `path` into a problem; never rethrows. */
export function toWorkbookFileProblem(path: string, error: unknown): WorkbookFileProblem {
  if (error instanceof WorkbookFileError) return error.problem;
  if (error instanceof XlsxFormatError && error.tooLarge) {
    const { limit, part, size, max } = error.tooLarge;
    return { code: WorkbookFileProblemCode.TooLarge, params: { path, limit, part, size, max, detail: error.message } };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "ENOENT" || code === "ENOTDIR") return { code: WorkbookFileProblemCode.Missing, params: { path } };
  if (code === "EACCES" || code === "EPERM") return { code: WorkbookFileProblemCode.Unreadable, params: { path, reason: "permission" } };
  if (code === "EISDIR") return { code: WorkbookFileProblemCode.Unreadable, params: { path, reason: "directory" } };
  if (code === "EIO") return { code: WorkbookFileProblemCode.Unreadable, params: { path, reason: "io", detail } };
  return { code: WorkbookFileProblemCode.Corrupt, params: { path, detail } };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

function looksLikeDelimitedText(head: Buffer, path: string): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  if (TEXT_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  const firstLine = head.toString("utf8").split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine);
}

function otherOfficeFormat(names: ReadonlySet<string>): WorkbookFileProblemParams["format"] {
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("mimetype") && names.has("content.xml")) return "ods";
  return undefined;
}

/**
 * Looks at the file before streaming it: undefined when it is a zip holding
 * `xl/workbook.xml`, otherwise the problem. Reads only the header and the zip
 * directory (or the CFB directory); never throws.
 */
export async function classifyWorkbookFile(path: string): Promise<WorkbookFileProblem | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { code: WorkbookFileProblemCode.Unreadable, params: { path, reason: "directory" } };
    // Opening a pipe with no writer would wait for ever; only regular files are read.
    if (!info.isFile()) return { code: WorkbookFileProblemCode.Unreadable, params: { path, reason: "not-file" } };
    const fh = await open(path, "r");
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      const start = head.subarray(0, bytesRead);
      if (start.subarray(0, 8).equals(CFB_MAGIC)) {
        const names = await listCfbEntryNames(fh);
        const encrypted = names ? names.includes("EncryptionInfo") : await cfbMentions(fh, "EncryptionInfo");
        return { code: encrypted ? WorkbookFileProblemCode.Encrypted : WorkbookFileProblemCode.Xls, params: { path } };
      }
      if (!start.subarray(0, 2).equals(ZIP_MAGIC)) {
        const code = looksLikeDelimitedText(start, path) ? WorkbookFileProblemCode.Csv : WorkbookFileProblemCode.NotWorkbook;
        return { code, params: { path } };
      }
      let names: Set<string>;
      try {
        names = new Set((await readZipDirectory(fileReadAt(fh), info.size)).keys());
      } catch (error) {
        return { code: WorkbookFileProblemCode.Corrupt, params: { path, detail: (error as Error).message } };
      }
      if (names.has("xl/workbook.xml")) return undefined;
      const format = otherOfficeFormat(names);
      return { code: WorkbookFileProblemCode.NotWorkbook, params: format ? { path, format } : { path } };
    } finally {
      await fh.close();
    }
  } catch (error) {
    return toWorkbookFileProblem(path, error);
  }
}
