/** One clear line for an output that may not or cannot be written (exit code 2). */
import type { Lang } from "../core/i18n";
import type { OutputFileProblem } from "../hosts/node/output-files";
import type { OutputClash } from "../hosts/node/output-paths";
import { cliText } from "./cli-text";

export function outputClashText(clash: OutputClash, lang: Lang): string {
  const out = named(clash.output);
  const t = cliText(lang);
  return clash.kind === "input" ? t.outputClashInput(out, clash.input) : t.outputClashOther(out, named(clash.other));
}

/** `-o “a.docx”`; the report's default name has no option. */
function named(output: OutputClash["output"]): string {
  return output.option ? `${output.option} “${output.path}”` : `“${output.path}”`;
}

export function outputFileProblemText(problem: OutputFileProblem, lang: Lang): string {
  return cliText(lang).outputProblem[problem.code](`“${problem.params.path}”`, problem.params.detail ?? "");
}
