// The record types are read off the sheet specs: a field per column, typed by
// the column's value type. The @ts-expect-error lines are checked by
// `npm run typecheck`; the runtime test checks that the reader fills exactly
// the spec's fields.
import type { CalibrationRecord, FinanceRecord, LotRecord, ReportSettings, TaskRecord } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/read";
import { DATA_SHEETS, LOTS_SHEET } from "../../../src/core/schema";
import { gridSource } from "../../../src/core/grid";

const task: TaskRecord = { row: 2, code: "NV-01", level: "Tỉnh", start: 18629, budget: 120 };
const lot: LotRecord = { row: 3, group: "Thép", result: "Đang xử lý", quantity: 5 };
const calibration: CalibrationRecord = { row: 4, activity: "Hiệu chuẩn", result: "Đạt" };
const finance: FinanceRecord = { row: 5, code: "1.1", kind: "Thu", plan: 1 };

const settings: ReportSettings = { place: "Lạng Sơn", from: 18628, distribution: ["Như trên;"] };
// @ts-expect-error the period's start is an epoch day
const badSetting: ReportSettings = { from: "01/01/2021" };

// @ts-expect-error a level the contract does not list
const badLevel: TaskRecord = { row: 2, level: "Huyện" };
// @ts-expect-error a date is an epoch day, not text
const badDate: LotRecord = { row: 3, registeredOn: "02/01/2021" };
// @ts-expect-error a field no column of the sheet has
const badField: CalibrationRecord = { row: 4, group: "Thép" };

describe("records read off the sheet specs", () => {
  it("types each column by its value type", () => {
    expect([task.level, lot.group, calibration.activity, finance.kind]).toEqual(["Tỉnh", "Thép", "Hiệu chuẩn", "Thu"]);
    expect([badLevel.row, badDate.row, badField.row]).toEqual([2, 3, 4]);
    expect([settings.place, settings.distribution?.length, typeof badSetting.from]).toEqual(["Lạng Sơn", 1, "string"]);
  });

  it("has the reader fill exactly the spec's fields, under the spec's keys", async () => {
    const headers = LOTS_SHEET.columns.map((c) => c.vi);
    const row = ["2021/0001-LS", "02/01/2021", "Công ty A", "Thép", "Thép cuộn", "12", "tấn", "Hữu Nghị", "Đạt"];
    const source = gridSource(false, [{ name: "Lô hàng", rows: [headers, row] }]);
    const { data } = await readWorkbook(source);
    const record = data.lots!.records[0]!;
    const specKeys = DATA_SHEETS.lots.columns.map((c) => c.key);
    expect(Object.keys(record).sort()).toEqual(["row", ...specKeys].sort());
    expect(record).toMatchObject({ registrationNo: "2021/0001-LS", group: "Thép", quantity: 12, result: "Đạt" });
    expect(Object.keys(data.lots!.columns).sort()).toEqual([...specKeys].sort());
  });
});
