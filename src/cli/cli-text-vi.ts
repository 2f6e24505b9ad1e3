/** The command line's words in Vietnamese. */
import type { CliText } from "./cli-text-shape";

/** Bytes as whole megabytes, written as vi-VN writes numbers. */
const mb = (bytes: number | undefined): string => Math.round((bytes ?? 0) / (1024 * 1024)).toLocaleString("vi-VN");

export const CLI_TEXT_VI: CliText = {
  usageError: (message) => `Sai cú pháp: ${message}`,
  unexpectedError: (message) => `Lỗi không mong đợi: ${message}`,
  unknownCommand: (command) => `không có lệnh “${command}”`,
  unknownOption: (option) => `không có tùy chọn “${option}”`,
  optionNeedsValue: (option) => `tùy chọn “${option}” cần có giá trị đi kèm`,
  langValue: (value) => `--lang chỉ nhận vi hoặc en, không nhận “${value}”`,
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
  updateNeedsFiles: "lệnh update cần tên tệp báo cáo (.docx) và tên tệp Excel",
  reportUnreadable: (path) => `Không đọc được tệp báo cáo “${path}”. Hãy kiểm tra tên tệp và thư mục.`,
  notLivingReport: (path) =>
    `“${path}” không phải báo cáo do lap-bao-cao lập (không có phần ghi nguồn số liệu), nên không cập nhật được. Hãy lập lại bằng lệnh generate.`,
  reportTooLarge: (path) => `“${path}” lớn bất thường so với một báo cáo (có phần nội dung giải nén ra hàng trăm MB), nên không mở; hãy kiểm tra lại tệp.`,
  figureChanged: (figure, from, to) => `${figure}: ${from} → ${to}`,
  figureTypedOver: (figure, typed, fresh) => `${figure}: đã được sửa tay thành “${typed}” (số liệu nay là ${fresh}); giữ nguyên, hãy xem lại.`,
  figureDeleted: (figure, fresh) => `${figure}: số liệu này đã bị xoá khỏi văn bản (nay là ${fresh}); không ghi lại.`,
  figuresUnchanged: (changed, unchanged) => `Đã cập nhật ${changed} số liệu; ${unchanged} số liệu không đổi.`,
  reportUpdated: (path) => `Đã cập nhật báo cáo: ${path}`,
  dryRunNothingWritten: "Chạy thử (--dry-run): chưa ghi gì.",
  periodRefreshed: (was, now) =>
    `Lưu ý: báo cáo lập cho kỳ “${was}” nhưng sổ nay là kỳ “${now}”; tên kỳ và ngày tháng ở tiêu đề, các mục và các đoạn do máy lập được cập nhật, còn các đoạn do người soạn tự viết giữ nguyên, hãy xem lại. Nếu đổi kỳ, nên lập báo cáo mới.`,
  figureTracked: (figure, fresh) => `${figure}: có sửa đổi đang theo dõi (Track Changes) trong số liệu này (số liệu nay là ${fresh}); giữ nguyên, hãy xem lại.`,
  figureAnnotated: (figure, fresh) =>
    `${figure}: có ghi chú (comment) hoặc dấu trang (bookmark) gắn vào số liệu này (số liệu nay là ${fresh}); giữ nguyên để khỏi mất ghi chú, hãy xem lại.`,
  listChanged: (list, from, to) => (from === to ? `${list}: cập nhật số liệu (${to})` : `${list}: ${from} → ${to}`),
  listEdited: (list, fresh, tracked) =>
    `${list}: ${tracked ? "có sửa đổi đang theo dõi (Track Changes) bên trong" : "đã được sửa trong văn bản"} (sổ nay cho ${fresh}); giữ nguyên, chỉ cập nhật các số liệu trong đó, hãy xem lại.`,
  listDeleted: (list, fresh) => `${list}: đã bị xoá khỏi văn bản (sổ nay cho ${fresh}); không ghi lại.`,
  fileProblem: {
    "file-missing": (f) => `Không tìm thấy tệp ${f}. Hãy kiểm tra tên tệp và thư mục.`,
    "file-unreadable": (f, p) =>
      p.reason === "directory"
        ? `${f} là một thư mục, không phải tệp Excel.`
        : p.reason === "not-file"
          ? `${f} không phải tệp thông thường (là ống dẫn hoặc thiết bị) nên không đọc.`
          : `Không đọc được tệp ${f} (${p.reason === "permission" ? "không có quyền đọc" : "lỗi đọc đĩa"}).`,
    "file-xls": (f) => `${f} là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx).`,
    "file-encrypted": (f) => `${f} đang được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.`,
    "file-csv": (f) => `${f} là tệp văn bản (CSV), không phải sổ Excel. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    "file-not-workbook": (f, p) => `${f} không phải tệp Excel${p.format ? ` (có vẻ là tệp .${p.format})` : ""}. Hãy lưu sổ làm việc dạng .xlsx.`,
    "file-corrupt": (f) => `${f} có dạng tệp Excel nhưng nội dung bị hỏng. Hãy mở bằng Excel, sửa và lưu lại.`,
    "file-too-large": (f, p) =>
      p.limit === "text"
        ? `Không đọc ${f}: phần ${p.part} có một đoạn văn bản dài hơn ${p.max?.toLocaleString("vi-VN")} ký tự, quá giới hạn một ô Excel (tệp có thể đã bị làm hỏng có chủ ý).`
        : p.limit === "ratio"
          ? `Không đọc ${f}: phần ${p.part} khi giải nén lớn gấp hơn ${p.max} lần khi nén, điều mà sổ Excel thật không có (tệp có thể đã bị làm hỏng có chủ ý).`
          : `Không đọc ${f}: khi giải nén, ${p.limit === "workbook" ? "cả sổ" : p.limit === "row" ? `một dòng của phần ${p.part}` : `phần ${p.part}`} sẽ vượt quá ${mb(p.max)} MB, lớn hơn nhiều so với mọi sổ báo cáo. Hãy mở bằng Excel, xoá các dòng thừa rồi lưu lại.`,
  },
  outputClashInput: (out, input) => `${out} trùng với tệp đầu vào “${input}”: chưa ghi gì để giữ nguyên tệp đó. Hãy chọn tên tệp khác.`,
  outputClashOther: (out, other) => `${out} trùng với ${other}: chưa ghi gì. Hãy đặt cho mỗi tệp kết quả một tên riêng.`,
  outputProblem: {
    "output-permission": (f) => `Không ghi được tệp ${f}: không có quyền ghi vào thư mục hoặc tệp này.`,
    "output-read-only": (f) => `Không ghi được tệp ${f}: ổ đĩa chỉ cho đọc. Hãy chọn thư mục ở ổ đĩa khác.`,
    "output-not-a-folder": (f) => `Không ghi được tệp ${f}: một phần của đường dẫn là tệp, không phải thư mục.`,
    "output-is-a-folder": (f) => `Không ghi được tệp ${f}: đây là một thư mục. Hãy nêu tên tệp.`,
    "output-disk-full": (f) => `Không ghi được tệp ${f}: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại.`,
    "output-no-folder": (f) => `Không ghi được tệp ${f}: thư mục không tồn tại.`,
    "output-name-too-long": (f) => `Không ghi được tệp ${f}: tên tệp quá dài.`,
    "output-failed": (f, detail) => `Không ghi được tệp ${f} (${detail}).`,
  },
  severityLabel: { error: "LỖI", warning: "CẢNH BÁO", info: "THÔNG TIN" },
  wholeWorkbook: "Cả tệp",
  issueCounts: (e, w, i) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  usage: [
    "lap-bao-cao: kiểm tra sổ số liệu và lập báo cáo",
    "",
    "  lap-bao-cao validate SO-LIEU.xlsx [--json] [--summary TEP.json] [--lang vi|en]",
    "      kiểm tra từng trang, liệt kê lỗi theo ô (mã thoát 0: không lỗi, 1: có lỗi, 2: không đọc được tệp)",
    "  lap-bao-cao generate [SO-LIEU.xlsx] [-o BAO-CAO.docx] [--summary TEP.json] [--issues TEP.json] [--force] [--print] [--outline TEP.json]",
    "      lập báo cáo (.docx); không nêu tệp thì dùng sổ mẫu kèm theo; sổ còn lỗi thì không lập (mã 1) trừ khi có --force",
    "  lap-bao-cao update BAO-CAO.docx SO-LIEU.xlsx [-o TEP.docx] [--dry-run] [--force]",
    "      cập nhật số liệu trong báo cáo đã lập (kể cả đã sửa trong Word) theo sổ mới; giữ nguyên lời văn; không có -o thì ghi đè BAO-CAO.docx",
    "  lap-bao-cao template [-o TEP.xlsx]",
    "      tạo sổ mẫu trắng gồm đủ các trang theo mẫu, có danh sách chọn và định dạng sẵn",
    "",
    "  --lang en    thông báo bằng tiếng Anh (mặc định: tiếng Việt)",
    "  --empty-sections placeholder|omit    mục chưa có nội dung: in dòng đánh dấu kèm ghi chú để viết tiếp trong Word (mặc định), hoặc bỏ mục đó",
  ].join("\n"),
};
