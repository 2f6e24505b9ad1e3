/** One clear line for a file that cannot be read as a workbook (exit code 2). */
import type { Lang } from "../core/i18n";
import type { WorkbookFileProblem } from "../hosts/node";
import { cliText } from "./cli-text";

export function fileProblemText(problem: WorkbookFileProblem, lang: Lang): string {
  return cliText(lang).fileProblem[problem.code](`“${problem.params.path}”`, problem.params);
}
