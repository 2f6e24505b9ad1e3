/** Reads a .docx report whole; undefined when it cannot be read (missing, a folder, no permission). */
import { readFile } from "node:fs/promises";

export async function readReportFile(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}
