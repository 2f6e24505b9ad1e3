/** The command line's words in Vietnamese. */
import type { CliText } from "./cli-text-shape";

export const CLI_TEXT_VI: CliText = {
  usageError: (message) => `Sai cú pháp: ${message}`,
  unexpectedError: (message) => `Lỗi không mong đợi: ${message}`,
  unknownCommand: (command) => `không có lệnh “${command}”`,
  unknownOption: (option) => `không có tùy chọn “${option}”`,
  optionNeedsValue: (option) => `tùy chọn “${option}” cần có giá trị đi kèm`,
  emptySectionsValue: (value) => `--empty-sections chỉ nhận placeholder hoặc omit, không nhận “${value}”`,
  validateNeedsWorkbook: "lệnh validate cần tên tệp Excel",
  noSummary: "Không lập được số liệu tổng hợp: thiếu hoặc sai kỳ báo cáo (xem danh sách lỗi).",
  checked: (path) => `Đã kiểm tra: ${path}`,
  fixErrors: "Hãy sửa các lỗi trên rồi kiểm tra lại.",
  noErrors: "Không có lỗi: có thể lập báo cáo.",
  templateWritten: (path) => `Đã tạo sổ mẫu: ${path}`,
  notJson: "không phải JSON hợp lệ",
  outlineUnreadable: (path, why) => `Không đọc được đề cương “${path}” (${why}).`,
  outlineUnusable: (path) => `Đề cương “${path}” chưa dùng được:`,
  noPeriod: "Chưa lập được báo cáo: thiếu hoặc sai kỳ báo cáo (Từ ngày, Đến ngày) ở trang Thông tin.",
  blockedByErrors: "Chưa lập báo cáo vì sổ còn lỗi: hãy sửa các ô trên, hoặc thêm --force để bỏ qua các dòng lỗi (được liệt kê ở phụ lục).",
  rowsLeftOut: (count) => `Đã bỏ qua ${count} lỗi; các dòng này được liệt kê ở phụ lục cuối báo cáo.`,
  warningsToSee: (count) => `Có ${count} cảnh báo: chạy lệnh “validate” để xem.`,
  reportWritten: (path) => `Đã lập báo cáo: ${path}`,
};
