/// <reference types="office-js" />
/**
 * The task pane's host in Excel: the one file of the pane that calls into
 * `src/hosts/excel`, and, with office-context.ts, the only one that reads
 * what Office says about the platform, its requirement sets and settings.
 */
import type { WorkbookSource } from "../../core/grid";
import { reportFromSource, type ReportOptions, type SourceReport } from "../../core/report";
import { availableFeatures, checkRequirements, createTemplate, selectCell, withExcelSource, type IsSetSupported } from "../../hosts/excel";
import { deliveryPlanOf, openBrowserWindowOf, settingsLanguageStore, workbookOf, type OfficeContextPart } from "./office-context";
import { readingProgress } from "./reading-progress";
import { officeSaveReport } from "../save";
import type { MissingFeature, ReadingProgress, TaskpaneHost } from "./taskpane-host";

export interface ExcelHostOptions {
  /** The task pane page's URL: the dialog page is served beside it. */
  readonly pageUrl: string;
  readonly doc: Document;
  /** `Office.context`, or a test's stand-in for it. */
  readonly office?: OfficeContextPart;
}

export function excelHost(options: ExcelHostOptions): TaskpaneHost {
  const reportLanguage = settingsLanguageStore(options.office);
  return {
    readWorkbook: (report, onProgress, signal) => readExcelWorkbook(report, onProgress, signal),
    selectCell,
    createTemplate: async () => ({ added: (await createTemplate()).added }),
    delivery: deliveryPlanOf(options.office),
    saveReport: officeSaveReport({ pageUrl: options.pageUrl, doc: options.doc, openBrowserWindow: openBrowserWindowOf(options.office) }),
    ...(reportLanguage ? { reportLanguage } : {}),
    workbook: () => workbookOf(options.office),
  };
}

/** What the user's Excel cannot run, from its requirement sets. */
export function excelMissingFeatures(isSetSupported: IsSetSupported | undefined): MissingFeature[] {
  if (!isSetSupported) return [];
  const missing = checkRequirements(isSetSupported);
  const available = new Set<string>(availableFeatures(missing));
  return missing.filter((m) => !available.has(m.feature)).map((m) => ({ feature: m.feature, set: `${m.name} ${m.version}` }));
}

function readExcelWorkbook(report: ReportOptions, onProgress: (p: ReadingProgress) => void, signal: AbortSignal | undefined): Promise<SourceReport> {
  let names: ReadonlyArray<string> = [];
  return withExcelSource(
    async (source) => {
      names = await sheetNames(source);
      return reportFromSource(source, report);
    },
    { onBlock: (sheet, done, total) => onProgress(readingProgress(names, sheet, done, total)), ...(signal ? { signal } : {}) },
  );
}

async function sheetNames(source: WorkbookSource): Promise<string[]> {
  const names: string[] = [];
  for await (const sheet of source.sheets()) names.push(sheet.name);
  return names;
}
