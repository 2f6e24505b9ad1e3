/**
 * Small analyses for the narrative tests: typed records through `analyseData`
 * (reference-sized figures), and a helper to read a section's text with its
 * footnotes inline ("…thực hiện[^"A"; "B".].") so one string asserts both.
 */
import { analyseData, type Analysis } from "../../../src/core/analyse";
import type { Block, DocumentSection, FigureRun, ReportDocument, Run } from "../../../src/core/document";
import type { NarrativeRecord, ReportSettings, SheetData, TaskRecord, WorkbookData } from "../../../src/core/model";
import type { TaskField } from "../../../src/core/schema";
import { d, task } from "../fixtures/records";

export const REFERENCE_SETTINGS: ReportSettings = {
  parentAgency: "UBND TỈNH LẠNG SƠN",
  agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  agencyCode: "SKHCN",
  place: "Lạng Sơn",
  from: d("2021-01-01"),
  to: d("2021-06-30"),
  recipient: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
  basis:
    "Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021",
  signerTitle: "GIÁM ĐỐC",
  signer: "Nguyễn Thị Hà",
};

export function analysisOf(parts: Partial<Omit<WorkbookData, "settings">> = {}, settings: Partial<ReportSettings> = {}): Analysis {
  const data: WorkbookData = { settings: { sheet: "Thông tin", values: { ...REFERENCE_SETTINGS, ...settings }, cells: {} }, ...parts };
  return analyseData(data, [], ["Thông tin", "Nhiệm vụ", "Lô hàng", "Kiểm định", "Tài chính", "Nội dung"]);
}

/** `Nội dung` with `Mục` in column A and the text in column B, from row 2. */
export function narrativeSheet(rows: ReadonlyArray<readonly [string, string]>): SheetData<NarrativeRecord> {
  return {
    key: "narrative",
    sheet: "Nội dung",
    headerRow: 1,
    columns: { section: 0, text: 1 },
    records: rows.map(([section, text], i) => ({ row: i + 2, section, text })),
  };
}

/** Tasks by field, numbered from `firstRow`. */
export function tasksIn(field: TaskField, count: number, firstRow: number, fields: Partial<TaskRecord> = {}): TaskRecord[] {
  return Array.from({ length: count }, (_, i) => task(firstRow + i, { field, ...fields }));
}

/** The section at a path of printed numbers: ["II.", "6.", "6.1."]. */
export function sectionAt(doc: ReportDocument, path: ReadonlyArray<string>): DocumentSection {
  let list = doc.sections;
  let found: DocumentSection | undefined;
  for (const number of path) {
    found = list.find((s) => s.number === number);
    if (found === undefined) throw new Error(`no section ${path.join(" ")}`);
    list = found.sections;
  }
  if (found === undefined) throw new Error("empty path");
  return found;
}

/** Runs as text, a footnote written "[^its text]" where it stands. */
export function runsText(runs: ReadonlyArray<Run>): string {
  return runs.map((r) => (r.kind === "footnote" ? `[^${r.content.map((c) => c.text).join("")}]` : r.text)).join("");
}

/** Each paragraph of the blocks as text (tables as "a | b | c" rows). */
export function blocksText(blocks: ReadonlyArray<Block>): string[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? [runsText(b.runs)]
      : [...b.headerRows, ...b.bodyRows, ...(b.totalRow ? [b.totalRow] : [])].map((row) => row.map((c) => runsText(c.runs)).join(" | ")),
  );
}

/** Every figure run in the blocks, footnotes and table cells included. */
export function figureRuns(blocks: ReadonlyArray<Block>): FigureRun[] {
  const out: FigureRun[] = [];
  const visit = (runs: ReadonlyArray<Run>): void => {
    for (const r of runs) {
      if (r.kind === "figure") out.push(r);
      else if (r.kind === "footnote") visit(r.content);
    }
  };
  for (const b of blocks) {
    if (b.kind === "paragraph") visit(b.runs);
    else for (const row of [...b.headerRows, ...b.bodyRows]) for (const c of row) visit(c.runs);
  }
  return out;
}
