/** The CLI's outputs: refused before anything is written when one would overwrite an input or another output, then each written whole. */
import type { Lang } from "../core/issues";
import { writeOutputFile } from "../hosts/node/output-files";
import { outputClash, type NamedOutput } from "../hosts/node/output-paths";
import { outputClashText, outputFileProblemText } from "./output-problem-text";

/** The line to print (exit 2) when an output is an input or another output; undefined when all are distinct. */
export async function outputsClashLine(
  inputs: ReadonlyArray<string | undefined>,
  outputs: ReadonlyArray<Partial<NamedOutput>>,
  lang: Lang,
): Promise<string | undefined> {
  const named = outputs.filter((o): o is NamedOutput => o.path !== undefined && o.option !== undefined);
  const clash = await outputClash(
    inputs.filter((i): i is string => i !== undefined),
    named,
  );
  return clash && outputClashText(clash, lang);
}

/** Writes one output whole; the line to print (exit 2) when it cannot be written. */
export async function writeOutputLine(path: string, data: Uint8Array | string, lang: Lang, createFolder = false): Promise<string | undefined> {
  const problem = await writeOutputFile(path, data, { createFolder });
  return problem && outputFileProblemText(problem, lang);
}
