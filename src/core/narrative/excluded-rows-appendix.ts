/**
 * With `--force` a report is written despite errors; this appendix lists what
 * was left out, one row per error that names a row, so the report says so
 * itself. It states each fault and does not address the clerk: the advice
 * the checker gives ("Hãy sửa …") belongs on screen, not in an official report.
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
    title: "Các dòng số liệu có lỗi chưa được tính vào báo cáo",
    intro: "Các dòng dưới đây có lỗi nên số liệu của chúng chưa được tính vào các số liệu của báo cáo.",
    header: ["Trang", "Ô", "Lỗi"],
    row: "dòng",
  },
  en: {
    title: "Data rows with errors not counted in the report",
    intro: "The rows below have errors, so their figures are not counted in the report.",
    header: ["Sheet", "Cell", "Error"],
    row: "row",
  },
} as const;

/** The statement of the fault: the message's first sentence, without the advice that follows it. */
export function faultStatement(message: string): string {
  const end = /[.?!](?=\s+\p{Lu})/u.exec(message);
  return end === null ? message : message.slice(0, end.index + 1);
}

/** Error rows, by sheet name: what the body counts as left out. */
export function excludedRowsBySheet(issues: ReadonlyArray<Issue>): Map<string, number> {
  const rows = new Map<string, Set<number>>();
  for (const i of issues) {
    if (i.severity !== Severity.Error || i.row === undefined || i.sheet === undefined) continue;
    let set = rows.get(i.sheet);
    if (set === undefined) rows.set(i.sheet, (set = new Set()));
    set.add(i.row);
  }
  return new Map([...rows].map(([sheet, set]) => [sheet, set.size]));
}

/** Undefined when no error names a row. Issues are listed in the order given (the analysis sorts them). */
export function excludedRowsAppendix(issues: ReadonlyArray<Issue>, lang: "vi" | "en"): Appendix | undefined {
  const words = WORDS[lang];
  const body: string[][] = [];
  for (const i of issues) {
    if (i.severity !== Severity.Error || i.row === undefined) continue;
    body.push([i.sheet ?? "", i.cell ?? `${words.row} ${i.row}`, faultStatement(issueMessage(i, lang))]);
  }
  if (body.length === 0) return undefined;
  return {
    title: words.title,
    blocks: [paragraph(words.intro), table({ columns: COLUMNS, header: [words.header.map((h) => cell(bold(h)))], body })],
  };
}
