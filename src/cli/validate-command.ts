/** `lap-bao-cao validate WORKBOOK [--json] [--summary FILE.json] [--lang vi|en]` */
import { issueToJson, Severity } from "../core/issues";
import { summaryToJson } from "../core/summarise";
import { issuesText } from "./issues-text";
import { loadWorkbook } from "./load-inputs";
import { outputsClashLine, writeOutputLine } from "./outputs";
import { UsageError, type CliArgs } from "./args";
import type { CliIo } from "./cli-io";
import { cliText, fileProblemText } from "./cli-text";

export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [path] = args.positionals;
  if (!path) throw new UsageError(cliText(args.lang).validateNeedsWorkbook);
  const clash = await outputsClashLine([path], [{ option: "--summary", path: args.summary }], args.lang);
  if (clash) {
    io.err(clash);
    return 2;
  }
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) {
    io.err(fileProblemText(loaded.problem, args.lang));
    return 2;
  }
  const { analysis } = loaded;
  const { issues } = loaded.plan;
  if (args.summary) {
    if (!analysis.summary) {
      io.err(cliText(args.lang).noSummary);
    } else {
      const failed = await writeOutputLine(args.summary, JSON.stringify(summaryToJson(analysis.summary), null, 2) + "\n", args.lang);
      if (failed) {
        io.err(failed);
        return 2;
      }
    }
  }
  if (args.json) {
    io.out(
      JSON.stringify(
        issues.map((i) => issueToJson(i, args.lang)),
        null,
        2,
      ),
    );
  } else {
    io.out(cliText(args.lang).checked(path));
    io.out("");
    io.out(issuesText(issues, args.lang));
    const errors = issues.some((i) => i.severity === Severity.Error);
    io.out(errors ? cliText(args.lang).fixErrors : cliText(args.lang).noErrors);
  }
  return analysis.hasErrors ? 1 : 0;
}
