/**
 * Reads the `Thông tin` sheet, a key/value list: under a `Mục`/`Giá trị`
 * header, or without one (keys in the first column, values in the next).
 */
import type { GridCell, GridRow } from "../grid";
import { cellAddress, parseCellAddress } from "../grid";
import { vnDate } from "../grid";
import { IssueCode, issue, type Issue } from "../issues";
import type { ReportSettings, SettingsData } from "../model";
import { INFO_KEYS, type InfoKeySpec } from "../schema";
import { INFO_SHEET } from "../schema";
import type { SheetSpec } from "../schema";
import { NameIndex } from "../text";
import { cleanLabel } from "../text";
import { parseDate } from "../values";
import { parseText } from "../values";
import { ValueProblem, cellDisplay, isBlankCell, type Parsed } from "../values";
import { BelowTable } from "./below-table";
import { headerIssues, matchHeaderRow } from "./header-match";
import { WHOLE_SHEET, type Bounds } from "./sheet-matcher";

let keyIndex: NameIndex<InfoKeySpec> | undefined;

function infoKeys(): NameIndex<InfoKeySpec> {
  keyIndex ??= new NameIndex<InfoKeySpec>(
    INFO_KEYS.flatMap(
      (k) =>
        [
          [k.vi, k],
          [k.en, k],
        ] as const,
    ),
  );
  return keyIndex;
}

const LINE_BREAK = /\r\n|\r|\n/;
// The report puts its own dash before each recipient.
const LEADING_DASH = /^[-\u2013\u2014\u2022]\s*/;

/** "- Như trên;\n- Lưu: VT" → ["Như trên;", "Lưu: VT"]. */
export function splitLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((l) => l.trim().replace(LEADING_DASH, "").trim())
    .filter((l) => l !== "");
}

export class InfoSheetReader {
  private mode: "seeking" | "reading" = "seeking";
  private keyCol: number;
  private valueCol: number;
  private readonly values: Record<string, unknown> = {};
  private readonly cells: Record<string, string> = {};
  /** Key cell of each setting met, to name the first when one repeats. */
  private readonly keyCells = new Map<string, string>();
  private readonly below: BelowTable;

  constructor(
    readonly sheet: string,
    private readonly issues: Issue[],
    private readonly date1904: boolean,
    private readonly bounds: Bounds = WHOLE_SHEET,
    readonly spec: SheetSpec = INFO_SHEET,
  ) {
    this.keyCol = bounds.c1;
    this.valueCol = bounds.c1 + 1;
    this.below = new BelowTable(sheet, bounds);
  }

  accept(row: GridRow): void {
    if (row.row < this.bounds.r1 || row.row > this.bounds.r2) return;
    if (this.mode === "seeking") {
      const header = matchHeaderRow(row, this.spec, this.bounds);
      if (header) {
        headerIssues(header, this.spec, this.sheet, this.issues);
        this.keyCol = header.columns[0]! >= 0 ? header.columns[0]! : this.bounds.c1;
        this.valueCol = header.columns[1]! >= 0 ? header.columns[1]! : this.keyCol + 1;
        this.mode = "reading";
        return;
      }
      // Without a header, the first row whose first cell is a known key starts the list; rows above are a title.
      const first = row.cells[this.keyCol];
      if (isBlankCell(first) || infoKeys().get(cellDisplay(first)) === undefined) return;
      this.mode = "reading";
    }
    this.readSetting(row);
  }

  finish(): SettingsData {
    this.below.issueInto(this.issues);
    for (const k of INFO_KEYS) {
      if (k.required && !this.keyCells.has(k.key)) this.issues.push(issue(IssueCode.SettingMissing, "error", { sheet: this.sheet }, { key: k.vi }));
    }
    const { from, to } = this.values;
    if (typeof from === "number" && typeof to === "number" && from > to) {
      const where = this.whereOf(this.cells.to!);
      this.issues.push(issue(IssueCode.PeriodInvalid, "error", where, { from: vnDate(from), to: vnDate(to) }));
    }
    return { sheet: this.sheet, values: this.values as ReportSettings, cells: this.cells };
  }

  private readSetting(row: GridRow): void {
    const keyCell = row.cells[this.keyCol];
    if (isBlankCell(keyCell)) return;
    this.below.note(row.row);
    const keyText = cellDisplay(keyCell);
    const keyAt = cellAddress(this.keyCol, row.row);
    const spec = infoKeys().get(keyText);
    if (!spec) {
      this.issues.push(issue(IssueCode.SettingUnknown, "info", { sheet: this.sheet, cell: keyAt, row: row.row }, { key: cleanLabel(keyText) }));
      return;
    }
    const first = this.keyCells.get(spec.key);
    if (first !== undefined) {
      this.issues.push(issue(IssueCode.SettingDuplicate, "warning", { sheet: this.sheet, cell: keyAt, row: row.row }, { key: spec.vi, otherCell: first }));
      return;
    }
    this.keyCells.set(spec.key, keyAt);
    const valueAt = cellAddress(this.valueCol, row.row);
    this.cells[spec.key] = valueAt;
    const cell = row.cells[this.valueCol];
    if (isBlankCell(cell)) {
      if (spec.required) this.issues.push(issue(IssueCode.SettingMissing, "error", { sheet: this.sheet, cell: valueAt, row: row.row }, { key: spec.vi }));
      return;
    }
    const value = this.parse(spec, cell);
    if (value instanceof ValueProblem) {
      this.issues.push(issue(value.code, value.severity, { sheet: this.sheet, cell: valueAt, row: row.row }, value.params));
      if (value.value === undefined) return;
    }
    const read = value instanceof ValueProblem ? value.value : value;
    // Only control characters: empty once cleaned, so a required setting is still missing.
    if (read === "" && spec.required)
      this.issues.push(issue(IssueCode.SettingMissing, "error", { sheet: this.sheet, cell: valueAt, row: row.row }, { key: spec.vi }));
    if (spec.type === "lines" && typeof read === "string") {
      const lines = splitLines(read);
      if (lines.length > 0) this.values[spec.key] = lines;
    } else if (read !== "") this.values[spec.key] = read;
  }

  private parse(spec: InfoKeySpec, cell: GridCell): Parsed<string | number> {
    return spec.type === "date" ? parseDate(cell, spec.vi, this.date1904) : parseText(cell, spec.vi, this.date1904);
  }

  private whereOf(a1: string): { sheet: string; cell: string; row: number } {
    return { sheet: this.sheet, cell: a1, row: parseCellAddress(a1)?.row ?? 0 };
  }
}
