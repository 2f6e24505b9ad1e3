/// <reference types="office-js" />
/**
 * The task pane's host in Excel: the one file of the pane that calls into
 * `src/hosts/excel`, and the only one that asks Office which platform it is on.
 */
import { analyseWorkbook, type Analysis } from "../core/analyse";
import type { WorkbookSource } from "../core/grid";
import { availableFeatures, checkRequirements, createTemplate, selectCell, withExcelSource, type IsSetSupported } from "../hosts/excel";
import { readingProgress } from "./reading-progress";
import { officeSaveReport } from "./save";
import type { MissingFeature, ReadingProgress, TaskpaneHost } from "./taskpane-host";

export interface ExcelHostOptions {
  /** The task pane page's URL: the dialog page is served beside it. */
  readonly pageUrl: string;
  readonly doc: Document;
}

export function excelHost(options: ExcelHostOptions): TaskpaneHost {
  return {
    readWorkbook: (onProgress) => readExcelWorkbook(onProgress),
    selectCell,
    createTemplate: async () => ({ added: (await createTemplate()).added }),
    saveReport: officeSaveReport(options),
  };
}

/** What the user's Excel cannot run, from its requirement sets. */
export function excelMissingFeatures(isSetSupported: IsSetSupported | undefined): MissingFeature[] {
  if (!isSetSupported) return [];
  const missing = checkRequirements(isSetSupported);
  const available = new Set<string>(availableFeatures(missing));
  return missing.filter((m) => !available.has(m.feature)).map((m) => ({ feature: m.feature, set: `${m.name} ${m.version}` }));
}

function readExcelWorkbook(onProgress: (p: ReadingProgress) => void): Promise<Analysis> {
  let names: ReadonlyArray<string> = [];
  return withExcelSource(
    async (source) => {
      names = await sheetNames(source);
      return analyseWorkbook(source);
    },
    { onBlock: (sheet, done, total) => onProgress(readingProgress(names, sheet, done, total)) },
  );
}

async function sheetNames(source: WorkbookSource): Promise<string[]> {
  const names: string[] = [];
  for await (const sheet of source.sheets()) names.push(sheet.name);
  return names;
}
