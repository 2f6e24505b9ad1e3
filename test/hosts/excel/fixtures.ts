/** Sheets for the Excel host tests, as a live workbook would hold them. */
import { epochDay, epochDayToSerial } from "../../../src/core/grid";
import { GOODS_GROUPS, LOT_RESULTS } from "../../../src/core/schema";
import type { MockCell, MockSheetSpec } from "./mock-workbook";
import { sheetOf } from "./mock-workbook";

export const LOT_HEADER = ["Số đăng ký", "Ngày đăng ký", "Tổ chức nhập khẩu", "Nhóm hàng", "Tên hàng", "Số lượng", "Đơn vị tính", "Cửa khẩu", "Kết quả"];

export const day = (y: number, m: number, d: number): number => epochDay(y, m, d)!;

/** A date cell: the serial in the 1900 system, shown by `format`. */
export const dateCell = (y: number, m: number, d: number, format = "dd/mm/yyyy"): MockCell => ({
  value: epochDayToSerial(day(y, m, d)),
  type: "Double",
  format,
});

/** The settings sheet with a valid first half of 2021. */
export function infoSheet(): MockSheetSpec {
  return sheetOf("Thông tin", [
    ["Mục", "Giá trị"],
    ["Cơ quan chủ quản", "UBND TỈNH LẠNG SƠN"],
    ["Cơ quan ban hành", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
    ["Ký hiệu cơ quan", "SKHCN"],
    ["Địa danh", "Lạng Sơn"],
    ["Từ ngày", dateCell(2021, 1, 1, "[$-vi-VN]dd/mm/yyyy")],
    ["Đến ngày", dateCell(2021, 6, 30, "[$-vi-VN]dd/mm/yyyy")],
    ["Kính gửi", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
    ["Chức vụ người ký", "GIÁM ĐỐC"],
    ["Người ký", "Nguyễn Thị Hà"],
  ]);
}

/** A lots sheet of `count` valid rows under a header in row 1, computed cell by cell (nothing held in memory). */
export function bigLotsSheet(count: number): MockSheetSpec {
  const first = epochDayToSerial(day(2021, 1, 1));
  return {
    name: "Lô hàng",
    tables: [],
    used: { row: 1, col: 0, rows: count + 1, cols: LOT_HEADER.length },
    cell(row, col): MockCell | null {
      if (row === 1) return { value: LOT_HEADER[col]!, type: "String" };
      const i = row - 2;
      switch (col) {
        case 0:
          return { value: `LH-${i + 1}`, type: "String" };
        case 1:
          return { value: first + (i % 181), type: "Double", format: "dd/mm/yyyy" };
        case 2:
          return { value: `Công ty ${i % 50}`, type: "String" };
        case 3:
          return { value: GOODS_GROUPS[i % GOODS_GROUPS.length]!, type: "String" };
        case 5:
          return { value: 1 + (i % 7), type: "Double", format: "#,##0" };
        case 6:
          return { value: "chiếc", type: "String" };
        case 8:
          return { value: LOT_RESULTS[i % 2]!, type: "String" };
        default:
          return null;
      }
    },
  };
}
