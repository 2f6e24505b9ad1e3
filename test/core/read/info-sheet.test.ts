import { epochDay, gridSource } from "../../../src/core/grid";
import { readWorkbook, splitLines } from "../../../src/core/read";

const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;
const infoIssues = (sheet: string, rows: Parameters<typeof gridSource>[1][number]["rows"], date1904 = false) =>
  readWorkbook(gridSource(date1904, [{ name: sheet, rows }]));

describe("the Thông tin sheet", () => {
  it("reads keys under a Mục / Giá trị header below a title, in Vietnamese or English", async () => {
    const { data, issues } = await infoIssues("Thông tin", [
      ["THÔNG TIN BÁO CÁO"],
      ["Mục", "Giá trị"],
      ["Cơ quan chủ quản", "UBND TỈNH LẠNG SƠN"],
      ["Agency", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
      ["Ký hiệu cơ quan", "SKHCN"],
      ["Số văn bản", ""],
      ["ĐỊA DANH", "Lạng Sơn"],
      ["Từ ngày", { t: "d", v: 44197 }],
      ["Đến ngày", "30/06/2021"],
      ["Kính gửi", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
      ["Chức vụ người ký", "GIÁM ĐỐC"],
      ["Người ký", "Nguyễn Thị Hà"],
      ["Nơi nhận", "- Như trên;\n- Lưu: VT, KHTC.\n\n"],
      ["Màu bìa", "xanh"],
      ["Địa danh", "Hà Nội"],
    ]);
    expect(data.settings).toEqual({
      sheet: "Thông tin",
      values: {
        parentAgency: "UBND TỈNH LẠNG SƠN",
        agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        agencyCode: "SKHCN",
        place: "Lạng Sơn",
        from: day(2021, 1, 1),
        to: day(2021, 6, 30),
        recipient: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
        signerTitle: "GIÁM ĐỐC",
        signer: "Nguyễn Thị Hà",
        distribution: ["Như trên;", "Lưu: VT, KHTC."],
      },
      cells: {
        parentAgency: "B3",
        agency: "B4",
        agencyCode: "B5",
        number: "B6",
        place: "B7",
        from: "B8",
        to: "B9",
        recipient: "B10",
        signerTitle: "B11",
        signer: "B12",
        distribution: "B13",
      },
    });
    expect(issues.filter((i) => i.sheet === "Thông tin")).toEqual([
      { code: "setting-unknown", severity: "info", sheet: "Thông tin", cell: "A14", row: 14, params: { key: "Màu bìa" } },
      { code: "setting-duplicate", severity: "warning", sheet: "Thông tin", cell: "A15", row: 15, params: { key: "Địa danh", otherCell: "A7" } },
    ]);
  });

  it("reads a headerless list from columns A and B, and names what is missing or wrong", async () => {
    const { data, issues } = await infoIssues(
      "Report",
      [
        ["Báo cáo 6 tháng"],
        ["Cơ quan chủ quản", "UBND TỈNH LẠNG SƠN"],
        ["Cơ quan ban hành", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        ["Ký hiệu cơ quan", "SKHCN"],
        ["Địa danh", "Lạng Sơn"],
        ["Từ ngày", "01/07/2021"],
        ["Đến ngày", { t: "d", v: 44377 - 1462 }],
        ["Ngày ban hành", "32/07/2021"],
        ["Kính gửi", "  "],
        ["Chức vụ người ký", "GIÁM ĐỐC"],
      ],
      true,
    );
    expect(data.settings.values).toEqual({
      parentAgency: "UBND TỈNH LẠNG SƠN",
      agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      agencyCode: "SKHCN",
      place: "Lạng Sơn",
      from: day(2021, 7, 1),
      to: day(2021, 6, 30),
      signerTitle: "GIÁM ĐỐC",
    });
    expect(data.settings.cells.recipient).toBe("B9");
    expect(issues.filter((i) => i.sheet === "Report")).toEqual([
      { code: "date-impossible", severity: "error", sheet: "Report", cell: "B8", row: 8, params: { column: "Ngày ban hành", value: "32/07/2021" } },
      { code: "setting-missing", severity: "error", sheet: "Report", cell: "B9", row: 9, params: { key: "Kính gửi" } },
      { code: "setting-missing", severity: "error", sheet: "Report", params: { key: "Người ký" } },
      { code: "period-invalid", severity: "error", sheet: "Report", cell: "B7", row: 7, params: { from: "01/07/2021", to: "30/06/2021" } },
    ]);
  });
});

describe("splitLines", () => {
  it("splits on any line break, trims, drops blank lines and a leading dash", () => {
    expect(splitLines("- Như trên;\r\n–  UBND tỉnh;\r\n\n• Lưu: VT.\n  Giám đốc ")).toEqual(["Như trên;", "UBND tỉnh;", "Lưu: VT.", "Giám đốc"]);
  });
});
