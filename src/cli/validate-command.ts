/** `lap-bao-cao validate WORKBOOK [--json] [--summary FILE.json] [--lang vi|en]` */
import { issueToJson, Severity } from "../core/issues";
import { allIssues } from "../core/report";
import { summaryToJson } from "../core/summarise";
import { issuesText } from "./issues-text";
import { fileProblemText } from "./file-problem-text";
import { loadWorkbook } from "./load-workbook";
import { outputsClashLine, writeOutputLine } from "./outputs";
import { UsageError, type CliArgs } from "./args";
import type { CliIo } from "./cli-io";

export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [path] = args.positionals;
  if (!path) throw new UsageError(args.lang === "en" ? "validate needs a workbook file" : "lệnh validate cần tên tệp Excel");
  const clash = await outputsClashLine([path], [{ option: "--summary", path: args.summary }], args.lang);
  if (clash) {
    io.err(clash);
    return 2;
  }
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) {
    io.err(fileProblemText(loaded.problem, args.lang));
    return 2;
  }
  const { analysis } = loaded;
  const issues = allIssues(analysis);
  if (args.summary) {
    if (!analysis.summary) {
      io.err(args.lang === "en" ? "No summary: the reporting period is missing or invalid (see the issues)." : "Không lập được số liệu tổng hợp: thiếu hoặc sai kỳ báo cáo (xem danh sách lỗi).");
    } else {
      const failed = await writeOutputLine(args.summary, JSON.stringify(summaryToJson(analysis.summary), null, 2) + "\n", args.lang);
      if (failed) {
        io.err(failed);
        return 2;
      }
    }
  }
  if (args.json) {
    io.out(JSON.stringify(issues.map((i) => issueToJson(i, args.lang)), null, 2));
  } else {
    io.out((args.lang === "en" ? "Checked: " : "Đã kiểm tra: ") + path);
    io.out("");
    io.out(issuesText(issues, args.lang));
    const errors = issues.some((i) => i.severity === Severity.Error);
    io.out(
      errors
        ? args.lang === "en" ? "Fix the errors above, then check again." : "Hãy sửa các lỗi trên rồi kiểm tra lại."
        : args.lang === "en" ? "No errors: the workbook is ready for the report." : "Không có lỗi: có thể lập báo cáo.",
    );
  }
  return analysis.hasErrors ? 1 : 0;
}
