/** The command line's words in English. */
import type { CliText } from "./cli-text-shape";

export const CLI_TEXT_EN: CliText = {
  usageError: (message) => `Usage error: ${message}`,
  unexpectedError: (message) => `Unexpected error: ${message}`,
  unknownCommand: (command) => `unknown command “${command}”`,
  unknownOption: (option) => `unknown option “${option}”`,
  optionNeedsValue: (option) => `option “${option}” needs a value`,
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
};
