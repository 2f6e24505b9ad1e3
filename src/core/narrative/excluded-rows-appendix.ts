/**
 * With `--force` a report is written despite errors; this appendix lists what
 * was left out, one row per error that names a row, so the report says so itself.
 */
import { bold, cell, paragraph, table, type Appendix, type TableColumn } from "../document";
import { Severity, issueMessage, type Issue } from "../issues";

const COLUMNS: ReadonlyArray<TableColumn> = [
  { align: "left", width: 2 },
  { align: "center", width: 1.2 },
  { align: "left", width: 8 },
];

const WORDS = {
  vi: {
    title: "Các dòng số liệu có lỗi không đưa vào báo cáo",
    intro: "Các dòng dưới đây có lỗi nên số liệu của chúng không được tính vào báo cáo.",
    header: ["Trang", "Ô", "Lỗi"],
    row: "dòng",
  },
  en: {
    title: "Data rows with errors left out of the report",
    intro: "The rows below have errors, so their figures are not counted in the report.",
    header: ["Sheet", "Cell", "Error"],
    row: "row",
  },
} as const;

/** Undefined when no error names a row. Issues are listed in the order given (the analysis sorts them). */
export function excludedRowsAppendix(issues: ReadonlyArray<Issue>, lang: "vi" | "en"): Appendix | undefined {
  const words = WORDS[lang];
  const body: string[][] = [];
  for (const i of issues) {
    if (i.severity !== Severity.Error || i.row === undefined) continue;
    body.push([i.sheet ?? "", i.cell ?? `${words.row} ${i.row}`, issueMessage(i, lang)]);
  }
  if (body.length === 0) return undefined;
  return {
    title: words.title,
    blocks: [paragraph(words.intro), table({ columns: COLUMNS, header: [words.header.map((h) => cell(bold(h)))], body })],
  };
}
