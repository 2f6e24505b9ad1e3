// Rows the reader used to drop without a word: rows typed below the Excel
// table a sheet is found by, and required text made only of control characters.
import { epochDay, gridSource, type ArrayCell } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read";

const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;
const LOT_HEADER = ["Số đăng ký", "Ngày đăng ký", "Tổ chức nhập khẩu", "Nhóm hàng", "Tên hàng", "Số lượng", "Đơn vị tính", "Cửa khẩu", "Kết quả"];
const TASK_HEADER = [
  "Mã nhiệm vụ",
  "Tên nhiệm vụ",
  "Cấp quản lý",
  "Lĩnh vực",
  "Tổ chức chủ trì",
  "Chủ nhiệm",
  "Ngày bắt đầu",
  "Ngày kết thúc",
  "Kinh phí (triệu đồng)",
  "Trạng thái",
];
const lot = (no: string, importer: ArrayCell = "Công ty A"): ArrayCell[] => [no, "02/01/2021", importer, "Thép", "", "5", "tấn", "", "Đạt"];

describe("rows below the table a sheet was found by", () => {
  test("are read up to the next table in the same columns, and named by one warning", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Sheet1",
          tables: [
            { name: "LoHang", ref: "A1:I3" },
            { name: "NhiemVu", ref: "A8:J9" },
          ],
          rows: [
            LOT_HEADER,
            lot("LH-1"),
            lot("LH-2"),
            lot("LH-3"), // row 4: below the table
            [],
            lot("LH-5"), // row 6
            [],
            TASK_HEADER, // row 8: the next table starts; its rows are not lots
            ["NV-1", "Đề tài A", "Tỉnh", "Y dược", "", "", "01/01/2021", "31/12/2022", "", "Đang thực hiện"],
            lot("LH-10"), // row 10: below the tasks table, so the tasks table's row, not a lot
          ],
        },
      ]),
    );
    expect(data.lots?.records.map((r) => [r.row, r.registrationNo])).toEqual([
      [2, "LH-1"],
      [3, "LH-2"],
      [4, "LH-3"],
      [6, "LH-5"],
    ]);
    expect(data.lots?.records[2]).toEqual({
      row: 4,
      registrationNo: "LH-3",
      registeredOn: day(2021, 1, 2),
      importer: "Công ty A",
      group: "Thép",
      quantity: 5,
      unit: "tấn",
      result: "Đạt",
    });
    expect(data.tasks?.records.map((r) => r.row)).toEqual([9, 10]);
    const below = issues.filter((i) => i.code === "rows-below-table");
    expect(below).toEqual([
      { code: "rows-below-table", severity: "warning", sheet: "Sheet1", cell: "A4:I6", row: 4, params: { table: "LoHang", count: 2, tableEnd: 3 } },
      { code: "rows-below-table", severity: "warning", sheet: "Sheet1", cell: "A10:J10", row: 10, params: { table: "NhiemVu", count: 1, tableEnd: 9 } },
    ]);
  });

  test("a sheet found by its name is read whole, with no warning", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [{ name: "Lô hàng", tables: [{ name: "LoHang", ref: "A1:I2" }], rows: [LOT_HEADER, lot("LH-1"), lot("LH-2")] }]),
    );
    expect(data.lots?.records.map((r) => r.registrationNo)).toEqual(["LH-1", "LH-2"]);
    expect(issues.filter((i) => i.code === "rows-below-table")).toEqual([]);
  });

  test("settings below the Thông tin table are read, and named", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Sheet9",
          tables: [{ name: "ThongTin", ref: "A1:B2" }],
          rows: [
            ["Mục", "Giá trị"],
            ["Từ ngày", "01/01/2021"],
            ["Đến ngày", "30/06/2021"],
          ],
        },
      ]),
    );
    expect(data.settings.values).toMatchObject({ from: day(2021, 1, 1), to: day(2021, 6, 30) });
    expect(issues.filter((i) => i.code === "rows-below-table")).toEqual([
      { code: "rows-below-table", severity: "warning", sheet: "Sheet9", cell: "A3:B3", row: 3, params: { table: "ThongTin", count: 1, tableEnd: 2 } },
    ]);
  });
});

describe("text made only of control characters", () => {
  test("is an error in a required column, and nothing at all in an optional one", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        { name: "Lô hàng", rows: [LOT_HEADER, lot("LH-1", "\u0001\u0002 \u0007"), [...lot("LH-2").slice(0, 4), "\u0003", ...lot("LH-2").slice(5)]] },
      ]),
    );
    const lots = issues.filter((i) => i.sheet === "Lô hàng");
    expect(lots).toEqual([
      { code: "value-only-control-chars", severity: "error", sheet: "Lô hàng", cell: "C2", row: 2, params: { column: "Tổ chức nhập khẩu", count: 3 } },
      { code: "control-chars-removed", severity: "info", sheet: "Lô hàng", cell: "E3", row: 3, params: { column: "Tên hàng", count: 1 } },
    ]);
    expect(data.lots?.records[0]).not.toHaveProperty("importer");
    expect(data.lots?.records[1]).not.toHaveProperty("goods");
  });

  test("a required setting made only of them is missing", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Thông tin",
          rows: [
            ["Mục", "Giá trị"],
            ["Người ký", "\u0001\u0001"],
          ],
        },
      ]),
    );
    expect(data.settings.values).not.toHaveProperty("signer");
    expect(issues.filter((i) => i.cell === "B2")).toEqual([
      { code: "control-chars-removed", severity: "info", sheet: "Thông tin", cell: "B2", row: 2, params: { column: "Người ký", count: 2 } },
      { code: "setting-missing", severity: "error", sheet: "Thông tin", cell: "B2", row: 2, params: { key: "Người ký" } },
    ]);
  });
});
