import { epochDay, gridSource, type GridRow, type SheetSource, type WorkbookSource } from "../../../src/core/grid";
import { readWorkbook, matchSheet } from "../../../src/core/read";
import { LOTS_SHEET, TASKS_SHEET } from "../../../src/core/schema";

const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;
const LOT_HEADER = ["Số đăng ký", "Ngày đăng ký", "Tổ chức nhập khẩu", "Nhóm hàng", "Tên hàng", "Số lượng", "Đơn vị tính", "Cửa khẩu", "Kết quả"];

describe("finding sheets", () => {
  it.each(["Lô hàng", "lo hang", "LÔ HÀNG", "Lots", "LoHang", "Lo_hang", " lô  hàng "])("%j is the lots sheet", (name) => {
    expect(matchSheet(name, []).map((t) => t.spec)).toEqual([LOTS_SHEET]);
  });

  it("finds a sheet by its tables when its name says nothing, each table with its columns, from its header down to the next table below", () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    expect(
      matchSheet("Sheet1", [
        { name: "LoHang", ref: "C3:K20" },
        { name: "Bảng1", ref: "A1:B2" },
        { name: "NhiemVu", ref: "M1:X9" },
        { name: "Bảng2", ref: "P30:Q31" },
      ]),
    ).toEqual([
      { spec: LOTS_SHEET, bounds: { c1: 2, c2: 10, r1: 3, r2: MAX, table: { name: "LoHang", lastRow: 20 } }, table: "LoHang" },
      { spec: TASKS_SHEET, bounds: { c1: 12, c2: 23, r1: 1, r2: 29, table: { name: "NhiemVu", lastRow: 9 } }, table: "NhiemVu" },
    ]);
    expect(matchSheet("Sheet1", [{ name: "Table1", ref: "A1:B2" }])).toEqual([]);
  });

  it("reads the table's columns on a sheet found by its table, and rows typed below it with one warning", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Sheet1",
          tables: [{ name: "LoHang", ref: "C3:K20" }],
          rows: [
            ["Ghi chú của phòng"],
            [],
            [null, "x", ...LOT_HEADER],
            ["ngoài bảng", 1, "LH-9", "02/01/2021", "Công ty A", "Thép", "", "5", "tấn", "", "Đạt", "ngoài bảng"],
            [null, null, "LH-10", "03/01/2021", "Công ty B", "Mũ bảo hiểm", "", "ba", "", "", "Đạt"],
            ...Array.from({ length: 16 }, () => []),
            [null, null, "LH-99", "04/01/2021", "Công ty C", "Khác", "", "", "", "", "Đạt"],
          ],
        },
      ]),
    );
    expect(data.lots?.sheet).toBe("Sheet1");
    expect(data.lots?.headerRow).toBe(3);
    expect(data.lots?.records).toEqual([
      { row: 4, registrationNo: "LH-9", registeredOn: day(2021, 1, 2), importer: "Công ty A", group: "Thép", quantity: 5, unit: "tấn", result: "Đạt" },
      { row: 5, registrationNo: "LH-10", registeredOn: day(2021, 1, 3), importer: "Công ty B", group: "Mũ bảo hiểm", result: "Đạt" },
      // Typed on row 22, below the table's end at row 20: still the clerk's data.
      { row: 22, registrationNo: "LH-99", registeredOn: day(2021, 1, 4), importer: "Công ty C", group: "Khác", result: "Đạt" },
    ]);
    expect(issues.filter((i) => i.sheet === "Sheet1")).toEqual([
      { code: "number-invalid", severity: "error", sheet: "Sheet1", cell: "H5", row: 5, params: { column: "Số lượng", value: "ba" } },
      { code: "rows-below-table", severity: "warning", sheet: "Sheet1", cell: "C22:K22", row: 22, params: { table: "LoHang", count: 1, tableEnd: 20 } },
    ]);
  });

  it("notes unknown sheets once, and keeps the first of two sheets for the same contract sheet", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        { name: "Sheet2", rows: [["Số đăng ký"], ["x"]] },
        { name: "Lô hàng", rows: [LOT_HEADER, ["LH-1", "02/01/2021", "Công ty A", "Thép", "", "", "", "", "Đạt"]] },
        { name: "Lots", rows: [LOT_HEADER, ["LH-2", "02/01/2021", "Công ty A", "Thép", "", "", "", "", "Đạt"]] },
      ]),
    );
    expect(data.lots?.records.map((r) => r.registrationNo)).toEqual(["LH-1"]);
    expect(issues.filter((i) => i.code !== "sheet-missing")).toEqual([
      { code: "sheet-unknown", severity: "info", sheet: "Sheet2", params: {} },
      { code: "sheet-duplicate", severity: "warning", sheet: "Lots", params: { sheet: "Lô hàng", other: "Lô hàng" } },
    ]);
  });
});

describe("readWorkbook", () => {
  const sheets = [
    {
      name: "Lô hàng",
      rows: [LOT_HEADER, ["LH-1", "02/01/2021", "Công ty A", "Thép", "", "", "", "", "Đạt"], [], ["LH-2", 44200, "Công ty B", "Khác", "", "", "", "", "Đạt"]],
    },
  ];

  it("reads an async source as the sync one does, and reports progress per sheet", async () => {
    const progress: { sheet: string; rows: number }[] = [];
    const asyncResult = await readWorkbook(gridSource(false, sheets, { async: true }), { onProgress: (p) => progress.push(p) });
    expect(asyncResult).toEqual(await readWorkbook(gridSource(false, sheets)));
    expect(asyncResult.data.lots?.records.map((r) => r.registeredOn)).toEqual([day(2021, 1, 2), day(2021, 1, 4)]);
    expect(progress).toEqual([{ sheet: "Lô hàng", rows: 4 }]);
  });

  it("takes a sheet's rows a batch at a time when the source offers batches, and reads them as it reads single rows", async () => {
    const plain = gridSource(false, sheets);
    const batched: WorkbookSource = {
      date1904: false,
      sheets: () =>
        [...(plain.sheets() as Iterable<SheetSource>)].map((sheet) => ({
          name: sheet.name,
          tables: sheet.tables,
          rows: () => {
            throw new Error("rows() read although batches were offered");
          },
          // Two rows to a batch, and an empty batch between: a source may hand over a chunk that completed no row.
          async *rowBatches() {
            const all = [...(sheet.rows() as Iterable<GridRow>)];
            for (let i = 0; i < all.length; i += 2) {
              yield all.slice(i, i + 2);
              yield [];
            }
          },
        })),
    };
    const progress: { sheet: string; rows: number }[] = [];
    const result = await readWorkbook(batched, { onProgress: (p) => progress.push(p) });
    expect(result).toEqual(await readWorkbook(plain));
    expect(result.data.lots?.records).toHaveLength(2);
    expect(progress).toEqual([{ sheet: "Lô hàng", rows: 4 }]);
  });

  it("streams 300,000 rows without keeping the grid", async () => {
    const N = 300_000;
    const groups = ["Thép", "Khác", "Đồ chơi trẻ em", "Mũ bảo hiểm"];
    function* rows(): Generator<GridRow> {
      yield { row: 1, cells: LOT_HEADER.map((v) => ({ t: "s", v })) };
      for (let i = 0; i < N; i++) {
        yield {
          row: i + 2,
          cells: [
            { t: "s", v: `LH-${i}` },
            { t: "d", v: 44197 + (i % 180) },
            { t: "s", v: "Công ty TNHH An Phát" },
            { t: "s", v: groups[i % 4]! },
            { t: "s", v: "Xe đồ chơi" },
            { t: "n", v: (i % 50) + 1 },
            { t: "s", v: "chiếc" },
            { t: "s", v: "Hữu Nghị" },
            { t: "s", v: i % 10 === 0 ? "Không đạt" : "Đạt" },
          ],
        };
      }
    }
    const source: WorkbookSource = { date1904: false, sheets: () => [{ name: "Lô hàng", tables: [], rows }] };
    const started = performance.now();
    const { data, issues } = await readWorkbook(source);
    const ms = performance.now() - started;
    expect(data.lots?.records.length).toBe(N);
    expect(data.lots?.records[N - 1]).toEqual({
      row: N + 1,
      registrationNo: `LH-${N - 1}`,
      registeredOn: day(2021, 1, 1) + ((N - 1) % 180),
      importer: "Công ty TNHH An Phát",
      group: groups[(N - 1) % 4],
      goods: "Xe đồ chơi",
      quantity: ((N - 1) % 50) + 1,
      unit: "chiếc",
      borderGate: "Hữu Nghị",
      result: "Đạt",
    });
    expect(issues.filter((i) => i.sheet === "Lô hàng")).toEqual([]);
    // Generous for a slow CI machine; on a laptop this takes well under a second.
    expect(ms).toBeLessThan(5000);
  });
});
