/**
 * A third, tiny sample (`bao-cao-thieu-cot.xlsx`) for the mistakes that would
 * hide others: a required column missing, optional sheets missing, a sheet
 * the contract does not know.
 */
import { CALIBRATIONS_SHEET, INFO_KEYS, INFO_SHEET } from "../../src/core/schema";
import { utc } from "./dates";
import type { SampleValue, SampleWorkbook } from "./sample-sheet";

export const MISSING_COLUMN_FILE = "bao-cao-thieu-cot.xlsx";

const SETTINGS: Readonly<Record<string, SampleValue>> = {
  parentAgency: "UBND TỈNH LẠNG SƠN",
  agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  agencyCode: "SKHCN",
  place: "Lạng Sơn",
  from: utc(2022, 1, 1),
  to: utc(2022, 6, 30),
  recipient: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
  signerTitle: "GIÁM ĐỐC",
  signer: "Nguyễn Thị Hà",
};

export function missingColumnWorkbook(): SampleWorkbook {
  return {
    fileName: MISSING_COLUMN_FILE,
    sheets: [
      { name: INFO_SHEET.vi, headers: INFO_SHEET.columns.map((c) => c.vi), rows: INFO_KEYS.map((k) => [k.vi, SETTINGS[k.key] ?? null]), widths: [22, 60] },
      {
        name: CALIBRATIONS_SHEET.vi,
        // Every column but `Đơn vị tính`.
        headers: CALIBRATIONS_SHEET.columns.filter((c) => c.key !== "unit").map((c) => c.vi),
        widths: [12, 12, 22, 10, 40, 11, 18],
        rows: [
          [utc(2022, 1, 10), "Kiểm định", "Cột đo xăng dầu", 12, "Công ty Xăng dầu Bắc Sơn", "Đạt", "KĐ22-0001"],
          [utc(2022, 1, 11), "Kiểm định", "Huyết áp kế", 20, "Bệnh viện Đa khoa tỉnh Lạng Sơn", "Đạt", "KĐ22-0002"],
          [utc(2022, 2, 14), "Hiệu chuẩn", "Quả cân", 6, "Ban quản lý chợ Giếng Vuông", "Đạt", "HC22-0001"],
        ],
      },
      { name: "Sheet1", headers: ["Ghi chú"], rows: [["Số liệu tháng 6 chưa tổng hợp xong."]] },
    ],
  };
}
