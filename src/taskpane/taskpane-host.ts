/**
 * What the task pane needs from its host, as plain functions: the components
 * get this object as a prop and never touch Office themselves. The Excel
 * implementation is `excel-host.ts`; tests pass their own.
 */
import type { Analysis } from "../core/analyse";
import type { Lang } from "../core/issues";

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

/** How the file reached the user. */
export const SaveOutcome = {
  /** The browser downloaded it (Excel on the web). */
  Downloaded: "downloaded",
  /** The dialog page saved it. */
  Saved: "saved",
  /** The user closed the dialog first. */
  Cancelled: "cancelled",
} as const;
export type SaveOutcome = (typeof SaveOutcome)[keyof typeof SaveOutcome];

export interface TemplateOutcome {
  /** Worksheets added, in order; empty when the workbook had them all. */
  readonly added: ReadonlyArray<string>;
}

export interface TaskpaneHost {
  /** Reads, checks and sums up the open workbook. Never writes to it. */
  readWorkbook(onProgress: (p: ReadingProgress) => void): Promise<Analysis>;
  /** Activates `sheet` and selects `address` ("B13", "D5:D20"). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Adds the contract sheets the workbook lacks; the only call that writes. */
  createTemplate(): Promise<TemplateOutcome>;
  /** Hands the .docx to the user; `lang` is the language of any page shown on the way. */
  saveReport(bytes: Uint8Array, fileName: string, lang?: Lang): Promise<SaveOutcome>;
}
