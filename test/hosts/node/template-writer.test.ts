import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { BUILT_IN_ACTIVITY_KINDS, INFO_KEYS, SHEETS, GOODS_GROUPS } from "../../../src/core/schema";
import { LIST_SHEET_NAME } from "../../../src/core/schema";
import { TEMPLATE_LAST_ROW } from "../../../src/core/template";
import { openXlsxSource, writeTemplate } from "../../../src/hosts/node";
import { readAll, tempFolder } from "./fixtures";

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

const tmp = tempFolder("lbc-template-");
afterAll(() => tmp.remove());

let bytes: Buffer;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await writeTemplate();
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function validations(ws: ExcelJS.Worksheet): ValidationModel {
  return (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

describe("writeTemplate", () => {
  it("lays out the six contract sheets in order, then the hidden list sheet", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SHEETS.map((s) => s.vi), LIST_SHEET_NAME]);
    expect(wb.worksheets.map((ws) => ws.state)).toEqual([...SHEETS.map(() => "visible"), "hidden"]);
  });

  it("gives every sheet the contract's headers, styled, frozen and made into a named table", () => {
    for (const spec of SHEETS) {
      const ws = sheet(spec.vi);
      const headers = spec.columns.map((_c, i) => ws.getRow(1).getCell(i + 1).value);
      expect(headers).toEqual(spec.columns.map((c) => c.vi));
      const a1 = ws.getCell("A1");
      expect(a1.font?.bold).toBe(true);
      expect(a1.alignment?.wrapText).toBe(true);
      expect(a1.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("names the tables without spaces or diacritics, as our reader sees them", async () => {
    const path = tmp.path("mau.xlsx");
    writeFileSync(path, bytes);
    const read = await readAll(await openXlsxSource(path));
    expect(read.map((s) => s.tables)).toEqual([
      [{ name: "ThongTin", ref: `A1:B${INFO_KEYS.length + 1}` }],
      [{ name: "NhiemVu", ref: "A1:L2" }],
      [{ name: "LoHang", ref: "A1:I2" }],
      [{ name: "KiemDinh", ref: "A1:H2" }],
      [{ name: "TaiChinh", ref: "A1:G2" }],
      [{ name: "HoatDong", ref: "A1:I2" }],
      [{ name: "DanhMucHoatDong", ref: "A1:D2" }],
      [{ name: "NoiDung", ref: "A1:B2" }],
      [],
    ]);
    // The data sheets hold nothing but their header row.
    expect(read.slice(1, 8).map((s) => s.rows.map((r) => r.row))).toEqual([[1], [1], [1], [1], [1], [1], [1]]);
  });

  it("fills Thông tin with every key, the examples that are not blank, and required keys in bold", () => {
    const ws = sheet("Thông tin");
    INFO_KEYS.forEach((k, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(k.vi);
      expect(row.getCell(1).font?.bold === true).toBe(k.required);
    });
    expect(ws.getRow(2).getCell(2).value).toBe("UBND TỈNH LẠNG SƠN");
    const from = INFO_KEYS.findIndex((k) => k.key === "from") + 2;
    expect(ws.getRow(from).getCell(2).value).toEqual(new Date(Date.UTC(2021, 0, 1)));
    expect(ws.getRow(from).getCell(2).numFmt).toBe("dd/mm/yyyy");
    const number = INFO_KEYS.findIndex((k) => k.key === "number") + 2;
    expect(ws.getRow(number).getCell(2).value).toBeNull();
  });

  it("gives category columns a drop-down list from the hidden sheet, over rows 2 to the last template row", () => {
    const lots = validations(sheet("Lô hàng"));
    const group = lots.D2;
    expect(group?.type).toBe("list");
    expect(lots[`D${TEMPLATE_LAST_ROW}`]).toEqual(group);
    expect(lots[`D${TEMPLATE_LAST_ROW + 1}`]).toBeUndefined();
    expect(lots.D1).toBeUndefined();
    // The list range holds exactly the contract's values (one of them has a comma, so it cannot be inline).
    const m = /^'_Danh mục'!\$([A-Z])\$(\d+):\$\1\$(\d+)$/.exec(String(group?.formulae[0]));
    expect(m).not.toBeNull();
    const list = sheet(LIST_SHEET_NAME);
    const col = m![1]!;
    const values = Array.from({ length: Number(m![3]) - Number(m![2]) + 1 }, (_v, i) => list.getCell(`${col}${Number(m![2]) + i}`).value);
    expect(values).toEqual([...GOODS_GROUPS]);
    expect(validations(sheet("Nhiệm vụ")).D2?.formulae[0]).toMatch(/^'_Danh mục'!/);
    // The kind of an activity drops down the built-in catalogue's kinds.
    const kind = validations(sheet("Hoạt động")).B2;
    const k = /^'_Danh mục'!\$([A-Z])\$2:\$\1\$(\d+)$/.exec(String(kind?.formulae[0]));
    const kinds = Array.from({ length: Number(k![2]) - 1 }, (_v, i) => list.getCell(`${k![1]}${i + 2}`).value);
    expect(kinds).toEqual([...BUILT_IN_ACTIVITY_KINDS]);
  });

  it("formats and checks dates and numbers", () => {
    const tasks = sheet("Nhiệm vụ");
    expect(tasks.getColumn(7).numFmt).toBe("dd/mm/yyyy"); // Ngày bắt đầu
    expect(validations(tasks).G2).toMatchObject({ type: "date", errorStyle: "warning" });
    expect(tasks.getColumn(9).numFmt).toBe("#,##0.0##"); // Kinh phí (triệu đồng)
    expect(tasks.getColumn(1).numFmt).toBe("@"); // Mã nhiệm vụ stays text
    const finance = sheet("Tài chính");
    expect(finance.getColumn(1).numFmt).toBe("@"); // Mã: 1.10 must not become 1.1
    expect(finance.getColumn(4).numFmt).toBe("#,##0");
    expect(validations(finance).D2).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    const calibrations = sheet("Kiểm định");
    expect(calibrations.getColumn(4).numFmt).toBe("0");
    expect(validations(calibrations).D2).toMatchObject({ type: "whole", operator: "greaterThan", formulae: [0] });
    expect(calibrations.getColumn(3).width).toBeGreaterThanOrEqual(12);
  });

  it("is deterministic: the same bytes every run, with fixed properties and zip times", async () => {
    expect((await writeTemplate()).equals(bytes)).toBe(true);
    expect(wb.creator).toBe("Lập báo cáo");
    expect(wb.created).toEqual(new Date(Date.UTC(2021, 0, 1)));
    const later = new Date(Date.UTC(2024, 6, 15, 8, 30, 0));
    const other = await writeTemplate({ now: later });
    expect(other.equals(bytes)).toBe(false);
    const zip = await JSZip.loadAsync(other);
    const dates = Object.values(zip.files).map((f) => f.date.toISOString());
    expect(new Set(dates)).toEqual(new Set([later.toISOString()]));
  });
});
