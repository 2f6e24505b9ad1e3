/** One clear line for an output that may not or cannot be written (exit code 2). */
import type { Lang } from "../core/issues";
import type { OutputFileProblem } from "../hosts/node/output-files";
import type { OutputClash } from "../hosts/node/output-paths";

export function outputClashText(clash: OutputClash, lang: Lang): string {
  const out = named(clash.output);
  if (clash.kind === "input") {
    return lang === "en"
      ? `${out} is the input file “${clash.input}”: nothing was written, to keep it intact. Choose another file name.`
      : `${out} trùng với tệp đầu vào “${clash.input}”: chưa ghi gì để giữ nguyên tệp đó. Hãy chọn tên tệp khác.`;
  }
  return lang === "en"
    ? `${out} is the same file as ${named(clash.other)}: nothing was written. Give each output its own file name.`
    : `${out} trùng với ${named(clash.other)}: chưa ghi gì. Hãy đặt cho mỗi tệp kết quả một tên riêng.`;
}

/** `-o “a.docx”`; the report's default name has no option. */
function named(output: OutputClash["output"]): string {
  return output.option ? `${output.option} “${output.path}”` : `“${output.path}”`;
}

export function outputFileProblemText(problem: OutputFileProblem, lang: Lang): string {
  const f = `“${problem.params.path}”`;
  const detail = problem.params.detail ?? "";
  if (lang === "en") {
    switch (problem.code) {
      case "output-permission": return `Cannot write ${f}: no permission to write in that folder or to that file.`;
      case "output-read-only": return `Cannot write ${f}: the disk is read-only. Choose a folder on another disk.`;
      case "output-not-a-folder": return `Cannot write ${f}: part of the path is a file, not a folder.`;
      case "output-is-a-folder": return `Cannot write ${f}: it is a folder. Give a file name.`;
      case "output-disk-full": return `Cannot write ${f}: the disk is full. Free some space and try again.`;
      case "output-no-folder": return `Cannot write ${f}: the folder does not exist.`;
      case "output-name-too-long": return `Cannot write ${f}: the name is too long.`;
      case "output-failed": return `Cannot write ${f} (${detail}).`;
    }
  }
  switch (problem.code) {
    case "output-permission": return `Không ghi được tệp ${f}: không có quyền ghi vào thư mục hoặc tệp này.`;
    case "output-read-only": return `Không ghi được tệp ${f}: ổ đĩa chỉ cho đọc. Hãy chọn thư mục ở ổ đĩa khác.`;
    case "output-not-a-folder": return `Không ghi được tệp ${f}: một phần của đường dẫn là tệp, không phải thư mục.`;
    case "output-is-a-folder": return `Không ghi được tệp ${f}: đây là một thư mục. Hãy nêu tên tệp.`;
    case "output-disk-full": return `Không ghi được tệp ${f}: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại.`;
    case "output-no-folder": return `Không ghi được tệp ${f}: thư mục không tồn tại.`;
    case "output-name-too-long": return `Không ghi được tệp ${f}: tên tệp quá dài.`;
    case "output-failed": return `Không ghi được tệp ${f} (${detail}).`;
  }
}
