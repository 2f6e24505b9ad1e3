/// <reference types="office-js" />
/**
 * What the Word pane needs from its host, as plain functions (components get
 * it as a prop and never touch Office), and the live implementation: the
 * browser reader for the picked file, the Word host for insertion, and the
 * same .docx hand-off as in Excel for the download.
 */
import { CHECK_REPORT, reportFromSource, type SourceReport } from "../../core/report";
import type { Lang } from "../../core/i18n";
import { openXlsxBytes } from "../../hosts/browser";
import {
  acceptWordFigures,
  insertReport,
  officeWordDeps,
  readWordRecord,
  selectWordFigure,
  updateWordFigures,
  writeWordFigures,
  type InsertOutcome,
  type InsertPlace,
  type SelectOutcome,
} from "../../hosts/word";
import type { FigureUpdate, FreshReport, Provenance } from "../../core/living";
import { readingProgress } from "../host";
import { deliveryPlanOf, openBrowserWindowOf, type OfficeContextPart } from "../host";
import { officeSaveReport, toBase64, type DeliveryMethod, type DeliveryPlan } from "../save";
import type { ReadingProgress, SaveOutcome } from "../host";

export interface WordPaneHost {
  /** Reads, checks and sums up a workbook from its bytes, with the plan a check lists issues from; progress counts each sheet's XML read. */
  readWorkbook(bytes: Uint8Array, onProgress: (p: ReadingProgress) => void): Promise<SourceReport>;
  /** Puts the .docx into Word at `where`, with its record (the custom XML part's XML) for "Cập nhật số liệu"; never throws. */
  insertReport(bytes: Uint8Array, where: InsertPlace, record?: string): Promise<InsertOutcome>;
  /** How a .docx can reach the user here (Word for Mac cannot download, as Excel for Mac). */
  readonly delivery: DeliveryPlan;
  /** Hands the .docx to the user, the other way when insertion is not possible. */
  saveReport(bytes: Uint8Array, fileName: string, lang: Lang, method: DeliveryMethod): Promise<SaveOutcome>;
  /** "Cập nhật số liệu": refreshes the open report's figures (undefined: not a report of ours); absent where Word cannot. */
  updateFigures?(fresh: FreshReport): Promise<FigureUpdate | undefined>;
  /** The open report's record (workbook, period, figures written); undefined for a document the product did not write. */
  readProvenance?(): Promise<Provenance | undefined>;
  /** Selects the figure's control in the document ("gone" when the clerk deleted it). */
  selectFigure?(tag: string): Promise<SelectOutcome>;
  /** Takes the update's highlight off the controls of `tags`; resolves with how many controls that was. */
  acceptFigures?(tags: ReadonlyArray<string>): Promise<number>;
  /** Writes `texts` (tag → text) into their controls, highlighted, and `provenance` into the record ("Dùng số mới"). */
  writeFigures?(texts: ReadonlyMap<string, string>, provenance: Provenance): Promise<number>;
}

/** Reads workbook bytes in the page; `ReadingProgress` carries bytes here, as rows are not known in advance. */
export async function readWorkbookBytes(bytes: Uint8Array, onProgress: (p: ReadingProgress) => void, pause?: () => Promise<void>): Promise<SourceReport> {
  let names: ReadonlyArray<string> = [];
  const source = await openXlsxBytes(bytes, { pause, onSheetBytes: (sheet, done, total) => onProgress(readingProgress(names, sheet, done, total)) });
  names = Array.from(source.sheets() as Iterable<{ readonly name: string }>, (s) => s.name);
  return reportFromSource(source, CHECK_REPORT);
}

export interface WordPaneHostOptions {
  /** The task pane page's URL: the download dialog page is served beside it. */
  readonly pageUrl: string;
  readonly doc: Document;
  /** `Office.context`, or a test's stand-in for it. */
  readonly office?: OfficeContextPart;
}

export function officeWordPaneHost(options: WordPaneHostOptions): WordPaneHost {
  const deps = officeWordDeps();
  return {
    readWorkbook: (bytes, onProgress) => readWorkbookBytes(bytes, onProgress),
    insertReport: (bytes, where, record) => insertReport(toBase64(bytes), where, deps, record),
    // Custom XML parts need WordApi 1.4; without them the document's record cannot be read.
    ...(deps.isSetSupported("WordApi", "1.4")
      ? {
          updateFigures: (fresh: Parameters<NonNullable<WordPaneHost["updateFigures"]>>[0]) => updateWordFigures(deps.run, fresh),
          readProvenance: () => readWordRecord(deps.run),
          selectFigure: (tag: string) => selectWordFigure(deps.run, tag),
          acceptFigures: (tags: ReadonlyArray<string>) => acceptWordFigures(deps.run, tags),
          writeFigures: (texts: ReadonlyMap<string, string>, provenance: Provenance) => writeWordFigures(deps.run, texts, provenance),
        }
      : {}),
    delivery: deliveryPlanOf(options.office),
    saveReport: officeSaveReport({ pageUrl: options.pageUrl, doc: options.doc, openBrowserWindow: openBrowserWindowOf(options.office) }),
  };
}
