/** `lap-bao-cao generate [WORKBOOK] [-o FILE.docx] [--summary FILE.json] [--issues FILE.json] [--lang vi|en] [--force] [--print] [--outline FILE.json] [--empty-sections placeholder|omit]` */
import { basename, join } from "node:path";
import { ReportBlock, sourceDateClock } from "../core/report";
import { documentText } from "../core/document";
import { issueToJson } from "../core/issues";
import { summaryToJson } from "../core/summarise";
import { renderReport } from "../render/docx";
import { cliText, fileProblemText } from "./cli-text";
import { issuesText } from "./issues-text";
import { loadOutline, loadWorkbook } from "./load-inputs";

import { outputsClashLine, writeOutputLine } from "./outputs";
import type { CliArgs } from "./args";
import type { CliIo } from "./cli-io";

/** The bundled reference sample, used when no workbook is named. */
export const SAMPLE_WORKBOOK = join(__dirname, "..", "..", "examples", "bao-cao-mau-6-thang-2021.xlsx");

export async function generateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const t = cliText(args.lang);
  const path = args.positionals[0] ?? SAMPLE_WORKBOOK;
  const outline = await loadOutline(args.outline, args.lang);
  if (!outline.ok) {
    for (const line of outline.lines) io.err(line);
    return 2;
  }
  const loaded = await loadWorkbook(path, {
    lang: args.lang,
    force: args.force,
    outline: outline.outline,
    emptySections: args.emptySections,
    clock: sourceDateClock(process.env.SOURCE_DATE_EPOCH),
  });
  if (!loaded.ok) {
    io.err(fileProblemText(loaded.problem, args.lang));
    return 2;
  }
  const { analysis, plan } = loaded;
  const output = args.output ?? plan.fileName;
  // Every output is checked, the report's even when it will not be written, before any is.
  const clash = await outputsClashLine(
    [path, args.outline],
    [
      { option: args.output === undefined ? "" : "-o", path: args.output !== undefined || plan.ok ? output : undefined },
      { option: "--issues", path: args.issues },
      { option: "--summary", path: args.summary },
    ],
    args.lang,
  );
  if (clash) {
    io.err(clash);
    return 2;
  }
  const failed =
    (args.issues
      ? await writeJson(
          args.issues,
          plan.issues.map((i) => issueToJson(i, args.lang)),
          args.lang,
        )
      : undefined) ?? (args.summary && analysis.summary ? await writeJson(args.summary, summaryToJson(analysis.summary), args.lang) : undefined);
  if (failed) {
    io.err(failed);
    return 2;
  }

  if (!plan.ok) {
    io.err(issuesText(plan.errors, args.lang));
    io.err("");
    io.err(plan.reason === ReportBlock.NoPeriod ? t.noPeriod : t.blockedByErrors);
    return 1;
  }

  const bytes = await renderReport(plan, { name: basename(path), location: path });
  const unwritten = await writeOutputLine(output, bytes, args.lang, true);
  if (unwritten) {
    io.err(unwritten);
    return 2;
  }

  if (args.print) io.out(documentText(plan.document));
  const { warnings, leftOut: errors } = plan;
  if (errors > 0) io.err(t.rowsLeftOut(errors));
  else if (warnings > 0) io.err(t.warningsToSee(warnings));
  io.out(t.reportWritten(output));
  return 0;
}

/** The line to print when the file cannot be written. */
function writeJson(path: string, value: unknown, lang: CliArgs["lang"]): Promise<string | undefined> {
  return writeOutputLine(path, JSON.stringify(value, null, 2) + "\n", lang, true);
}
