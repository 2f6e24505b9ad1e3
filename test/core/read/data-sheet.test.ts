import { epochDay, gridSource, type ArraySheet } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues/issue";
import { readWorkbook, type ReadResult } from "../../../src/core/read";

const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;
const onSheet = (issues: Issue[], sheet: string): Issue[] => issues.filter((i) => i.sheet === sheet);

describe("reading a data sheet", () => {
  const lots: ArraySheet = {
    name: "Lô hàng",
    rows: [
      ["DANH SÁCH LÔ HÀNG NHẬP KHẨU 6 THÁNG ĐẦU NĂM 2021"],
      ["(Đơn vị tính: lô)"],
      // Columns shuffled, an English header, a line break, a unit in brackets, an unknown column.
      ["Registration no.", "Tổ chức nhập khẩu", "NGÀY\nĐĂNG KÝ", "Nhóm hàng", "Tên hàng", "Số lượng (chiếc)", "Đơn vị tính", "Cửa khẩu", "Kết quả", "Ghi chú"],
      ["LH-001", "Công ty TNHH An Phát", { t: "d", v: 44197 }, "Đồ chơi trẻ em", "Xe đồ chơi", "3.339", "chiếc", "Hữu Nghị", "Đạt", "gấp"],
      [],
      ["LH-002", "Công ty CP Bắc Sơn", "15/02/2021", "thep", "Thép cuộn", 2550000, "kg", "Tân Thanh", "KHÔNG ĐẠT"],
      ["", "", "", "", "", "", "", "", "", "chỉ có ghi chú"],
      ["LH-003", "", "31/02/2021", "Thép tấm", null, "0", null, null, "Đạt"],
      [{ t: "e", v: "#N/A" }, "Công ty Hòa Bình", "01/03/2021", "Khác", "", "", "", "", "Đang xử lý"],
      [],
      ["", null, "  \u00a0"],
    ],
  };

  let data: ReadResult["data"];
  let issues: ReadResult["issues"];
  beforeAll(async () => {
    ({ data, issues } = await readWorkbook(gridSource(false, [lots])));
  });

  it("reads one record per non-blank row, below a title, in any column order", () => {
    expect(data.lots).toEqual({
      key: "lots",
      sheet: "Lô hàng",
      headerRow: 3,
      columns: { registrationNo: 0, importer: 1, registeredOn: 2, group: 3, goods: 4, quantity: 5, unit: 6, borderGate: 7, result: 8 },
      records: [
        {
          row: 4,
          registrationNo: "LH-001",
          importer: "Công ty TNHH An Phát",
          registeredOn: day(2021, 1, 1),
          group: "Đồ chơi trẻ em",
          goods: "Xe đồ chơi",
          quantity: 3339,
          unit: "chiếc",
          borderGate: "Hữu Nghị",
          result: "Đạt",
        },
        {
          row: 6,
          registrationNo: "LH-002",
          importer: "Công ty CP Bắc Sơn",
          registeredOn: day(2021, 2, 15),
          group: "Thép",
          goods: "Thép cuộn",
          quantity: 2550000,
          unit: "kg",
          borderGate: "Tân Thanh",
          result: "Không đạt",
        },
        { row: 8, registrationNo: "LH-003", result: "Đạt" },
        { row: 9, importer: "Công ty Hòa Bình", registeredOn: day(2021, 3, 1), group: "Khác", result: "Đang xử lý" },
      ],
    });
  });

  it("reports each value problem at its cell, and the unknown column once", () => {
    const allowed = "Đồ chơi trẻ em · Đồ điện, điện tử · Thép · Mũ bảo hiểm · Khác";
    expect(onSheet(issues, "Lô hàng")).toEqual([
      { code: "column-unknown", severity: "info", sheet: "Lô hàng", cell: "J3", row: 3, params: { columns: "Ghi chú" } },
      { code: "value-missing", severity: "error", sheet: "Lô hàng", cell: "B8", row: 8, params: { column: "Tổ chức nhập khẩu" } },
      { code: "date-impossible", severity: "error", sheet: "Lô hàng", cell: "C8", row: 8, params: { column: "Ngày đăng ký", value: "31/02/2021" } },
      {
        code: "category-unknown",
        severity: "error",
        sheet: "Lô hàng",
        cell: "D8",
        row: 8,
        params: { column: "Nhóm hàng", value: "Thép tấm", nearest: "Thép", allowed },
      },
      { code: "number-not-positive", severity: "error", sheet: "Lô hàng", cell: "F8", row: 8, params: { column: "Số lượng", value: "0" } },
      { code: "excel-error", severity: "error", sheet: "Lô hàng", cell: "A9", row: 9, params: { column: "Số đăng ký", value: "#N/A" } },
    ]);
  });

  it("reports the other contract sheets missing: Thông tin as an error, data sheets as warnings", () => {
    expect(issues.filter((i) => i.code === "sheet-missing")).toEqual([
      { code: "sheet-missing", severity: "error", params: { sheet: "Thông tin" } },
      { code: "sheet-missing", severity: "warning", params: { sheet: "Nhiệm vụ" } },
      { code: "sheet-missing", severity: "warning", params: { sheet: "Kiểm định" } },
      { code: "sheet-missing", severity: "warning", params: { sheet: "Tài chính" } },
      { code: "sheet-missing", severity: "warning", params: { sheet: "Hoạt động" } },
      { code: "sheet-missing", severity: "warning", params: { sheet: "Nội dung" } },
    ]);
    expect(data.settings).toEqual({ values: {}, cells: {} });
    expect(data.tasks).toBeUndefined();
  });
});

describe("headers", () => {
  it("reports a missing required column at the header row and a duplicate header as a warning", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Kiểm định",
          rows: [
            [null, "Ngày", "Hình thức", "Phương tiện đo", "Số lượng", "Đơn vị tính", "Ngày"],
            [null, "05/01/2021", "Kiểm định", "Cân", 2.5, "cái", "06/01/2021"],
          ],
        },
      ]),
    );
    expect(onSheet(issues, "Kiểm định")).toEqual([
      { code: "column-duplicate", severity: "warning", sheet: "Kiểm định", cell: "G1", row: 1, params: { column: "Ngày", otherCell: "B1" } },
      { code: "column-missing", severity: "error", sheet: "Kiểm định", cell: "B1:G1", row: 1, params: { column: "Kết quả" } },
      { code: "number-not-integer", severity: "error", sheet: "Kiểm định", cell: "E2", row: 2, params: { column: "Số lượng", value: 2.5 } },
    ]);
    expect(data.calibrations?.records).toEqual([{ row: 2, date: epochDay(2021, 1, 5), activity: "Kiểm định", instrument: "Cân", unit: "cái" }]);
    expect(data.calibrations?.columns).toEqual({ date: 1, activity: 2, instrument: 3, quantity: 4, unit: 5 });
  });

  it("needs at least half of the columns to take a row as the header", async () => {
    const rows = [
      ["Mã", "Nội dung", "Loại"], // 3 of 7: a note, not the header
      ["Mã", "Nội dung", "Loại", "Dự toán năm", "Thực hiện kỳ báo cáo"],
      ["1", "Thu sự nghiệp", "Thu", "1.000.000", "400.000"],
    ];
    const { data } = await readWorkbook(gridSource(false, [{ name: "Tài chính", rows }]));
    expect(data.finance?.headerRow).toBe(2);
    expect(data.finance?.records).toEqual([{ row: 3, code: "1", item: "Thu sự nghiệp", kind: "Thu", plan: 1000000, actual: 400000 }]);
  });

  it("gives up after 30 non-blank rows without a header, once", async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 70; i++) rows.push(i % 2 === 0 ? [`ghi chú ${i}`] : []);
    rows.push(["Mã nhiệm vụ", "Tên nhiệm vụ", "Cấp quản lý", "Lĩnh vực", "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái"]);
    rows.push(["NV-01", "Đề tài", "Tỉnh", "Y dược", "01/01/2021", "31/12/2022", "Đang thực hiện"]);
    const { data, issues } = await readWorkbook(gridSource(false, [{ name: "Nhiệm vụ", rows }]));
    expect(onSheet(issues, "Nhiệm vụ")).toEqual([{ code: "header-not-found", severity: "error", sheet: "Nhiệm vụ", params: { sheet: "Nhiệm vụ" } }]);
    expect(data.tasks).toBeUndefined();
    // Found by name, so not "missing" too.
    expect(issues.some((i) => i.code === "sheet-missing" && i.params.sheet === "Nhiệm vụ")).toBe(false);
  });

  it("finds a header late enough when the rows above are blank", async () => {
    const rows: (string | null)[][] = [];
    for (let i = 0; i < 50; i++) rows.push([null]);
    rows.push(["Mục", "Nội dung"], ["I", "Đoạn một."]);
    const { data } = await readWorkbook(gridSource(false, [{ name: "Nội dung", rows }]));
    expect(data.narrative?.records).toEqual([{ row: 52, section: "I", text: "Đoạn một." }]);
  });
});

describe("a sheet typed with English headers", () => {
  it("matches English aliases and a unit written differently, and lists unknown headers once", async () => {
    const { data, issues } = await readWorkbook(
      gridSource(false, [
        {
          name: "Tasks",
          rows: [
            [
              "STT",
              "Code",
              "Title",
              "Level",
              "Field",
              "Host organisation",
              "Principal investigator",
              "Start",
              "End",
              "KINH PHÍ\n(trđ)",
              "Status",
              "Accepted on",
              "Ngày cấp GCN",
              "Ghi chú",
            ],
            [
              1,
              "ĐT-01",
              "Nghiên cứu giống lúa",
              "tỉnh",
              "Nông nghiệp và phát triển nông thôn",
              "Viện A",
              "TS. B",
              "01/03/2020",
              "28/02/2022",
              "1.250,5",
              "Đã nghiệm thu",
              "15/04/2021",
              { t: "d", v: 44350 },
              "x",
            ],
          ],
        },
      ]),
    );
    expect(data.tasks?.records).toEqual([
      {
        row: 2,
        code: "ĐT-01",
        title: "Nghiên cứu giống lúa",
        level: "Tỉnh",
        field: "Nông nghiệp và phát triển nông thôn",
        host: "Viện A",
        investigator: "TS. B",
        start: day(2020, 3, 1),
        end: day(2022, 2, 28),
        budget: 1250.5,
        status: "Đã nghiệm thu",
        acceptedOn: day(2021, 4, 15),
        certifiedOn: day(2021, 6, 3),
      },
    ]);
    expect(onSheet(issues, "Tasks")).toEqual([
      { code: "column-unknown", severity: "info", sheet: "Tasks", cell: "A1:N1", row: 1, params: { columns: "STT, Ghi chú" } },
    ]);
  });
});
