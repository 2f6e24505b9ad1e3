/** Reading the CLI's other inputs whole: a .docx report for `update`, a JSON outline for `--outline`. */
import { readFile } from "node:fs/promises";

/** Reads a .docx report whole; undefined when it cannot be read (missing, a folder, no permission). */
export async function readReportFile(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/** A JSON file's value, or why it could not be had: "not-json", or the system's code ("ENOENT", "EISDIR", …). */
export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly why: string };

export async function readJsonFile(path: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, why: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, why: "not-json" };
  }
}
