/**
 * The workbook once read: typed records that remember their row, and the
 * report settings. A field is undefined when the cell was empty or its value
 * could not be read (an issue then says why).
 */
import type { SheetKey } from "../schema/column-spec";
import type {
  Activity,
  FinanceKind,
  GoodsGroup,
  LotResult,
  PassFail,
  TaskField,
  TaskLevel,
  TaskStatus,
} from "../schema/sheets";

/** Dates are epoch days (see `grid/excel-date.ts`). */
export type EpochDay = number;

export interface RowRecord {
  /** 1-based sheet row the record was read from. */
  readonly row: number;
}

export interface TaskRecord extends RowRecord {
  code?: string;
  title?: string;
  level?: TaskLevel;
  field?: TaskField;
  host?: string;
  investigator?: string;
  start?: EpochDay;
  end?: EpochDay;
  budget?: number;
  status?: TaskStatus;
  acceptedOn?: EpochDay;
  certifiedOn?: EpochDay;
}

export interface LotRecord extends RowRecord {
  registrationNo?: string;
  registeredOn?: EpochDay;
  importer?: string;
  group?: GoodsGroup;
  goods?: string;
  quantity?: number;
  unit?: string;
  borderGate?: string;
  result?: LotResult;
}

export interface CalibrationRecord extends RowRecord {
  date?: EpochDay;
  activity?: Activity;
  instrument?: string;
  quantity?: number;
  unit?: string;
  customer?: string;
  result?: PassFail;
  certificateNo?: string;
}

export interface FinanceRecord extends RowRecord {
  /** Outline code as written, normalised ("1.1"). */
  code?: string;
  item?: string;
  kind?: FinanceKind;
  plan?: number;
  actual?: number;
  estimate?: number;
  note?: string;
}

export interface NarrativeRecord extends RowRecord {
  section?: string;
  text?: string;
}

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

/** The `Thông tin` sheet: the report's settings. */
export interface ReportSettings {
  parentAgency?: string;
  agency?: string;
  agencyCode?: string;
  number?: string;
  place?: string;
  issueDate?: EpochDay;
  from?: EpochDay;
  to?: EpochDay;
  periodName?: string;
  recipient?: string;
  basis?: string;
  signerTitle?: string;
  signer?: string;
  /** One recipient a line. */
  distribution?: ReadonlyArray<string>;
}

export interface SettingsData {
  readonly sheet?: string;
  readonly values: ReportSettings;
  /** A1 address of the value cell of each setting found. */
  readonly cells: Readonly<Partial<Record<keyof ReportSettings, string>>>;
}

export interface WorkbookData {
  readonly settings: SettingsData;
  readonly tasks?: SheetData<TaskRecord>;
  readonly lots?: SheetData<LotRecord>;
  readonly calibrations?: SheetData<CalibrationRecord>;
  readonly finance?: SheetData<FinanceRecord>;
  readonly narrative?: SheetData<NarrativeRecord>;
}
