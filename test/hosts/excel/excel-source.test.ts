import { analyseWorkbook } from "../../../src/core/analyse";
import type { GridRow, WorkbookSource } from "../../../src/core/grid";
import { BLOCK_LIMITS, blockRows, openExcelSource, withExcelSource } from "../../../src/hosts/excel";
import { LOT_HEADER, bigLotsSheet, dateCell, day, infoSheet } from "./fixtures";
import { mockExcel, sheetOf, type MockSheetSpec } from "./mock-workbook";

async function rowsOf(source: WorkbookSource): Promise<Record<string, GridRow[]>> {
  const out: Record<string, GridRow[]> = {};
  for await (const sheet of source.sheets()) {
    const rows: GridRow[] = [];
    for await (const row of sheet.rows()) rows.push(row);
    out[sheet.name] = rows;
  }
  return out;
}

async function analyse(sheets: MockSheetSpec[], dateSystem: 1900 | 1904 = 1900) {
  const m = mockExcel(sheets, dateSystem);
  const analysis = await analyseWorkbook(await openExcelSource(m.context));
  return { m, analysis };
}

describe("reading a 100,000-row sheet in blocks", () => {
  const ROWS = 100_000;
  let result: Awaited<ReturnType<typeof analyse>>;
  const progress: Array<[string, number, number]> = [];

  beforeAll(async () => {
    const m = mockExcel([infoSheet(), bigLotsSheet(ROWS)]);
    (globalThis as { Excel?: unknown }).Excel = m.excel;
    const analysis = await withExcelSource((source) => analyseWorkbook(source), { onBlock: (s, done, total) => progress.push([s, done, total]) });
    delete (globalThis as { Excel?: unknown }).Excel;
    result = { m, analysis };
  });

  it("reads every row", () => {
    const lots = result.analysis.data.lots!;
    expect(lots.records).toHaveLength(ROWS);
    expect(lots.records[0]).toEqual({
      row: 2,
      registrationNo: "LH-1",
      registeredOn: day(2021, 1, 1),
      importer: "Công ty 0",
      group: "Đồ chơi trẻ em",
      quantity: 1,
      unit: "chiếc",
      result: "Đạt",
    });
    expect(lots.records[ROWS - 1]!.row).toBe(ROWS + 1);
    expect(result.analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("uses blocks sized to the limits, one sync each, plus two for the whole workbook", () => {
    const size = blockRows(LOT_HEADER.length);
    expect(size).toBe(7407);
    const blocks = result.m.log.blocks.filter((b) => b.sheet === "Lô hàng");
    const total = ROWS + 1;
    expect(blocks).toHaveLength(Math.ceil(total / size));
    expect(blocks.map((b) => b.rows)).toEqual([...Array.from({ length: 13 }, () => size), total - 13 * size]);
    expect(blocks.map((b) => b.row)).toEqual(blocks.map((_b, i) => 1 + i * size));
    for (const b of blocks) {
      expect(b.cols).toBe(9);
      expect(b.rows * b.cols * BLOCK_LIMITS.properties).toBeLessThanOrEqual(BLOCK_LIMITS.maxPropertyCells);
      expect(b.rows * b.cols * BLOCK_LIMITS.minBytesPerCell).toBeLessThanOrEqual(BLOCK_LIMITS.maxBytes);
      expect(b.loaded.sort()).toEqual(["numberFormat", "valueTypes", "values"]);
    }
    const infoBlocks = result.m.log.blocks.filter((b) => b.sheet === "Thông tin");
    expect(infoBlocks).toHaveLength(1);
    expect(result.m.log.syncs).toBe(2 + blocks.length + infoBlocks.length);
    expect(result.m.log.syncs - infoBlocks.length).toBeLessThanOrEqual(Math.ceil(total / size) + 2);
  });

  it("takes used ranges by values only, reports each block, and writes nothing", () => {
    expect(result.m.log.usedRangeCalls.every((c) => c.valuesOnly === true)).toBe(true);
    const lotProgress = progress.filter(([s]) => s === "Lô hàng");
    expect(lotProgress.at(-1)).toEqual(["Lô hàng", ROWS + 1, ROWS + 1]);
    expect(lotProgress.map(([, done]) => done)).toEqual([...lotProgress.map(([, done]) => done)].sort((a, b) => a - b));
    expect(result.m.writes()).toEqual([]);
  });
});

describe("cells", () => {
  it("reports an #N/A cell as an Excel error at its own address, the used range starting at B3", async () => {
    const { m, analysis } = await analyse([
      infoSheet(),
      sheetOf("Lô hàng", [LOT_HEADER, ["LH-1", dateCell(2021, 2, 3), "Công ty A", "Thép", "", { value: "#N/A", type: "Error" }, "tấn", "", "Đạt"]], {
        row: 3,
        col: 1,
      }),
    ]);
    expect(analysis.issues.filter((i) => i.code === "excel-error")).toEqual([
      expect.objectContaining({ code: "excel-error", severity: "error", sheet: "Lô hàng", cell: "G4", row: 4 }),
    ]);
    expect(analysis.data.lots?.columns.registrationNo).toBe(1);
    expect(m.writes()).toEqual([]);
  });

  it("reads dates by their number format, in either date system", async () => {
    const sheets = (serial: number) => [
      infoSheet(),
      sheetOf("Lô hàng", [
        LOT_HEADER,
        [
          "LH-1",
          { value: serial, type: "Double", format: "d/m/yy" },
          "Công ty A",
          "Thép",
          "",
          { value: 44270, type: "Double", format: "#,##0" },
          "",
          "",
          "Đạt",
        ],
      ]),
    ];
    const in1900 = await analyse(sheets(44270));
    expect(in1900.analysis.data.lots?.records[0]).toMatchObject({ registeredOn: day(2021, 3, 15), quantity: 44270 });
    // The same day is 1,462 lower in the 1904 system, which the DATE() probe reveals.
    const in1904 = await analyse(sheets(44270 - 1462), 1904);
    expect(in1904.analysis.data.lots?.records[0]).toMatchObject({ registeredOn: day(2021, 3, 15) });
  });

  it("finds the header under a title row", async () => {
    const { analysis } = await analyse([
      infoSheet(),
      sheetOf("Lô hàng", [
        ["DANH SÁCH LÔ HÀNG NHẬP KHẨU 6 THÁNG ĐẦU NĂM 2021"],
        [],
        LOT_HEADER,
        ["LH-1", dateCell(2021, 2, 3), "Công ty A", "Thép", "", 5, "tấn", "", "Đạt"],
      ]),
    ]);
    expect(analysis.data.lots?.headerRow).toBe(3);
    expect(analysis.data.lots?.records).toEqual([
      { row: 4, registrationNo: "LH-1", registeredOn: day(2021, 2, 3), importer: "Công ty A", group: "Thép", quantity: 5, unit: "tấn", result: "Đạt" },
    ]);
  });

  it("reads a sheet known only by its table, and only the table's range", async () => {
    const { analysis } = await analyse([
      infoSheet(),
      sheetOf(
        "Sheet3",
        [
          ["Ghi chú: số liệu phòng Quản lý chất lượng"],
          [],
          [null, null, ...LOT_HEADER],
          [null, null, "LH-7", dateCell(2021, 4, 1), "Công ty B", "Khác", "", 2, "", "", "Không đạt"],
          ["ngoài bảng", null, "LH-8", dateCell(2021, 4, 2), "Công ty C", "Thép", "", 3, "", "", "Đạt"],
        ],
        { row: 3, tables: [{ name: "LoHang", ref: "C5:K7" }] },
      ),
    ]);
    expect(analysis.data.lots?.sheet).toBe("Sheet3");
    expect(analysis.data.lots?.records.map((r) => [r.row, r.registrationNo])).toEqual([
      [6, "LH-7"],
      [7, "LH-8"],
    ]);
  });

  it("gives absolute rows and columns, skips blank rows and reads nothing from an empty sheet", async () => {
    const m = mockExcel([sheetOf("Trống", []), sheetOf("Nội dung", [["Mục", "Nội dung"], [], [null, { value: true, type: "Boolean" }]], { row: 5, col: 2 })]);
    const rows = await rowsOf(await openExcelSource(m.context));
    expect(rows).toEqual({
      Trống: [],
      "Nội dung": [
        { row: 5, cells: [null, null, { t: "s", v: "Mục" }, { t: "s", v: "Nội dung" }] },
        { row: 7, cells: [null, null, null, { t: "b", v: true }] },
      ],
    });
    expect(m.log.blocks.map((b) => b.sheet)).toEqual(["Nội dung"]);
    expect(m.log.syncs).toBe(3);
  });
});

describe("block sizes", () => {
  it("falls back to few rows on a very wide sheet, never to none", () => {
    expect(blockRows(16_384)).toBe(4);
    expect(blockRows(16_384, 10_000)).toBe(1);
    expect(blockRows(9, 0)).toBe(blockRows(9, 59));
  });

  it("keeps every block under both limits", () => {
    for (const cols of [1, 2, 9, 12, 100, 1000, 16_384]) {
      for (const bytes of [0, 60, 200, 2_000]) {
        const rows = blockRows(cols, bytes);
        if (rows > 1) {
          expect(rows * cols * 3).toBeLessThanOrEqual(1_000_000);
          expect(rows * cols * Math.max(60, bytes)).toBeLessThanOrEqual(4_000_000);
        }
      }
    }
  });

  it("makes the next blocks smaller once long texts are seen", async () => {
    const text = "Kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh. ".repeat(20);
    const rows = 40_000;
    const sheet: MockSheetSpec = {
      name: "Nội dung",
      used: { row: 1, col: 0, rows, cols: 2 },
      cell: (r, c) => ({ value: c === 0 ? `I.${r}` : text, type: "String" }),
    };
    const m = mockExcel([sheet]);
    const read = await rowsOf(await openExcelSource(m.context));
    expect(read["Nội dung"]).toHaveLength(rows);
    const sizes = m.log.blocks.map((b) => b.rows);
    expect(sizes[0]).toBe(blockRows(2));
    expect(sizes[1]).toBeLessThan(sizes[0]! / 10);
    // Each later block stays under the byte budget at the cost actually seen: one long text a row, ~2 bytes a character.
    expect(sizes[1]! * (2 * text.length + 2 * 24)).toBeLessThanOrEqual(BLOCK_LIMITS.maxBytes);
  });
});

describe("the write detector", () => {
  it("sees a value written to a range, and a changed name", async () => {
    const m = mockExcel([sheetOf("Lô hàng", [["x"]])]);
    const source = await openExcelSource(m.context);
    expect(m.writes()).toEqual([]);
    const ws = m.context.workbook.worksheets.items[0]!;
    const range = ws.getCell(0, 0).getResizedRange(0, 0);
    range.values = [["đã sửa"]];
    expect(m.writes()).toEqual(["values"]);
    expect(() => {
      (ws as { name: string }).name = "Khác";
    }).toThrow(TypeError);
    expect(source.date1904).toBe(false);
  });
});
