/** Runs the CLI in-process with a buffer for stdout and stderr. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run-cli";

export interface CliRun {
  readonly code: number;
  /** Every line written to stdout (a call may write several, split here). */
  readonly out: string[];
  readonly err: string[];
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCliCaptured(argv: ReadonlyArray<string>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(...l.split("\n")), err: (l) => err.push(...l.split("\n")) });
  return { code, out, err, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A temp folder for one test file; `remove` in afterAll. */
export function tempDir(prefix: string): { readonly dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
