/** The help text, in the user's language. */
import type { Lang } from "../core/issues";

export function usageText(lang: Lang): string {
  if (lang === "en") {
    return [
      "lap-bao-cao: checks a report workbook and writes the report",
      "",
      "  lap-bao-cao validate WORKBOOK.xlsx [--json] [--summary FILE.json] [--lang vi|en]",
      "      check every sheet; list the problems by cell (exit 0 no errors, 1 errors, 2 file unreadable)",
      "  lap-bao-cao generate [WORKBOOK.xlsx] [-o REPORT.docx] [--summary FILE.json] [--issues FILE.json] [--force] [--print] [--outline FILE.json]",
      "      write the report (.docx); without a workbook, the bundled sample; with errors nothing is written (exit 1) unless --force",
      "  lap-bao-cao template [-o FILE.xlsx]",
      "      write a blank workbook with the six sheets, drop-down lists and formats",
      "",
      "  --lang en    English messages (default: Vietnamese)",
      "  --empty-sections placeholder|omit    a section with no content: a highlighted line with a comment to finish in Word (default), or left out",
    ].join("\n");
  }
  return [
    "lap-bao-cao: kiểm tra sổ số liệu và lập báo cáo",
    "",
    "  lap-bao-cao validate SO-LIEU.xlsx [--json] [--summary TEP.json] [--lang vi|en]",
    "      kiểm tra từng trang, liệt kê lỗi theo ô (mã thoát 0: không lỗi, 1: có lỗi, 2: không đọc được tệp)",
    "  lap-bao-cao generate [SO-LIEU.xlsx] [-o BAO-CAO.docx] [--summary TEP.json] [--issues TEP.json] [--force] [--print] [--outline TEP.json]",
    "      lập báo cáo (.docx); không nêu tệp thì dùng sổ mẫu kèm theo; sổ còn lỗi thì không lập (mã 1) trừ khi có --force",
    "  lap-bao-cao template [-o TEP.xlsx]",
    "      tạo sổ mẫu trắng gồm sáu trang, có danh sách chọn và định dạng sẵn",
    "",
    "  --lang en    thông báo bằng tiếng Anh (mặc định: tiếng Việt)",
    "  --empty-sections placeholder|omit    mục chưa có nội dung: in dòng đánh dấu kèm ghi chú để viết tiếp trong Word (mặc định), hoặc bỏ mục đó",
  ].join("\n");
}
