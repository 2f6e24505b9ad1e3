/**
 * `Hoạt động` and `Danh mục hoạt động` as typed records for the tests:
 * columns in contract order from column A, headers on row 1, data from row 2.
 */
import type { ActivityKindRecord, ActivityRecord, SheetData } from "../../../src/core/model";
import { columnsOf, d } from "../fixtures/records";

export type ActivityInput = Omit<ActivityRecord, "row" | "date"> & { readonly on?: string };

/** Rows from row 2; `on` is an ISO date (default 2021-03-01). */
export function activitySheet(rows: ReadonlyArray<ActivityInput>, sheet = "Hoạt động"): SheetData<ActivityRecord> {
  return {
    key: "activities",
    sheet,
    headerRow: 1,
    columns: columnsOf("activities") as SheetData<ActivityRecord>["columns"],
    records: rows.map(({ on, ...fields }, i) => ({ row: i + 2, date: d(on ?? "2021-03-01"), ...fields })),
  };
}

/** Catalogue rows from row 2: kind, section, sentence, unit. */
export function kindsSheet(rows: ReadonlyArray<Omit<ActivityKindRecord, "row">>): SheetData<ActivityKindRecord> {
  return {
    key: "activityKinds",
    sheet: "Danh mục hoạt động",
    headerRow: 1,
    columns: columnsOf("activityKinds") as SheetData<ActivityKindRecord>["columns"],
    records: rows.map((fields, i) => ({ row: i + 2, ...fields })),
  };
}
