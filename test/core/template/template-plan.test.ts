import { LIST_SHEET_NAME as LIST_SHEET, SHEETS } from "../../../src/core/schema";
import { listLayout, planTemplate, templateColumn } from "../../../src/core/template";

describe("planTemplate", () => {
  it("uses an existing list sheet instead of adding another", () => {
    const plan = planTemplate([{ name: LIST_SHEET, tableNames: [] }]);
    expect(plan.lists).toBeUndefined();
    expect(plan.add.map((s) => s.name)).toEqual(SHEETS.map((s) => s.vi));
  });

  it("adds no list sheet when the new sheets have no drop-downs", () => {
    const plan = planTemplate(SHEETS.filter((s) => s.key !== "narrative").map((s) => ({ name: s.vi, tableNames: [] })));
    expect(plan.add.map((s) => s.name)).toEqual(["Nội dung"]);
    expect(plan.lists).toBeUndefined();
  });

  it("names the new tables without spaces or diacritics", () => {
    const plan = planTemplate([
      { name: "Sheet1", tableNames: ["ThongTin_cu", "NhiemVu2"] },
      { name: "Sheet2", tableNames: ["nhiemvu"] },
    ]);
    // "nhiemvu" on Sheet2 is the tasks sheet, so it is kept; the others get their own names.
    expect(plan.add.map((s) => s.tableName)).toEqual(["ThongTin", "LoHang", "KiemDinh", "TaiChinh", "HoatDong", "DanhMucHoatDong", "NoiDung"]);
  });

  it("is the whole template for an empty workbook: every contract sheet, then the lists", () => {
    const plan = planTemplate([]);
    expect(plan.add.map((s) => s.name)).toEqual(SHEETS.map((s) => s.vi));
    expect(plan.kept).toEqual([]);
    expect(plan.lists).toEqual(listLayout());
    const info = plan.add[0]!;
    // Required keys in bold; the period's example dates as dates (01/01/2021 is epoch day 18628).
    expect(info.rows.find((r) => r.cells[0] === "Từ ngày")).toEqual({ cells: ["Từ ngày", { epochDay: 18628 }], bold: true, type: "date" });
    expect(info.rows.find((r) => r.cells[0] === "Số văn bản")).toEqual({ cells: ["Số văn bản", null], bold: false, type: "text" });
  });
});

describe("templateColumn", () => {
  const lots = SHEETS.find((s) => s.key === "lots")!;
  it("gives a date column a date range, a number column a bound, a category column its list", () => {
    const date = lots.columns.find((c) => c.type === "date")!;
    expect(templateColumn(date, undefined).validation).toMatchObject({ kind: "date", operator: "between", formulae: ["1990-01-01", "2100-12-31"] });
    const category = lots.columns.find((c) => c.type === "category")!;
    expect(templateColumn(category, "'_Danh mục'!$B$2:$B$5").validation).toMatchObject({ kind: "list", formulae: ["'_Danh mục'!$B$2:$B$5"] });
    expect(templateColumn(category, "'_Danh mục'!$B$2:$B$5").numFmt).toBeUndefined();
  });
});
