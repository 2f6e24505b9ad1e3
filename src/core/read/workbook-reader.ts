/**
 * Reading a workbook sheet by sheet, push-style: `open` a worksheet, feed it
 * its rows, `finish` it; then `finish` the workbook. Hosts that stream rows
 * drive it directly; `readWorkbook` drives it from a `WorkbookSource`.
 */
import { LIST_SHEET_NAME } from "../schema";
import type { GridRow, GridTable } from "../grid";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { DataSheets, SettingsData, WorkbookData } from "../model";
import type { SheetKey } from "../schema";
import { DATA_SHEETS, SHEETS, type DataSheetKey } from "../schema";
import { DataSheetReader } from "./data-sheet-reader";
import { InfoSheetReader } from "./info-sheet-reader";
import { matchSheet, type Bounds } from "./sheet-matcher";

/** A worksheet being read: rows in ascending order, then `finish`. */
export interface SheetFeed {
  accept(row: GridRow): void;
  finish(): void;
}

export class WorkbookReader {
  /** Contract sheet → the worksheet it was read from (first wins). */
  private readonly owners = new Map<SheetKey, string>();
  private settings: SettingsData | undefined;
  private readonly sheets: { -readonly [K in DataSheetKey]?: DataSheets[K] } = {};

  constructor(
    private readonly date1904: boolean,
    readonly issues: Issue[] = [],
  ) {}

  /** The feed for a worksheet, or undefined when nothing on it is to be read (its rows can be skipped). */
  open(sheet: { readonly name: string; readonly tables: ReadonlyArray<GridTable> }): SheetFeed | undefined {
    const targets = matchSheet(sheet.name, sheet.tables);
    if (targets.length === 0) {
      if (sheet.name.normalize("NFC") !== LIST_SHEET_NAME) this.issues.push(issue(IssueCode.SheetUnknown, Severity.Info, { sheet: sheet.name }, {}));
      return undefined;
    }
    const feeds: SheetFeed[] = [];
    for (const { spec, bounds } of targets) {
      const other = this.owners.get(spec.key);
      if (other !== undefined) {
        this.issues.push(issue(IssueCode.SheetDuplicate, "warning", { sheet: sheet.name }, { sheet: spec.vi, other }));
        continue;
      }
      this.owners.set(spec.key, sheet.name);
      if (spec.key === "info") {
        const reader = new InfoSheetReader(sheet.name, this.issues, this.date1904, bounds, spec);
        feeds.push({ accept: (row) => reader.accept(row), finish: () => void (this.settings = reader.finish()) });
      } else feeds.push(this.dataFeed(spec.key, sheet.name, bounds));
    }
    if (feeds.length <= 1) return feeds[0];
    return {
      accept: (row) => {
        for (const f of feeds) f.accept(row);
      },
      finish: () => {
        for (const f of feeds) f.finish();
      },
    };
  }

  private dataFeed<K extends DataSheetKey>(key: K, sheet: string, bounds: Bounds): SheetFeed {
    const reader = new DataSheetReader(DATA_SHEETS[key], sheet, this.issues, this.date1904, bounds);
    return {
      accept: (row) => reader.accept(row),
      finish: () => {
        const data = reader.finish();
        if (data) this.sheets[key] = data;
      },
    };
  }

  /** The workbook read; contract sheets never met are reported missing. */
  finish(): WorkbookData {
    for (const spec of SHEETS) {
      if (this.owners.has(spec.key) || spec.whenMissing === "quiet") continue;
      this.issues.push(issue(IssueCode.SheetMissing, spec.required ? "error" : "warning", {}, { sheet: spec.vi }));
    }
    return { settings: this.settings ?? { values: {}, cells: {} }, ...this.sheets };
  }
}
