/**
 * What the task pane needs from its host, as plain functions: the components
 * get this object as a prop and never touch Office themselves. The Excel
 * implementation is `excel-host.ts`; tests pass their own.
 */
import type { Lang } from "../../core/i18n";
import type { ReportOptions, SourceReport } from "../../core/report";
import type { Provenance } from "../../core/living";
import type { DeliveryMethod, DeliveryPlan } from "../save";
import type { SaveOutcome } from "../save";

export { SaveOutcome } from "../save";

/** Where the reading is: the sheet being read, as one of the workbook's sheets, and its rows. */
export interface ReadingProgress {
  readonly sheet: string;
  /** 0-based position of the sheet among all the workbook's sheets. */
  readonly sheetIndex: number;
  readonly sheetCount: number;
  readonly rowsDone: number;
  readonly rowsTotal: number;
}

export const HostFeature = { Read: "read", Select: "select", Template: "template" } as const;
export type HostFeature = (typeof HostFeature)[keyof typeof HostFeature];

/** A feature the user's Office cannot run, and the requirement set it lacks ("ExcelApi 1.8"). */
export interface MissingFeature {
  readonly feature: HostFeature;
  readonly set: string;
}

export interface TemplateOutcome {
  /** Worksheets added, in order; empty when the workbook had them all. */
  readonly added: ReadonlyArray<string>;
}

export interface TaskpaneHost {
  /** Reads, checks and sums up the open workbook and plans its report as `report` says (core's `reportFromSource`). Never writes to it. */
  readWorkbook(report: ReportOptions, onProgress: (p: ReadingProgress) => void, signal?: AbortSignal): Promise<SourceReport>;
  /** Activates `sheet` and selects `address` ("B13", "D5:D20"). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Adds the contract sheets the workbook lacks; the only call that writes. */
  createTemplate(): Promise<TemplateOutcome>;
  /** How the report can reach the user on this host. */
  readonly delivery: DeliveryPlan;
  /** Hands the .docx to the user by `method`; `lang` is the language of any page shown on the way. */
  saveReport(bytes: Uint8Array, fileName: string, lang: Lang, method: DeliveryMethod): Promise<SaveOutcome>;
  /** The report's language remembered in this workbook (document settings), if any. */
  readonly reportLanguage?: ReportLanguageStore;
  /** The open workbook's name and location, for the report's record; undefined for a workbook never saved. */
  workbook?(): Provenance["workbook"] | undefined;
}

/** Where the report's language is kept per workbook. */
export interface ReportLanguageStore {
  read(): Lang | undefined;
  write(lang: Lang): Promise<void>;
}
