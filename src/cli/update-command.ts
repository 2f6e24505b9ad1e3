/**
 * `lap-bao-cao update REPORT.docx WORKBOOK.xlsx [-o OUT.docx] [--dry-run] [--force] [--lang vi|en]`
 *
 * Refreshes the figures of a living report from the workbook: only the
 * content of the tagged controls whose text is still what the product wrote
 * changes; a figure the clerk typed over or deleted is listed, not written.
 * Without -o (or with -o naming REPORT.docx) the report is rewritten in
 * place; the workbook is never overwritten. Errors block as in `generate`.
 */
import { basename } from "node:path";
import { ReportBlock, sourceDateClock } from "../core/report";
import { figureName, planFigureUpdate, type FigureChange, type WrittenFigure } from "../core/living";
import { Lang } from "../core/i18n";
import { readLivingDocx, rewriteLivingDocx } from "../render/docx";
import { readReportFile } from "../hosts/node";
import { cliText, fileProblemText } from "./cli-text";
import { issuesText } from "./issues-text";
import { loadWorkbook } from "./load-workbook";
import { outputsClashLine, writeOutputLine } from "./outputs";
import type { CliArgs } from "./args";
import type { CliIo } from "./cli-io";

export async function updateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const t = cliText(args.lang);
  const [reportPath, workbookPath] = args.positionals;
  if (reportPath === undefined || workbookPath === undefined) {
    io.err(t.updateNeedsFiles);
    return 2;
  }
  const output = args.output ?? reportPath;
  const clash = await outputsClashLine([workbookPath], [{ option: args.output === undefined ? "" : "-o", path: output }], args.lang);
  if (clash) {
    io.err(clash);
    return 2;
  }
  const bytes = await readReportFile(reportPath);
  if (bytes === undefined) {
    io.err(t.reportUnreadable(reportPath));
    return 2;
  }
  let living;
  try {
    living = readLivingDocx(bytes);
  } catch {
    living = undefined;
  }
  if (living?.provenance === undefined) {
    io.err(t.notLivingReport(reportPath));
    return 2;
  }
  const provenance = living.provenance;
  // The figures are written in the report's language, whatever language the messages are in.
  const reportLang = provenance.lang === Lang.En ? Lang.En : Lang.Vi;
  const loaded = await loadWorkbook(workbookPath, { lang: reportLang, force: args.force, clock: sourceDateClock(process.env.SOURCE_DATE_EPOCH) });
  if (!loaded.ok) {
    io.err(fileProblemText(loaded.problem, args.lang));
    return 2;
  }
  const { plan } = loaded;
  if (!plan.ok) {
    io.err(issuesText(plan.errors, args.lang));
    io.err("");
    io.err(plan.reason === ReportBlock.NoPeriod ? t.noPeriod : t.blockedByErrors);
    return 1;
  }
  const update = planFigureUpdate(
    { provenance, controls: living.controls },
    { document: plan.document, period: plan.period, workbook: { name: basename(workbookPath), location: workbookPath } },
  );
  const { changes } = update;
  if (provenance.period !== "" && provenance.period !== plan.period) io.err(t.periodChanged(provenance.period, plan.period));
  for (const line of changeLines(changes, update.names, args.lang)) io.out(line);
  io.out(t.figuresUnchanged(changes.filter((c) => c.kind === "changed").length, changes.filter((c) => c.kind === "unchanged").length));
  if (args.dryRun) {
    io.out(t.dryRunNothingWritten);
    return 0;
  }
  const unwritten = await writeOutputLine(output, rewriteLivingDocx(bytes, update.texts, update.provenance), args.lang, true);
  if (unwritten) {
    io.err(unwritten);
    return 2;
  }
  io.out(t.reportUpdated(output));
  return 0;
}

/** One line per changed, typed-over or deleted figure, in the report's order. */
export function changeLines(changes: ReadonlyArray<FigureChange>, names: ReadonlyMap<string, WrittenFigure>, lang: Lang): string[] {
  const t = cliText(lang);
  const out: string[] = [];
  for (const c of changes) {
    const name = figureName(c.key, names);
    const fresh = c.fresh ?? "—";
    if (c.kind === "changed") out.push(t.figureChanged(name, c.current ?? c.written, fresh));
    else if (c.kind === "conflict") out.push(t.figureTypedOver(name, c.current ?? "", fresh));
    else if (c.kind === "missing") out.push(t.figureDeleted(name, fresh));
  }
  return out;
}
