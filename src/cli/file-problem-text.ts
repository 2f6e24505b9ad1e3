/** One clear line for a file that cannot be read as a workbook (exit code 2). */
import type { WorkbookFileProblem } from "../hosts/node";
import type { Lang } from "../core/issues";

export function fileProblemText(problem: WorkbookFileProblem, lang: Lang): string {
  const { path, reason, format } = problem.params;
  const f = `“${path}”`;
  if (lang === "en") {
    switch (problem.code) {
      case "file-missing": return `${f} does not exist. Check the file name and folder.`;
      case "file-unreadable": return reason === "directory" ? `${f} is a folder, not a workbook file.` : `${f} cannot be read (${reason === "permission" ? "no permission" : "read error"}).`;
      case "file-xls": return `${f} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).`;
      case "file-encrypted": return `${f} is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and try again.`;
      case "file-csv": return `${f} is a text (CSV) file, not a workbook. Open it in Excel and save it as .xlsx.`;
      case "file-not-workbook": return `${f} is not an Excel workbook${format ? ` (it looks like a .${format} file)` : ""}. Save the workbook as .xlsx.`;
      case "file-corrupt": return `${f} looks like a workbook but its contents are damaged. Open it in Excel, repair it and save it again.`;
    }
  }
  switch (problem.code) {
    case "file-missing": return `Không tìm thấy tệp ${f}. Hãy kiểm tra tên tệp và thư mục.`;
    case "file-unreadable": return reason === "directory" ? `${f} là một thư mục, không phải tệp Excel.` : `Không đọc được tệp ${f} (${reason === "permission" ? "không có quyền đọc" : "lỗi đọc đĩa"}).`;
    case "file-xls": return `${f} là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx).`;
    case "file-encrypted": return `${f} đang được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.`;
    case "file-csv": return `${f} là tệp văn bản (CSV), không phải sổ Excel. Hãy mở bằng Excel và lưu lại dạng .xlsx.`;
    case "file-not-workbook": return `${f} không phải tệp Excel${format ? ` (có vẻ là tệp .${format})` : ""}. Hãy lưu sổ làm việc dạng .xlsx.`;
    case "file-corrupt": return `${f} có dạng tệp Excel nhưng nội dung bị hỏng. Hãy mở bằng Excel, sửa và lưu lại.`;
  }
}
