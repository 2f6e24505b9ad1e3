/** The help text, in the user's language. */
import type { Lang } from "../core/issues";

export function usageText(lang: Lang): string {
  if (lang === "en") {
    return [
      "lap-bao-cao: checks a report workbook and writes the report",
      "",
      "  lap-bao-cao validate WORKBOOK.xlsx [--json] [--summary FILE.json] [--lang vi|en]",
      "      check every sheet; list the problems by cell (exit 0 no errors, 1 errors, 2 file unreadable)",
      "  lap-bao-cao template [-o FILE.xlsx]",
      "      write a blank workbook with the six sheets, drop-down lists and formats",
      "",
      "  --lang en    English messages (default: Vietnamese)",
    ].join("\n");
  }
  return [
    "lap-bao-cao: kiểm tra sổ số liệu và lập báo cáo",
    "",
    "  lap-bao-cao validate SO-LIEU.xlsx [--json] [--summary TEP.json] [--lang vi|en]",
    "      kiểm tra từng trang, liệt kê lỗi theo ô (mã thoát 0: không lỗi, 1: có lỗi, 2: không đọc được tệp)",
    "  lap-bao-cao template [-o TEP.xlsx]",
    "      tạo sổ mẫu trắng gồm sáu trang, có danh sách chọn và định dạng sẵn",
    "",
    "  --lang en    thông báo bằng tiếng Anh (mặc định: tiếng Việt)",
  ].join("\n");
}
