/**
 * `lap-bao-cao update REPORT.docx WORKBOOK.xlsx [-o OUT.docx] [--dry-run] [--force] [--lang vi|en]`
 *
 * Refreshes the figures and the computed lists of a living report from the
 * workbook: only the content of the tagged controls whose text is still what
 * the product wrote changes (a list's blocks are cut from the report as
 * `generate` would write it now); a figure or list the clerk typed over,
 * edited with tracked changes or deleted is listed, not written.
 * Without -o (or with -o naming REPORT.docx) the report is rewritten in
 * place; the workbook is never overwritten. Errors block as in `generate`.
 */
import { basename } from "node:path";
import { ReportBlock, sourceDateClock } from "../core/report";
import {
  figureName,
  listChangeWords,
  planFigureUpdate,
  summaryRecord,
  type Provenance,
  type FigureChange,
  type FigureUpdate,
  type ListChange,
  type WrittenFigure,
} from "../core/living";
import { Lang } from "../core/i18n";
import { DocxTooLargeError, listContents, readLivingDocx, renderReport, rewriteLivingDocx } from "../render/docx";
import { readReportFile } from "../hosts/node";
import { cliText, fileProblemText } from "./cli-text";
import { issuesText } from "./issues-text";
import { loadWorkbook } from "./load-inputs";
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
  } catch (error) {
    if (error instanceof DocxTooLargeError) {
      io.err(t.reportTooLarge(reportPath));
      return 2;
    }
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
    { provenance, controls: living.controls, lists: living.lists, tracked: living.tracked, annotated: living.annotated },
    { document: plan.document, period: plan.period, workbook: workbookRecord(provenance.workbook, workbookPath), summary: summaryRecord(plan.summary) },
  );
  const { changes } = update;
  if (provenance.period !== "" && provenance.period !== plan.period) io.err(t.periodRefreshed(provenance.period, plan.period));
  for (const line of changeLines(changes, update.names, args.lang)) io.out(line);
  for (const line of listLines(update.lists, args.lang)) io.out(line);
  io.out(t.figuresUnchanged(changes.filter((c) => c.kind === "changed").length, changes.filter((c) => c.kind === "unchanged").length));
  if (args.dryRun) {
    io.out(t.dryRunNothingWritten);
    return 0;
  }
  const unwritten = await writeOutputLine(output, rewriteLivingDocx(bytes, update.texts, update.provenance, await freshLists(plan, update)), args.lang, true);
  if (unwritten) {
    io.err(unwritten);
    return 2;
  }
  io.out(t.reportUpdated(output));
  return 0;
}

/** The fresh content of each list to replace, cut from the report as `generate` writes it now (same styles, same table look). */
async function freshLists(plan: Parameters<typeof renderReport>[0], update: FigureUpdate): Promise<ReadonlyMap<string, string>> {
  if (update.listRewrites.size === 0) return new Map();
  const contents = listContents(await renderReport(plan));
  return new Map([...contents].filter(([tag]) => update.listRewrites.has(tag)));
}

/** One line per replaced, edited or deleted list: "Phụ lục bảng thu chi: 24 dòng → 25 dòng". */
export function listLines(lists: ReadonlyArray<ListChange>, lang: Lang): string[] {
  const t = cliText(lang);
  const out: string[] = [];
  for (const l of lists) {
    const { name, from, to } = listChangeWords(l, lang);
    if (l.kind === "changed") out.push(t.listChanged(name, from, to));
    else if (l.kind === "conflict") out.push(t.listEdited(name, to, l.tracked === true));
    else if (l.kind === "missing") out.push(t.listDeleted(name, to));
  }
  return out;
}

/**
 * The workbook as the record names it after this update: the file given, at
 * its path, unless the record already holds a web address of a file of that
 * name (the OneDrive copy the Word pane fetches): a local path, with the
 * clerk's own folder names, never replaces it.
 */
export function workbookRecord(held: Provenance["workbook"], path: string): NonNullable<Provenance["workbook"]> {
  const name = basename(path);
  if (held?.location !== undefined && /^https:\/\//i.test(held.location) && held.name.normalize("NFC") === name.normalize("NFC")) return held;
  return { name, location: path };
}

/** Why a figure is kept: a tracked change, a comment or bookmark on it, or the clerk's own text. */
function conflictLine(c: FigureChange, name: string, fresh: string, t: ReturnType<typeof cliText>): string {
  if (c.tracked === true) return t.figureTracked(name, fresh);
  if (c.annotated === true) return t.figureAnnotated(name, fresh);
  return t.figureTypedOver(name, c.current ?? "", fresh);
}

/** One line per changed, typed-over or deleted figure, in the report's order. */
export function changeLines(changes: ReadonlyArray<FigureChange>, names: ReadonlyMap<string, WrittenFigure>, lang: Lang): string[] {
  const t = cliText(lang);
  const out: string[] = [];
  for (const c of changes) {
    const name = figureName(c.key, names, lang);
    const fresh = c.fresh ?? "—";
    if (c.kind === "changed") out.push(t.figureChanged(name, c.current ?? c.written, fresh));
    else if (c.kind === "conflict") out.push(conflictLine(c, name, fresh, t));
    else if (c.kind === "missing") out.push(t.figureDeleted(name, fresh));
  }
  return out;
}
