import { selectCell } from "../../../src/hosts/excel";
import { mockExcel, sheetOf } from "./mock-workbook";

describe("selectCell", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("activates the sheet and selects the cell in one sync", async () => {
    const m = mockExcel([sheetOf("Thông tin", [["Mục"]]), sheetOf("Lô hàng", [["x"]])]);
    (globalThis as { Excel?: unknown }).Excel = m.excel;
    await selectCell("Lô hàng", "'Lô hàng'!$F$4");
    expect(m.log.actions).toEqual(["activate Lô hàng", "select Lô hàng!F4"]);
    expect(m.log.syncs).toBe(1);
    expect(m.writes()).toEqual([]);
  });

  it("selects a range as given", async () => {
    const m = mockExcel([sheetOf("Tài chính", [["Mã"]])]);
    (globalThis as { Excel?: unknown }).Excel = m.excel;
    await selectCell("Tài chính", "D5:D7");
    expect(m.log.actions).toEqual(["activate Tài chính", "select Tài chính!D5:D7"]);
  });
});
