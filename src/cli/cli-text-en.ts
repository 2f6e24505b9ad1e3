/** The command line's words in English. */
import type { CliText } from "./cli-text-shape";

/** Bytes as whole megabytes, written as en-US writes numbers. */
const mb = (bytes: number | undefined): string => Math.round((bytes ?? 0) / (1024 * 1024)).toLocaleString("en-US");

export const CLI_TEXT_EN: CliText = {
  usageError: (message) => `Usage error: ${message}`,
  unexpectedError: (message) => `Unexpected error: ${message}`,
  unknownCommand: (command) => `unknown command “${command}”`,
  unknownOption: (option) => `unknown option “${option}”`,
  optionNeedsValue: (option) => `option “${option}” needs a value`,
  langValue: (value) => `--lang takes vi or en, not “${value}”`,
  emptySectionsValue: (value) => `--empty-sections takes placeholder or omit, not “${value}”`,
  validateNeedsWorkbook: "validate needs a workbook file",
  noSummary: "No summary: the reporting period is missing or invalid (see the issues).",
  checked: (path) => `Checked: ${path}`,
  fixErrors: "Fix the errors above, then check again.",
  noErrors: "No errors: the workbook is ready for the report.",
  templateWritten: (path) => `Template written: ${path}`,
  notJson: "not valid JSON",
  outlineUnreadable: (path, why) => `Cannot read the outline “${path}” (${why}).`,
  outlineUnusable: (path) => `The outline “${path}” cannot be used:`,
  noPeriod: "No report written: the reporting period (Từ ngày, Đến ngày) is missing or invalid.",
  blockedByErrors: "No report written: fix the errors above, or add --force to leave those rows out (they are listed in an appendix).",
  rowsLeftOut: (count) => `${count} row error(s) left out; they are listed in the report's last appendix.`,
  warningsToSee: (count) => `${count} warning(s): run “validate” to see them.`,
  reportWritten: (path) => `Report written: ${path}`,
  updateNeedsFiles: "update needs the report (.docx) and the workbook",
  reportUnreadable: (path) => `Cannot read the report “${path}”. Check the file name and folder.`,
  notLivingReport: (path) =>
    `“${path}” was not written by lap-bao-cao (it has no record of its figures' sources), so it cannot be updated. Write it again with generate.`,
  reportTooLarge: (path) => `“${path}” is far larger than a report can be (a part would unpack to hundreds of MB), so it was not opened; check the file.`,
  figureChanged: (figure, from, to) => `${figure}: ${from} → ${to}`,
  figureTypedOver: (figure, typed, fresh) => `${figure}: typed over as “${typed}” (the workbook now gives ${fresh}); kept, please review.`,
  figureDeleted: (figure, fresh) => `${figure}: this figure was deleted from the document (now ${fresh}); not written back.`,
  figuresUnchanged: (changed, unchanged) => `${changed} ${changed === 1 ? "figure" : "figures"} updated; ${unchanged} unchanged.`,
  reportUpdated: (path) => `Report updated: ${path}`,
  dryRunNothingWritten: "Dry run (--dry-run): nothing written.",
  periodRefreshed: (was, now) =>
    `Note: the report was written for “${was}” but the workbook is now for “${now}”; the period's name and dates in the title, the headings and the computed paragraphs are updated, the paragraphs the clerk wrote are kept, please review them. For a new period, write a new report.`,
  figureTracked: (figure, fresh) => `${figure}: this figure holds a tracked change (the workbook now gives ${fresh}); kept, please review.`,
  figureAnnotated: (figure, fresh) =>
    `${figure}: a comment or bookmark is attached to this figure (the workbook now gives ${fresh}); kept so that it is not lost, please review.`,
  listChanged: (list, from, to) => (from === to ? `${list}: figures updated (${to})` : `${list}: ${from} → ${to}`),
  listEdited: (list, fresh, tracked) =>
    `${list}: ${tracked ? "holds a tracked change" : "edited in the document"} (the workbook now gives ${fresh}); kept, only its figures are updated, please review.`,
  listDeleted: (list, fresh) => `${list}: deleted from the document (the workbook now gives ${fresh}); not written back.`,
  fileProblem: {
    "file-missing": (f) => `${f} does not exist. Check the file name and folder.`,
    "file-unreadable": (f, p) =>
      p.reason === "directory"
        ? `${f} is a folder, not a workbook file.`
        : p.reason === "not-file"
          ? `${f} is not an ordinary file (a pipe or a device), so it is not read.`
          : `${f} cannot be read (${p.reason === "permission" ? "no permission" : "read error"}).`,
    "file-xls": (f) => `${f} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).`,
    "file-encrypted": (f) => `${f} is password-protected. Remove the password in Excel (File › Info › Protect Workbook) and try again.`,
    "file-csv": (f) => `${f} is a text (CSV) file, not a workbook. Open it in Excel and save it as .xlsx.`,
    "file-not-workbook": (f, p) => `${f} is not an Excel workbook${p.format ? ` (it looks like a .${p.format} file)` : ""}. Save the workbook as .xlsx.`,
    "file-corrupt": (f) => `${f} looks like a workbook but its contents are damaged. Open it in Excel, repair it and save it again.`,
    "file-too-large": (f, p) =>
      p.limit === "text"
        ? `${f} is not read: its part ${p.part} holds a text of more than ${p.max?.toLocaleString("en-US")} characters, more than an Excel cell can hold (the file may have been crafted).`
        : p.limit === "ratio"
          ? `${f} is not read: its part ${p.part} unpacks to more than ${p.max} times its packed size, which no real workbook does (the file may have been crafted).`
          : `${f} is not read: unpacked, ${p.limit === "workbook" ? "the workbook" : p.limit === "row" ? `one row of its part ${p.part}` : `its part ${p.part}`} would exceed ${mb(p.max)} MB, far beyond any report workbook. Open it in Excel, delete the surplus rows and save it again.`,
  },
  outputClashInput: (out, input) => `${out} is the input file “${input}”: nothing was written, to keep it intact. Choose another file name.`,
  outputClashOther: (out, other) => `${out} is the same file as ${other}: nothing was written. Give each output its own file name.`,
  outputProblem: {
    "output-permission": (f) => `Cannot write ${f}: no permission to write in that folder or to that file.`,
    "output-read-only": (f) => `Cannot write ${f}: the disk is read-only. Choose a folder on another disk.`,
    "output-not-a-folder": (f) => `Cannot write ${f}: part of the path is a file, not a folder.`,
    "output-is-a-folder": (f) => `Cannot write ${f}: it is a folder. Give a file name.`,
    "output-disk-full": (f) => `Cannot write ${f}: the disk is full. Free some space and try again.`,
    "output-no-folder": (f) => `Cannot write ${f}: the folder does not exist.`,
    "output-name-too-long": (f) => `Cannot write ${f}: the name is too long.`,
    "output-failed": (f, detail) => `Cannot write ${f} (${detail}).`,
  },
  severityLabel: { error: "ERROR", warning: "WARNING", info: "INFO" },
  wholeWorkbook: "Whole workbook",
  issueCounts: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} info`,
  usage: [
    "lap-bao-cao: checks a report workbook and writes the report",
    "",
    "  lap-bao-cao validate WORKBOOK.xlsx [--json] [--summary FILE.json] [--lang vi|en]",
    "      check every sheet; list the problems by cell (exit 0 no errors, 1 errors, 2 file unreadable)",
    "  lap-bao-cao generate [WORKBOOK.xlsx] [-o REPORT.docx] [--summary FILE.json] [--issues FILE.json] [--force] [--print] [--outline FILE.json]",
    "      write the report (.docx); without a workbook, the bundled sample; with errors nothing is written (exit 1) unless --force",
    "  lap-bao-cao update REPORT.docx WORKBOOK.xlsx [-o FILE.docx] [--dry-run] [--force]",
    "      refresh the figures of a written report (edited in Word or not) from the workbook, keeping the prose; without -o, REPORT.docx is rewritten",
    "  lap-bao-cao template [-o FILE.xlsx]",
    "      write a blank workbook with every sheet of the contract, drop-down lists and formats",
    "",
    "  --lang en    English messages (default: Vietnamese)",
    "  --empty-sections placeholder|omit    a section with no content: a highlighted line with a comment to finish in Word (default), or left out",
  ].join("\n"),
};
