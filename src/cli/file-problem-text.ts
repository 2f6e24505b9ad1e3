/** One clear line for a file that cannot be read as a workbook (exit code 2). */
import type { WorkbookFileProblem } from "../hosts/node";
import type { Lang } from "../core/issues";

export function fileProblemText(problem: WorkbookFileProblem, lang: Lang): string {
  const { path, reason, format, part, max } = problem.params;
  const mb = (bytes: number | undefined) => Math.round((bytes ?? 0) / (1024 * 1024)).toLocaleString(lang === "en" ? "en-US" : "vi-VN");
  const f = `“${path}”`;
  if (lang === "en") {
    switch (problem.code) {
      case "file-missing": return `${f} does not exist. Check the file name and folder.`;
      case "file-unreadable": return reason === "directory" ? `${f} is a folder, not a workbook file.` : reason === "not-file" ? `${f} is not an ordinary file (a pipe or a device), so it is not read.` : `${f} cannot be read (${reason === "permission" ? "no permission" : "read error"}).`;
      case "file-xls": return `${f} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).`;
      case "file-encrypted": return `${f} is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and try again.`;
      case "file-csv": return `${f} is a text (CSV) file, not a workbook. Open it in Excel and save it as .xlsx.`;
      case "file-not-workbook": return `${f} is not an Excel workbook${format ? ` (it looks like a .${format} file)` : ""}. Save the workbook as .xlsx.`;
      case "file-corrupt": return `${f} looks like a workbook but its contents are damaged. Open it in Excel, repair it and save it again.`;
      case "file-too-large": return problem.params.limit === "text"
        ? `${f} is not read: its part ${part} holds a text of more than ${max?.toLocaleString("en-US")} characters, more than an Excel cell can hold (the file may have been crafted).`
        : problem.params.limit === "ratio"
        ? `${f} is not read: its part ${part} unpacks to more than ${max} times its packed size, which no real workbook does (the file may have been crafted).`
        : `${f} is not read: unpacked, ${problem.params.limit === "workbook" ? "the workbook" : problem.params.limit === "row" ? `one row of its part ${part}` : `its part ${part}`} would exceed ${mb(max)} MB, far beyond any report workbook. Open it in Excel, delete the surplus rows and save it again.`;
    }
  }
  switch (problem.code) {
    case "file-missing": return `Không tìm thấy tệp ${f}. Hãy kiểm tra tên tệp và thư mục.`;
    case "file-unreadable": return reason === "directory" ? `${f} là một thư mục, không phải tệp Excel.` : reason === "not-file" ? `${f} không phải tệp thông thường (là ống dẫn hoặc thiết bị) nên không đọc.` : `Không đọc được tệp ${f} (${reason === "permission" ? "không có quyền đọc" : "lỗi đọc đĩa"}).`;
    case "file-xls": return `${f} là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx).`;
    case "file-encrypted": return `${f} đang được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.`;
    case "file-csv": return `${f} là tệp văn bản (CSV), không phải sổ Excel. Hãy mở bằng Excel và lưu lại dạng .xlsx.`;
    case "file-not-workbook": return `${f} không phải tệp Excel${format ? ` (có vẻ là tệp .${format})` : ""}. Hãy lưu sổ làm việc dạng .xlsx.`;
    case "file-corrupt": return `${f} có dạng tệp Excel nhưng nội dung bị hỏng. Hãy mở bằng Excel, sửa và lưu lại.`;
    case "file-too-large": return problem.params.limit === "text"
      ? `Không đọc ${f}: phần ${part} có một đoạn văn bản dài hơn ${max?.toLocaleString("vi-VN")} ký tự, quá giới hạn một ô Excel (tệp có thể đã bị làm hỏng có chủ ý).`
      : problem.params.limit === "ratio"
      ? `Không đọc ${f}: phần ${part} khi giải nén lớn gấp hơn ${max} lần khi nén, điều mà sổ Excel thật không có (tệp có thể đã bị làm hỏng có chủ ý).`
      : `Không đọc ${f}: khi giải nén, ${problem.params.limit === "workbook" ? "cả sổ" : problem.params.limit === "row" ? `một dòng của phần ${part}` : `phần ${part}`} sẽ vượt quá ${mb(max)} MB, lớn hơn nhiều so với mọi sổ báo cáo. Hãy mở bằng Excel, xoá các dòng thừa rồi lưu lại.`;
  }
}
