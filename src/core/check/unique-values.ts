/** Values that must not repeat down a column (task code, registration no., finance code). */
import { cellAddress } from "../grid";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { RowRecord, SheetData } from "../model";
import type { SheetSpec } from "../schema";
import { at } from "./cell-ref";

/** How two values are compared: trimmed, NFC, case-insensitive. */
export function uniqueKey(value: string): string {
  return isTidy(value) ? value.toLowerCase() : value.trim().normalize("NFC").toLowerCase();
}

/**
 * True when trimming and NFC would leave `value` as it is: no space at either
 * end, and only characters below U+0300 or precomposed Vietnamese letters
 * (U+1E00–U+1EFF), which are NFC as they stand. Nearly every code is.
 */
function isTidy(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  if (first <= 32 || first === 0xa0 || last <= 32 || last === 0xa0) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/**
 * Reports each repeat of a value in the sheet's unique columns, on the later
 * cell. Returns, per unique field, each value's key → index of its first record
 * (so later rules need not index the column again).
 */
export function checkUnique<R extends RowRecord>(data: SheetData<R>, spec: SheetSpec, out: Issue[]): Map<string, Map<string, number>> {
  const firsts = new Map<string, Map<string, number>>();
  const records = data.records;
  for (const column of spec.columns) {
    if (!column.unique) continue;
    const field = column.key as Exclude<keyof R, "row">;
    const col = data.columns[field];
    const first = new Map<string, number>();
    firsts.set(column.key, first);
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const raw: unknown = record[field];
      if (raw === undefined || raw === null) continue;
      const value = typeof raw === "string" ? raw : String(raw);
      const key = uniqueKey(value);
      if (key === "") continue;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, i);
        continue;
      }
      const firstRow = records[seen]!.row;
      out.push(
        issue(IssueCode.DuplicateValue, Severity.Error, at(data, field, record.row), {
          column: column.vi,
          value,
          otherCell: col === undefined ? String(firstRow) : cellAddress(col, firstRow),
        }),
      );
    }
  }
  return firsts;
}
