import type { Lang } from "../core/i18n";
import type { WorkbookFileProblem } from "../hosts/node";
import { CLI_TEXT_EN } from "./cli-text-en";
import type { CliText } from "./cli-text-shape";
import { CLI_TEXT_VI } from "./cli-text-vi";

export type { CliText } from "./cli-text-shape";

const CLI_TEXT: Readonly<Record<Lang, CliText>> = { vi: CLI_TEXT_VI, en: CLI_TEXT_EN };

/** The command line's words in `lang`. */
export function cliText(lang: Lang): CliText {
  return CLI_TEXT[lang];
}

/** One clear line for a file that cannot be read as a workbook (exit code 2). */
export function fileProblemText(problem: WorkbookFileProblem, lang: Lang): string {
  return cliText(lang).fileProblem[problem.code](`“${problem.params.path}”`, problem.params);
}
