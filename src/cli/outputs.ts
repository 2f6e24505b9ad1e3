/** The CLI's outputs: refused before anything is written when one would overwrite an input or another output, then each written whole. */
import type { Lang } from "../core/i18n";
import { writeOutputFile, type OutputFileProblem } from "../hosts/node";
import { outputClash, type NamedOutput, type OutputClash } from "../hosts/node";
import { cliText } from "./cli-text";

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

/** One clear line for an output that may not be written: it is an input or another output. */
function outputClashText(clash: OutputClash, lang: Lang): string {
  const out = named(clash.output);
  const t = cliText(lang);
  return clash.kind === "input" ? t.outputClashInput(out, clash.input) : t.outputClashOther(out, named(clash.other));
}

/** `-o “a.docx”`; the report's default name has no option. */
function named(output: OutputClash["output"]): string {
  return output.option ? `${output.option} “${output.path}”` : `“${output.path}”`;
}

/** One clear line for an output that cannot be written. */
export function outputFileProblemText(problem: OutputFileProblem, lang: Lang): string {
  return cliText(lang).outputProblem[problem.code](`“${problem.params.path}”`, problem.params.detail ?? "");
}
