import ExcelJS from "exceljs";
import { BUILT_IN_ACTIVITY_KINDS, INFO_KEYS, SHEETS } from "../../../src/core/schema";
import { TEMPLATE_LAST_ROW as LAST_ROW, listLayout } from "../../../src/core/template";
import { LIST_SHEET_NAME as LIST_SHEET } from "../../../src/core/schema";
import { addTemplateSheets } from "../../../src/hosts/excel";
import { writeTemplate } from "../../../src/hosts/node";
import { mockExcel, sheetOf, type MockSheetSpec } from "./mock-workbook";
import { recorder, type Op } from "./recorder";

/** A workbook whose `worksheets.add` and `getItem` hand out recorders. */
function workbookWith(sheets: MockSheetSpec[]) {
  const m = mockExcel(sheets);
  const ops: Op[] = [];
  m.extend("worksheets", "add", (name: string) => {
    ops.push({ kind: "call", path: "worksheets.add", value: [name] });
    return recorder(ops, name);
  });
  // Reaching an existing sheet would show up as an "existing:" path.
  m.extend("worksheets", "getItem", (name: string) => recorder(ops, `existing:${name}`));
  return { m, ops };
}

const sets = (ops: Op[], path: string) => ops.filter((o) => o.kind === "set" && o.path === path).map((o) => o.value);
const calls = (ops: Op[], path: string) => ops.filter((o) => o.kind === "call" && o.path === path).map((o) => o.value);

describe("addTemplateSheets", () => {
  it("adds only the missing sheets, each a table with headers, formats, lists and a frozen header", async () => {
    const existing = [
      sheetOf("Thông tin", [["Mục", "Giá trị"]]),
      sheetOf("Sheet1", [["Số đăng ký"]], { tables: [{ name: "LoHang", ref: "A1:I2" }] }),
      sheetOf("Ghi chú", [["x"]]),
    ];
    const { m, ops } = workbookWith(existing);
    const result = await addTemplateSheets(m.context);

    expect(result).toEqual({
      added: ["Nhiệm vụ", "Kiểm định", "Tài chính", "Hoạt động", "Danh mục hoạt động", "Nội dung"],
      kept: [
        { sheet: "Thông tin", worksheet: "Thông tin" },
        { sheet: "Lô hàng", worksheet: "Sheet1" },
      ],
      listSheetAdded: true,
    });
    expect(calls(ops, "worksheets.add")).toEqual([
      ["Nhiệm vụ"],
      ["Kiểm định"],
      ["Tài chính"],
      ["Hoạt động"],
      ["Danh mục hoạt động"],
      ["Nội dung"],
      [LIST_SHEET],
    ]);
    expect(m.log.syncs).toBe(2);
    // Nothing touches an existing sheet, and the reading objects were not written to.
    const roots = new Set(ops.map((o) => o.path.split(".")[0]));
    expect([...roots].sort()).toEqual(["Kiểm định", "Nhiệm vụ", "Nội dung", "Tài chính", "Hoạt động", "Danh mục hoạt động", "worksheets", LIST_SHEET].sort());
    expect(m.writes()).toEqual([]);

    const tasks = SHEETS.find((s) => s.key === "tasks")!;
    expect(calls(ops, "Nhiệm vụ.tables.add")).toEqual([["A1:L2", true]]);
    expect(sets(ops, "Nhiệm vụ.tables.add(A1:L2).name")).toEqual(["NhiemVu"]);
    expect(sets(ops, "Nhiệm vụ.tables.add(A1:L2).getHeaderRowRange().values")).toEqual([[tasks.columns.map((c) => c.vi)]]);
    expect(calls(ops, "Nhiệm vụ.freezePanes.freezeRows")).toEqual([[1]]);
    // Cấp quản lý (C) drops down the first list; Ngày bắt đầu (G) is a date.
    expect(sets(ops, `Nhiệm vụ.getRange(C2:C${LAST_ROW}).dataValidation.rule`)).toEqual([{ list: { inCellDropDown: true, source: "='_Danh mục'!$A$2:$A$4" } }]);
    expect(sets(ops, `Nhiệm vụ.getRange(G2:G${LAST_ROW}).dataValidation.rule`)).toEqual([
      { date: { formula1: "1990-01-01", formula2: "2100-12-31", operator: "Between" } },
    ]);
    expect(sets(ops, `Nhiệm vụ.getRange(G2:G${LAST_ROW}).dataValidation.errorAlert`)).toEqual([
      { showAlert: true, style: "Warning", title: "Ngày không hợp lệ", message: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 25/01/2021." },
    ]);
    const formats = sets(ops, `Nhiệm vụ.getRange(A2:L${LAST_ROW}).numberFormat`)[0] as string[][];
    expect(formats).toHaveLength(LAST_ROW - 1);
    expect(formats[0]).toEqual(["@", "@", "General", "General", "@", "@", "dd/mm/yyyy", "dd/mm/yyyy", "#,##0.0##", "General", "dd/mm/yyyy", "dd/mm/yyyy"]);

    // Loại hoạt động drops down the built-in kinds (a department's own kind is let through with a warning).
    expect(sets(ops, `Hoạt động.getRange(B2:B${LAST_ROW}).dataValidation.rule`)).toEqual([
      { list: { inCellDropDown: true, source: "='_Danh mục'!$I$2:$I$13" } },
    ]);
    expect(sets(ops, `${LIST_SHEET}.getRange(I1:I13).values`)[0]).toEqual([["Hoạt động – Loại hoạt động"], ...BUILT_IN_ACTIVITY_KINDS.map((k) => [k])]);
    // Nhóm hàng has a value with a comma, which is why lists live on a sheet and not inline.
    const listValues = sets(ops, `${LIST_SHEET}.getRange(D1:D6).values`)[0];
    expect(listValues).toEqual([["Lô hàng – Nhóm hàng"], ["Đồ chơi trẻ em"], ["Đồ điện, điện tử"], ["Thép"], ["Mũ bảo hiểm"], ["Khác"]]);
    expect(sets(ops, `${LIST_SHEET}.visibility`)).toEqual(["Hidden"]);
    // The list sheet is filled before any validation refers to it.
    const lastListOp = ops.findIndex((o) => o.path === `${LIST_SHEET}.visibility`);
    const firstValidation = ops.findIndex((o) => o.path.endsWith(".dataValidation.rule"));
    expect(lastListOp).toBeLessThan(firstValidation);
  });

  it("lays out the settings sheet with every key, examples and dates as dates", async () => {
    const { m, ops } = workbookWith([sheetOf("Lô hàng", [["Số đăng ký"]])]);
    const result = await addTemplateSheets(m.context);
    expect(result.added[0]).toBe("Thông tin");
    const last = INFO_KEYS.length + 1;
    expect(calls(ops, "Thông tin.tables.add")).toEqual([[`A1:B${last}`, true]]);
    const rows = sets(ops, `Thông tin.getRange(A2:B${last}).values`)[0] as unknown[][];
    expect(rows.map((r) => r[0])).toEqual(INFO_KEYS.map((k) => k.vi));
    expect(rows.find((r) => r[0] === "Từ ngày")).toEqual(["Từ ngày", 44197]);
    expect(rows.find((r) => r[0] === "Số văn bản")).toEqual(["Số văn bản", ""]);
    const bold = ops.filter((o) => o.kind === "set" && o.path.startsWith("Thông tin.getRange(A") && o.path.endsWith(".format.font.bold")).length;
    expect(bold).toBe(INFO_KEYS.filter((k) => k.required).length);
  });

  it("changes nothing in a workbook that has every sheet, found as the reader finds them", async () => {
    const { m, ops } = workbookWith([
      sheetOf("THONG TIN", [["Mục"]]),
      sheetOf("Tasks", [["Code"]]),
      sheetOf("lo hang", [["x"]]),
      sheetOf("Kiểm định", [["x"]]),
      sheetOf("Sheet5", [["x"]], { tables: [{ name: "TaiChinh", ref: "A1:G3" }] }),
      sheetOf("Narrative", [["x"]]),
      sheetOf("Activities", [["Date"]]),
      sheetOf("Sheet7", [["x"]], { tables: [{ name: "DanhMucHoatDong", ref: "A1:D2" }] }),
    ]);
    const result = await addTemplateSheets(m.context);
    expect(result.added).toEqual([]);
    expect(result.kept.map((k) => k.worksheet)).toEqual(["THONG TIN", "Tasks", "lo hang", "Kiểm định", "Sheet5", "Activities", "Sheet7", "Narrative"]);
    expect(ops).toEqual([]);
    expect(m.log.syncs).toBe(1);
  });
});

describe("the list sheet", () => {
  it("lays out the lists as the file template does", async () => {
    const bytes = await writeTemplate();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    const ws = wb.getWorksheet(LIST_SHEET)!;
    const lists = listLayout();
    lists.forEach((list, i) => {
      const column = ws.getColumn(i + 1).values.slice(1);
      expect(column).toEqual([list.title, ...list.values]);
    });
    expect(ws.getColumn(lists.length + 1).values.slice(1)).toEqual([]);
  });
});
