/**
 * The workbook once read: typed records that remember their row, and the
 * report settings. A field is undefined when the cell was empty or its value
 * could not be read (an issue then says why).
 */
import type { SheetKey } from "../schema";
import type { RecordOf, RowRecord } from "../schema";
import type { ReportSettings } from "../schema";
import type { DATA_SHEETS, DataSheetKey } from "../schema";

export type { EpochDay, RowRecord } from "../schema";
export type { ReportSettings } from "../schema";

/** The record of each data sheet, read off its spec in `schema/sheets.ts`. */
export type RecordFor<K extends DataSheetKey> = RecordOf<(typeof DATA_SHEETS)[K]>;

export type TaskRecord = RecordFor<"tasks">;
export type LotRecord = RecordFor<"lots">;
export type CalibrationRecord = RecordFor<"calibrations">;
/** `code` is the outline code as written, normalised ("1.1"). */
export type FinanceRecord = RecordFor<"finance">;
export type NarrativeRecord = RecordFor<"narrative">;
/** `kind` as typed: the checks match it against the activity catalogue. */
export type ActivityRecord = RecordFor<"activities">;
export type ActivityKindRecord = RecordFor<"activityKinds">;

/** A data sheet once read. */
export interface SheetData<R extends RowRecord> {
  readonly key: SheetKey;
  /** The worksheet's own name (used in every address). */
  readonly sheet: string;
  /** The row the headers were found on. */
  readonly headerRow: number;
  /** Which column (0-based) each known field was found in. */
  readonly columns: Readonly<Partial<Record<Exclude<keyof R, "row">, number>>>;
  /** One record per non-blank data row, in sheet order. */
  readonly records: ReadonlyArray<R>;
}

export interface SettingsData {
  readonly sheet?: string;
  readonly values: ReportSettings;
  /** A1 address of the value cell of each setting found. */
  readonly cells: Readonly<Partial<Record<keyof ReportSettings, string>>>;
}

/** Each data sheet found, by key. */
export type DataSheets = { readonly [K in DataSheetKey]?: SheetData<RecordFor<K>> };

export type WorkbookData = { readonly settings: SettingsData } & DataSheets;
