/**
 * Writing an output file whole or not at all: the bytes go to a temporary
 * file in the same folder, which is then renamed over the target, so a failed
 * write leaves neither a half file nor the temporary one. A failure comes back
 * as data (the CLI words it), never as a throw.
 */
import { chmod, mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileIdentity } from "./output-paths";

export const OutputFileProblemCode = {
  /** EACCES, EPERM: no permission to write there. */
  Permission: "output-permission",
  /** EROFS: a read-only disk. */
  ReadOnly: "output-read-only",
  /** ENOTDIR, or a folder to create where a file stands: part of the path is a file. */
  NotAFolder: "output-not-a-folder",
  /** EISDIR: the output names a folder. */
  IsAFolder: "output-is-a-folder",
  /** ENOSPC, EDQUOT: the disk or the quota is full. */
  DiskFull: "output-disk-full",
  /** ENOENT: the folder does not exist. */
  NoFolder: "output-no-folder",
  /** ENAMETOOLONG. */
  NameTooLong: "output-name-too-long",
  /** Anything else; `detail` holds the system's code. */
  Failed: "output-failed",
} as const;
export type OutputFileProblemCode = (typeof OutputFileProblemCode)[keyof typeof OutputFileProblemCode];

export interface OutputFileProblem {
  readonly code: OutputFileProblemCode;
  /** `path` as the user gave it; `detail`: the system's error code, for a bug report. */
  readonly params: { readonly path: string; readonly detail?: string };
}

export interface WriteOptions {
  /** Create the folder (and its parents) when missing. */
  readonly createFolder?: boolean;
}

/** The file-system calls used, so that tests can make one fail as a real disk would. */
export interface OutputFs {
  readonly mkdir: typeof mkdir;
  readonly writeFile: typeof writeFile;
  readonly rename: typeof rename;
  readonly unlink: typeof unlink;
}

const NODE_FS: OutputFs = { mkdir, writeFile, rename, unlink };

let serial = 0;

/** Writes `data` to `path` atomically; undefined when done, else why not. */
export async function writeOutputFile(
  path: string,
  data: Uint8Array | string,
  options: WriteOptions = {},
  fs: OutputFs = NODE_FS,
): Promise<OutputFileProblem | undefined> {
  // A symbolic link is written through, as a plain write would, by renaming over what it points to.
  const target = (await fileIdentity(path)).real;
  const folder = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) return { code: OutputFileProblemCode.IsAFolder, params: { path } };
  // A device or pipe (`-o /dev/stdout`) cannot be replaced by a rename: it is written to as it is.
  if (existing && !existing.isFile()) {
    try {
      await fs.writeFile(target, data);
      return undefined;
    } catch (error) {
      return { code: problemCode(error, false), params: { path, detail: errorCode(error) } };
    }
  }
  const temp = join(folder, `.${basename(target)}.${process.pid}-${++serial}.tmp`);
  // Past the folder step, a temporary file may exist and must go on failure.
  let pastFolder = false;
  try {
    if (options.createFolder) await fs.mkdir(folder, { recursive: true });
    pastFolder = true;
    await fs.writeFile(temp, data, { flag: "wx" });
    // The report replacing an earlier one keeps that file's permissions.
    if (existing) await chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    await fs.rename(temp, target);
    return undefined;
  } catch (error) {
    if (pastFolder) await fs.unlink(temp).catch(() => undefined);
    return { code: problemCode(error, !pastFolder), params: { path, detail: errorCode(error) } };
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : String(error);
}

function problemCode(error: unknown, makingFolder: boolean): OutputFileProblemCode {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return OutputFileProblemCode.Permission;
    case "EROFS":
      return OutputFileProblemCode.ReadOnly;
    case "ENOTDIR":
      return OutputFileProblemCode.NotAFolder;
    case "EEXIST":
      // mkdir found a file where the folder should be.
      return makingFolder ? OutputFileProblemCode.NotAFolder : OutputFileProblemCode.Failed;
    case "EISDIR":
      return OutputFileProblemCode.IsAFolder;
    case "ENOSPC":
    case "EDQUOT":
      return OutputFileProblemCode.DiskFull;
    case "ENOENT":
      return OutputFileProblemCode.NoFolder;
    case "ENAMETOOLONG":
      return OutputFileProblemCode.NameTooLong;
    default:
      return OutputFileProblemCode.Failed;
  }
}
