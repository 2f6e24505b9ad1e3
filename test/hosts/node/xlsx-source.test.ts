import type ExcelJS from "exceljs";
import { cellAddress, type GridCell, type GridRow, type SheetSource } from "../../../src/core/grid";
import { WorkbookFileError, openXlsxSource } from "../../../src/hosts/node";
import { readAll, tempFolder, writeWorkbook, type ReadSheet } from "./fixtures";

const tmp = tempFolder("lbc-xlsx-source-");
afterAll(() => tmp.remove());

/** Every non-empty cell of a sheet by its address. */
function byAddress(sheet: ReadSheet): Record<string, GridCell> {
  const out: Record<string, GridCell> = {};
  for (const row of sheet.rows) {
    row.cells.forEach((cell, col) => {
      if (cell) out[cellAddress(col, row.row)] = cell;
    });
  }
  return out;
}

function buildMixed(wb: ExcelJS.Workbook): void {
  const info = wb.addWorksheet("Thông tin");
  info.getCell("A1").value = "Địa danh";
  info.getCell("B1").value = "Lạng Sơn";
  info.getCell("A2").value = 3339;
  info.getCell("B2").value = 2.5;
  info.getCell("C2").value = -0.125;
  info.getCell("A3").value = new Date(Date.UTC(2021, 0, 25));
  info.getCell("A3").numFmt = "dd/mm/yyyy";
  info.getCell("B3").value = 44221; // the same serial, but shown as a number
  info.getCell("C3").value = new Date(Date.UTC(2021, 5, 30, 12, 0, 0));
  info.getCell("C3").numFmt = "d/m/yyyy h:mm";
  info.getCell("A4").value = { error: "#N/A" };
  info.getCell("B4").value = { error: "#REF!" };
  info.getCell("C4").value = true;
  info.getCell("D4").value = false;
  info.getCell("A5").value = { formula: "A2*2", result: 6678 };
  info.getCell("B5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  info.getCell("C5").value = { formula: 'B1&"!"', result: "Lạng Sơn!" };
  info.getCell("D5").value = { formula: "A2+1" }; // never calculated: no cached value
  info.getCell("E5").value = { formula: "A2>0", result: true };
  info.getCell("F5").value = { formula: "A3+1", result: 44222 };
  info.getCell("F5").numFmt = "dd/mm/yyyy";
  info.getCell("A6").value = { richText: [{ text: "Sở ", font: { bold: true } }, { text: "Khoa học" }, { text: " & Công nghệ", font: { italic: true } }] };
  info.getCell("B6").value = { text: "Cổng thông tin", hyperlink: "https://example.org/" };
  info.getCell("C6").value = 'a < b & "c"';
  info.getCell("A8").value = "Ô gộp";
  info.mergeCells("A8:C9");
  info.getRow(11).font = { bold: true };
  info.getRow(12).height = 30;
  info.getCell("B13").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

  const lots = wb.addWorksheet("Lô hàng");
  lots.addTable({
    name: "LoHang",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "Số đăng ký" }, { name: "Nhóm hàng" }],
    rows: [
      ["ĐK-1", "Thép"],
      ["ĐK-2", "Thép"],
    ],
  });
}

describe("openXlsxSource", () => {
  let sheets: ReadSheet[];
  let date1904: boolean;

  beforeAll(async () => {
    const source = await openXlsxSource(await writeWorkbook(tmp.path("mixed.xlsx"), buildMixed));
    date1904 = source.date1904;
    sheets = await readAll(source);
  });

  it("gives the sheets in order, named as the workbook spells them", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Thông tin", "Lô hàng"]);
    expect(date1904).toBe(false);
  });

  it("reads text and numbers", () => {
    const c = byAddress(sheets[0]!);
    expect(c.A1).toEqual({ t: "s", v: "Địa danh" });
    expect(c.B1).toEqual({ t: "s", v: "Lạng Sơn" });
    expect(c.A2).toEqual({ t: "n", v: 3339 });
    expect(c.B2).toEqual({ t: "n", v: 2.5 });
    expect(c.C2).toEqual({ t: "n", v: -0.125 });
    expect(c.C6).toEqual({ t: "s", v: 'a < b & "c"' });
  });

  it("gives a date cell as its exact Excel serial, and a plain number as a number", () => {
    const c = byAddress(sheets[0]!);
    expect(c.A3).toEqual({ t: "d", v: 44221 }); // 25/01/2021
    expect(c.B3).toEqual({ t: "n", v: 44221 });
    expect(c.C3).toEqual({ t: "d", v: 44377.5 }); // 30/06/2021 12:00
  });

  it("reads error values and booleans", () => {
    const c = byAddress(sheets[0]!);
    expect(c.A4).toEqual({ t: "e", v: "#N/A" });
    expect(c.B4).toEqual({ t: "e", v: "#REF!" });
    expect(c.C4).toEqual({ t: "b", v: true });
    expect(c.D4).toEqual({ t: "b", v: false });
  });

  it("reads formulas by their cached result, keeping its type", () => {
    const c = byAddress(sheets[0]!);
    expect(c.A5).toEqual({ t: "n", v: 6678 });
    expect(c.B5).toEqual({ t: "e", v: "#DIV/0!" });
    expect(c.C5).toEqual({ t: "s", v: "Lạng Sơn!" });
    expect(c.D5).toBeUndefined();
    expect(c.E5).toEqual({ t: "b", v: true });
    expect(c.F5).toEqual({ t: "d", v: 44222 });
  });

  it("flattens rich text and takes a hyperlink's text", () => {
    const c = byAddress(sheets[0]!);
    expect(c.A6).toEqual({ t: "s", v: "Sở Khoa học & Công nghệ" });
    expect(c.B6).toEqual({ t: "s", v: "Cổng thông tin" });
  });

  it("keeps a merged value in the top-left cell only", () => {
    const c = byAddress(sheets[0]!);
    const merged = Object.keys(c).filter((a) => /^[A-C](8|9)$/.test(a));
    expect(merged).toEqual(["A8"]);
    expect(c.A8).toEqual({ t: "s", v: "Ô gộp" });
  });

  it("yields no row for formatted but empty rows, and uses 1-based absolute positions", () => {
    expect(sheets[0]!.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    const lots = sheets[1]!;
    expect(lots.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(lots.rows[0]!.cells[0]).toBeUndefined();
    expect(lots.rows[0]!.cells[1]).toEqual({ t: "s", v: "Số đăng ký" });
  });

  it("reports the Excel tables of a sheet", () => {
    expect(sheets[0]!.tables).toEqual([]);
    expect(sheets[1]!.tables).toEqual([{ name: "LoHang", ref: "B2:C4" }]);
  });

  it("gives one shared object for a repeated shared string", () => {
    const [a, b] = [sheets[1]!.rows[1]!.cells[2], sheets[1]!.rows[2]!.cells[2]];
    expect(a).toEqual({ t: "s", v: "Thép" });
    expect(a).toBe(b);
  });
});

describe("openXlsxSource with the 1904 date system", () => {
  it("says so and keeps the serial of the workbook's own system", async () => {
    const path = await writeWorkbook(tmp.path("mac.xlsx"), (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Kiểm định");
      ws.getCell("A1").value = new Date(Date.UTC(2021, 0, 25));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    const source = await openXlsxSource(path);
    expect(source.date1904).toBe(true);
    const [sheet] = await readAll(source);
    expect(sheet!.rows).toEqual([{ row: 1, cells: [{ t: "d", v: 44221 - 1462 }] }]);
  });
});

describe("openXlsxSource streaming rules", () => {
  it("lets each sheet be read in any order, and again", async () => {
    const source = await openXlsxSource(await writeWorkbook(tmp.path("two.xlsx"), buildMixed));
    const [info, lots] = [...(source.sheets() as Iterable<{ name: string; rows(): AsyncIterable<GridRow> }>)];
    const rowsOf = async (sheet: { rows(): AsyncIterable<GridRow> }): Promise<number[]> => {
      const out: number[] = [];
      for await (const row of sheet.rows()) out.push(row.row);
      return out;
    };
    expect(await rowsOf(lots!)).toEqual([2, 3, 4]);
    expect(await rowsOf(info!)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(await rowsOf(lots!)).toEqual([2, 3, 4]);
  });

  it("hands over a big sheet's rows in batches, one fresh array per inflated chunk, the same rows as one at a time", async () => {
    const path = await writeWorkbook(tmp.path("big.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Lô hàng");
      for (let r = 1; r <= 20_000; r++) ws.addRow([`LH-${r}`, r, "Cửa khẩu Hữu Nghị", r % 7 === 0 ? "Không đạt" : "Đạt"]);
    });
    const [sheet] = [...((await openXlsxSource(path)).sheets() as Iterable<SheetSource>)];
    const batches: GridRow[][] = [];
    for await (const batch of sheet!.rowBatches!()) batches.push(batch as GridRow[]);
    const single: GridRow[] = [];
    for await (const row of sheet!.rows()) single.push(row);
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.every((b) => b.length > 0)).toBe(true);
    expect(new Set(batches).size).toBe(batches.length);
    expect(batches.flat()).toEqual(single);
    expect(single.map((r) => r.row)).toEqual(Array.from({ length: 20_000 }, (_v, i) => i + 1));
    expect(single[19_999]!.cells).toEqual([
      { t: "s", v: "LH-20000" },
      { t: "n", v: 20_000 },
      { t: "s", v: "Cửa khẩu Hữu Nghị" },
      { t: "s", v: "Đạt" },
    ]);
  });

  it("rejects a file that is not a workbook with a typed problem", async () => {
    const error = await openXlsxSource(tmp.path("nothing-here.xlsx")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem).toEqual({ code: "file-missing", params: { path: tmp.path("nothing-here.xlsx") } });
  });
});
