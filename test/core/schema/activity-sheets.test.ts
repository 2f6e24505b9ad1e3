// The two register sheets follow the same path as the others: specs in sheets.ts, records read
// off them, the reader driven by DATA_SHEETS. The @ts-expect-error lines are checked by `npm run typecheck`.
import type { ActivityKindRecord, ActivityRecord } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/read";
import { gridSource } from "../../../src/core/grid";
import { ACTIVITIES_SHEET, ACTIVITY_KINDS_SHEET, BUILT_IN_ACTIVITY_KINDS, DATA_SHEETS, dropDownValues } from "../../../src/core/schema";

const activity: ActivityRecord = { row: 2, kind: "Kiểm tra", result: "Vi phạm", amount: 2_550_000, quantity: 1 };
const kind: ActivityKindRecord = { row: 2, kind: "Lập biên bản", section: "II.6.2", sentence: "{số lượng}" };
// @ts-expect-error a result the contract does not list
const badResult: ActivityRecord = { row: 2, result: "Đạt yêu cầu" };

describe("the register's sheets", () => {
  it("type their records from the specs", () => {
    expect([activity.kind, activity.result, kind.section, badResult.row]).toEqual(["Kiểm tra", "Vi phạm", "II.6.2", 2]);
    expect(DATA_SHEETS.activities).toBe(ACTIVITIES_SHEET);
    expect(DATA_SHEETS.activityKinds).toBe(ACTIVITY_KINDS_SHEET);
  });

  it("offer the built-in kinds in the kind column's drop-down, while reading the kind as text", () => {
    const kindColumn = ACTIVITIES_SHEET.columns.find((c) => c.key === "kind")!;
    expect([kindColumn.type, dropDownValues(kindColumn)]).toEqual(["text", BUILT_IN_ACTIVITY_KINDS]);
    const result = ACTIVITIES_SHEET.columns.find((c) => c.key === "result")!;
    expect(dropDownValues(result)).toEqual(["Đạt", "Không đạt", "Vi phạm", "Không vi phạm"]);
  });

  it("are read with English headers and names, an absent catalogue said nothing about", async () => {
    const headers = ACTIVITIES_SHEET.columns.map((c) => c.en);
    const row = ["15/03/2021", "kiem tra", "Shop A", "", "", "Tết", "vi pham", "2.550.000", "quá hạn"];
    const { data, issues } = await readWorkbook(gridSource(false, [{ name: "Activities", rows: [headers, row] }]));
    expect(data.activities!.records).toEqual([
      { row: 2, date: 18701, kind: "kiem tra", subject: "Shop A", batch: "Tết", result: "Vi phạm", amount: 2_550_000, note: "quá hạn" },
    ]);
    expect(issues.filter((i) => i.code === "sheet-missing").map((i) => i.params.sheet)).not.toContain("Danh mục hoạt động");
    expect(issues.filter((i) => i.code === "sheet-missing").map((i) => i.params.sheet)).toContain("Nội dung");
  });
});
