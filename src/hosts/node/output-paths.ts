/**
 * Which files a command line names, as the file system sees them: an output
 * that is the workbook (however spelled: `./W.xlsx`, `d/../W.xlsx`, a symbolic
 * or hard link) or another output is found before anything is written.
 */
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** A path as the file system resolves it; `dev`/`ino` when the file exists. */
export interface FileIdentity {
  /** Absolute, symbolic links resolved for every part that exists, `..` folded in the rest. */
  readonly real: string;
  readonly dev?: number;
  readonly ino?: number;
}

/** An output as the command line named it: the option (`-o`, `--issues` …) and the path. */
export interface NamedOutput {
  readonly option: string;
  readonly path: string;
}

export type OutputClash =
  | { readonly kind: "input"; readonly output: NamedOutput; readonly input: string }
  | { readonly kind: "output"; readonly output: NamedOutput; readonly other: NamedOutput };

/** The identity of `path`, existing or not; never throws. */
export async function fileIdentity(path: string): Promise<FileIdentity> {
  try {
    const real = await realpath(path);
    const s = await stat(real);
    return { real, dev: s.dev, ino: s.ino };
  } catch {
    // Not there (yet): the nearest folder that exists, resolved, with the rest of the path after it.
    const parent = dirname(path);
    if (parent === path) return { real: resolve(path) };
    const folder = await fileIdentity(parent);
    return { real: join(folder.real, basename(path)) };
  }
}

/** Same file: the same resolved path, or the same device and inode (a hard link). */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.real === b.real) return true;
  return a.ino !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The first output that is an input or an earlier output, given their identities; pure. */
export function findClash(
  inputs: ReadonlyArray<{ readonly path: string; readonly id: FileIdentity }>,
  outputs: ReadonlyArray<{ readonly output: NamedOutput; readonly id: FileIdentity }>,
): OutputClash | undefined {
  for (let k = 0; k < outputs.length; k++) {
    const { output, id } = outputs[k]!;
    const input = inputs.find((i) => sameFile(i.id, id));
    if (input) return { kind: "input", output, input: input.path };
    const earlier = outputs.slice(0, k).find((o) => sameFile(o.id, id));
    if (earlier) return { kind: "output", output, other: earlier.output };
  }
  return undefined;
}

/** Resolves every path, then looks for an output that would overwrite an input or another output. */
export async function outputClash(inputs: ReadonlyArray<string>, outputs: ReadonlyArray<NamedOutput>): Promise<OutputClash | undefined> {
  const ins = await Promise.all(inputs.map(async (path) => ({ path, id: await fileIdentity(path) })));
  const outs = await Promise.all(outputs.map(async (output) => ({ output, id: await fileIdentity(output.path) })));
  return findClash(ins, outs);
}
