/**
 * What the product must say about each planted mistake (and each clerk's
 * habit it must accept quietly) in the mistakes samples, cell by cell. The
 * table in examples/README.md is `outcomesTable()`, pasted; a test keeps the
 * two, and the workbooks, in step.
 */
import { IssueCode, Severity } from "../../src/core/issues/issue";
import { MISSING_COLUMN_FILE } from "./missing-column-workbook";
import { MISTAKES_FILE } from "./mistakes-workbook";
import type { SampleValue } from "./sample-sheet";

export interface PlannedOutcome {
  readonly file: string;
  readonly sheet: string;
  /** The cell the outcome is about; absent for whole-sheet outcomes. */
  readonly cell?: string;
  /** What the cell holds in the workbook (a test reads it back). */
  readonly holds?: SampleValue;
  /** How the README shows what was typed. */
  readonly typed: string;
  /** The issue expected; absent when the value must be accepted as is. */
  readonly code?: IssueCode;
  readonly severity?: Severity;
  /** Accepted values: what they must read as. Issues: the point of the mistake. */
  readonly note: string;
}

const E = Severity.Error;
const W = Severity.Warning;
const I = Severity.Info;
const F = MISTAKES_FILE;

export const PLANNED_OUTCOMES: ReadonlyArray<PlannedOutcome> = [
  // Thông tin
  { file: F, sheet: "Thông tin", cell: "A2", holds: "Parent agency", typed: "Parent agency", note: "English key: read as Cơ quan chủ quản" },
  { file: F, sheet: "Thông tin", cell: "A3", holds: "Agency", typed: "Agency", note: "English key: read as Cơ quan ban hành" },
  { file: F, sheet: "Thông tin", cell: "B8", holds: "01/01/2022", typed: "01/01/2022 (text)", note: "text date: read as 01/01/2022" },
  { file: F, sheet: "Thông tin", cell: "A9", holds: "Period to", typed: "Period to", note: "English key: read as Đến ngày (30/06/2022)" },
  { file: F, sheet: "Thông tin", cell: "A13", holds: "Signer title", typed: "Signer title", note: "English key: read as Chức vụ người ký" },
  {
    file: F,
    sheet: "Thông tin",
    cell: "A16",
    holds: "Người lập biểu",
    typed: "Người lập biểu",
    code: IssueCode.SettingUnknown,
    severity: I,
    note: "a key the contract does not know",
  },
  // Nhiệm vụ
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "G1",
    holds: "Ngày bắt đầu\n(dd/mm/yyyy)",
    typed: "Ngày bắt đầu⏎(dd/mm/yyyy)",
    note: "header with a line break and a bracket: Ngày bắt đầu",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "I1",
    holds: "Kinh phí\n(triệu đồng)",
    typed: "Kinh phí⏎(triệu đồng)",
    note: "line break instead of a space: Kinh phí (triệu đồng)",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "M1",
    holds: "Ghi chú nội bộ",
    typed: "Ghi chú nội bộ",
    code: IssueCode.ColumnUnknown,
    severity: I,
    note: "extra column, kept out of the report, noted once",
  },
  { file: F, sheet: "Nhiệm vụ", cell: "G3", holds: "15/03/2022", typed: "15/03/2022 (text)", note: "text date: read as 15/03/2022" },
  { file: F, sheet: "Nhiệm vụ", cell: "I3", holds: " 1.250,5 ", typed: "␠1.250,5␠ (text)", note: "text number with spaces: read as 1250.5" },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "K4",
    holds: null,
    typed: "(empty)",
    code: IssueCode.StatusNeedsDate,
    severity: E,
    note: "J4 says Đã nghiệm thu but no acceptance date",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "H5",
    holds: new Date(Date.UTC(2022, 0, 31)),
    typed: "31/01/2022",
    code: IssueCode.EndBeforeStart,
    severity: E,
    note: "ends before it starts (G5 = 01/04/2022)",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "H6",
    holds: "31/04/2022",
    typed: "31/04/2022 (text)",
    code: IssueCode.DateImpossible,
    severity: E,
    note: "April has 30 days",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "G7",
    holds: "2022-13-01",
    typed: "2022-13-01 (text)",
    code: IssueCode.DateImpossible,
    severity: E,
    note: "month 13: never read month-first as 13/01",
  },
  { file: F, sheet: "Nhiệm vụ", cell: "I8", holds: { error: "#N/A" }, typed: "#N/A", code: IssueCode.ExcelError, severity: E, note: "Excel error value" },
  { file: F, sheet: "Nhiệm vụ", cell: "C9", holds: "tinh", typed: "tinh", note: "no diacritics, lower case: read as Tỉnh" },
  { file: F, sheet: "Nhiệm vụ", cell: "D9", holds: "xa hoi - nhan van", typed: "xa hoi - nhan van", note: "no diacritics: read as Xã hội - nhân văn" },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "B10",
    holds: "Nghiên cứu ứng dụng kỹ thuật can thiệp nội mạch\u0007 điều trị nhồi máu não cấp tại Bệnh viện Đa khoa tỉnh Lạng Sơn",
    typed: "…nội mạch␇ điều trị… (U+0007)",
    code: IssueCode.ControlCharsRemoved,
    severity: I,
    note: "control character removed from the title",
  },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "J11",
    holds: "Đang thực hiên",
    typed: "Đang thực hiên",
    note: "tone mark differs: read as Đang thực hiện (the contract also compares with diacritics removed)",
  },
  { file: F, sheet: "Nhiệm vụ", cell: "G12", holds: "quý I/2022", typed: "quý I/2022", code: IssueCode.DateInvalid, severity: E, note: "not a date" },
  {
    file: F,
    sheet: "Nhiệm vụ",
    cell: "K13",
    holds: new Date(Date.UTC(2022, 5, 15)),
    typed: "15/06/2022",
    code: IssueCode.DateWithoutStatus,
    severity: W,
    note: "acceptance date while J13 says Đang thực hiện",
  },
  // Lô hàng
  {
    file: F,
    sheet: "Lô hàng",
    cell: "A1",
    holds: "DANH SÁCH LÔ HÀNG NHẬP KHẨU ĐĂNG KÝ KIỂM TRA CHẤT LƯỢNG 6 THÁNG ĐẦU NĂM 2022",
    typed: "DANH SÁCH LÔ HÀNG … (title)",
    note: "title and note rows above the header (row 3) are skipped",
  },
  { file: F, sheet: "Lô hàng", cell: "E3", holds: "Importer", typed: "Importer", note: "English header, columns in another order: Tổ chức nhập khẩu" },
  { file: F, sheet: "Lô hàng", cell: "C5", holds: "Do choi tre em", typed: "Do choi tre em", note: "no diacritics: read as Đồ chơi trẻ em" },
  { file: F, sheet: "Lô hàng", cell: "I5", holds: "Dat", typed: "Dat", note: "no diacritics: read as Đạt" },
  { file: F, sheet: "Lô hàng", cell: "A6", holds: "10/01/2022", typed: "10/01/2022 (text)", note: "text date: read as 10/01/2022" },
  { file: F, sheet: "Lô hàng", cell: "F6", holds: "3.339", typed: "3.339 (text)", note: "thousands separator: read as 3339" },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "C7",
    holds: "Đồ chơi trẽ em",
    typed: "Đồ chơi trẽ em",
    note: "tone mark differs: read as Đồ chơi trẻ em (the contract also compares with diacritics removed)",
  },
  { file: F, sheet: "Lô hàng", cell: "F8", holds: 0, typed: "0", code: IssueCode.NumberNotPositive, severity: E, note: "a lot of zero tonnes" },
  { file: F, sheet: "Lô hàng", cell: "C9", holds: "Thep", typed: "Thep", note: "no diacritics: read as Thép" },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "I9",
    holds: "Đạt yêu cầu",
    typed: "Đạt yêu cầu",
    code: IssueCode.CategoryUnknown,
    severity: E,
    note: "not a listed result; nearest: Đạt",
  },
  { file: F, sheet: "Lô hàng", cell: "A10", holds: null, typed: "(rows 10–11 blank)", note: "blank rows skipped; the table goes on at row 12" },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "A12",
    holds: "31/02/2022",
    typed: "31/02/2022 (text)",
    code: IssueCode.DateImpossible,
    severity: E,
    note: "February has no 31st",
  },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "B13",
    holds: "2022/0005-LS",
    typed: "2022/0005-LS",
    code: IssueCode.DuplicateValue,
    severity: E,
    note: "same Số đăng ký as B8",
  },
  { file: F, sheet: "Lô hàng", cell: "F13", holds: "\u00a0120", typed: "⍽120 (text, non-breaking space)", note: "read as 120" },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "C14",
    holds: "Thép hộp",
    typed: "Thép hộp",
    code: IssueCode.CategoryUnknown,
    severity: E,
    note: "goods typed as the group; nearest: Thép",
  },
  {
    file: F,
    sheet: "Lô hàng",
    cell: "D15",
    holds: { error: "#REF!" },
    typed: "#REF!",
    code: IssueCode.ExcelError,
    severity: E,
    note: "Excel error value in an optional column",
  },
  { file: F, sheet: "Lô hàng", cell: "E16", holds: null, typed: "(empty)", code: IssueCode.ValueMissing, severity: E, note: "importer is required" },
  { file: F, sheet: "Lô hàng", cell: "A18", holds: new Date(Date.UTC(2022, 6, 5)), typed: "05/07/2022", note: "valid, outside the period: not counted" },
  // Kiểm định
  {
    file: F,
    sheet: "Kiểm định",
    cell: "D1",
    holds: "Số lượng\n(cái, quả, cột)",
    typed: "Số lượng⏎(cái, quả, cột)",
    note: "header with units in brackets: Số lượng",
  },
  { file: F, sheet: "Kiểm định", cell: "B3", holds: "Kiem dinh", typed: "Kiem dinh", note: "no diacritics: read as Kiểm định" },
  { file: F, sheet: "Kiểm định", cell: "D4", holds: -5, typed: "-5", code: IssueCode.NumberNotPositive, severity: E, note: "negative quantity" },
  { file: F, sheet: "Kiểm định", cell: "D5", holds: 2.5, typed: "2,5", code: IssueCode.NumberNotInteger, severity: E, note: "instruments are counted whole" },
  {
    file: F,
    sheet: "Kiểm định",
    cell: "D6",
    holds: { formula: 'VLOOKUP("ĐHN-07",J2:K3,2,FALSE)', result: { error: "#N/A" } },
    typed: "=VLOOKUP(…) → #N/A",
    code: IssueCode.ExcelError,
    severity: E,
    note: "a formula whose cached result is an error",
  },
  { file: F, sheet: "Kiểm định", cell: "D7", holds: { formula: "4+2", result: 6 }, typed: "=4+2", note: "formula read by its value: 6" },
  {
    file: F,
    sheet: "Kiểm định",
    cell: "B8",
    holds: "Kiểm đinh",
    typed: "Kiểm đinh",
    note: "tone mark differs: read as Kiểm định (the contract also compares with diacritics removed)",
  },
  { file: F, sheet: "Kiểm định", cell: "G9", holds: "Khong dat", typed: "Khong dat", note: "no diacritics: read as Không đạt" },
  // Tài chính
  { file: F, sheet: "Tài chính", cell: "A2", holds: 1, typed: "1 (number)", note: "outline code typed as a number: read as 1" },
  {
    file: F,
    sheet: "Tài chính",
    cell: "E2",
    holds: 1_001_000_000,
    typed: "1001000000",
    code: IssueCode.FinanceSumMismatch,
    severity: E,
    note: "children E3+E4 = 1.000.000.000: 1.000.000 đồng off",
  },
  { file: F, sheet: "Tài chính", cell: "D4", holds: "1.800.000.000", typed: "1.800.000.000 (text)", note: "money as text: read as 1800000000" },
  // Hoạt động
  { file: F, sheet: "Hoạt động", cell: "H1", holds: "Số tiền\n(đồng)", typed: "Số tiền⏎(đồng)", note: "header with a line break: Số tiền (đồng)" },
  { file: F, sheet: "Hoạt động", cell: "D2", holds: null, typed: "(empty)", note: "blank quantity: the row counts 1" },
  { file: F, sheet: "Hoạt động", cell: "B3", holds: "kiem tra", typed: "kiem tra", note: "no diacritics, lower case: read as the kind Kiểm tra" },
  {
    file: F,
    sheet: "Hoạt động",
    cell: "F3",
    holds: "kiểm tra tết Nhâm Dần 2022",
    typed: "kiểm tra tết Nhâm Dần 2022",
    note: "same batch as F2, case aside: one campaign",
  },
  {
    file: F,
    sheet: "Hoạt động",
    cell: "H4",
    holds: 750_000,
    typed: "750000",
    code: IssueCode.ActivityAmountWithoutViolation,
    severity: E,
    note: "a fine on a row whose result is Không vi phạm",
  },
  {
    file: F,
    sheet: "Hoạt động",
    cell: "B5",
    holds: "Kiểm tra đột xuất",
    typed: "Kiểm tra đột xuất",
    code: IssueCode.CategoryUnknown,
    severity: E,
    note: "not a kind of the catalogue; nearest: Kiểm tra",
  },
  { file: F, sheet: "Hoạt động", cell: "D6", holds: 0, typed: "0", code: IssueCode.NumberNotPositive, severity: E, note: "a survey of zero samples" },
  {
    file: F,
    sheet: "Hoạt động",
    cell: "E7",
    holds: "khoảng 60",
    typed: "khoảng 60",
    code: IssueCode.NumberInvalid,
    severity: E,
    note: "participants as words: type the number",
  },
  { file: F, sheet: "Hoạt động", cell: "A8", holds: "15/04/2022", typed: "15/04/2022 (text)", note: "text date: read as 15/04/2022" },
  { file: F, sheet: "Hoạt động", cell: "D8", holds: "1.250", typed: "1.250 (text)", note: "thousands separator: read as 1250 scale codes" },
  { file: F, sheet: "Hoạt động", cell: "G9", holds: "Khong dat", typed: "Khong dat", note: "no diacritics: read as Không đạt" },
  {
    file: F,
    sheet: "Hoạt động",
    cell: "C10",
    holds: null,
    typed: "(empty)",
    code: IssueCode.ValueMissing,
    severity: E,
    note: "an inspection without the establishment inspected",
  },
  // Danh mục hoạt động
  {
    file: F,
    sheet: "Danh mục hoạt động",
    cell: "C2",
    holds: "Kiểm tra {đợt}: {số đối tượng} cơ sở, phạt {tiền phạt} đồng.",
    typed: "… phạt {tiền phạt} đồng.",
    code: IssueCode.ActivitySlotUnknown,
    severity: E,
    note: "no slot {tiền phạt} (it is {số tiền}); the built-in sentence stays",
  },
  {
    file: F,
    sheet: "Danh mục hoạt động",
    cell: "B3",
    holds: "II.6.3",
    typed: "II.6.3",
    code: IssueCode.ActivitySectionUnknown,
    severity: W,
    note: "the kind's section is not in the outline; its paragraph cannot be placed",
  },
  {
    file: F,
    sheet: "Danh mục hoạt động",
    cell: "B4",
    holds: null,
    typed: "(empty)",
    code: IssueCode.ActivityKindIncomplete,
    severity: E,
    note: "a kind the department adds needs its section",
  },
  // Nội dung
  {
    file: F,
    sheet: "Nội dung",
    cell: "A5",
    holds: "II.12",
    typed: "II.12",
    code: IssueCode.SectionUnknown,
    severity: W,
    note: "no such section in the outline; the paragraph cannot be placed",
  },
  // The third workbook
  {
    file: MISSING_COLUMN_FILE,
    sheet: "Kiểm định",
    typed: "(no Đơn vị tính header)",
    code: IssueCode.ColumnMissing,
    severity: E,
    note: "required column missing",
  },
  {
    file: MISSING_COLUMN_FILE,
    sheet: "Nhiệm vụ",
    typed: "(no sheet)",
    code: IssueCode.SheetMissing,
    severity: W,
    note: "optional sheet missing (likewise Lô hàng, Tài chính, Hoạt động, Nội dung)",
  },
  { file: MISSING_COLUMN_FILE, sheet: "Sheet1", typed: "Sheet1", code: IssueCode.SheetUnknown, severity: I, note: "a sheet the contract does not know" },
];

/** The README's table of planned outcomes for one file, as Markdown. */
export function outcomesTable(file: string): string {
  const lines = ["| Sheet | Cell | Typed | Outcome | Code | Note |", "| --- | --- | --- | --- | --- | --- |"];
  for (const o of PLANNED_OUTCOMES.filter((p) => p.file === file)) {
    const outcome = o.code === undefined ? "accepted" : (o.severity ?? "");
    const code = o.code === undefined ? "" : `\`${o.code}\``;
    lines.push(`| ${o.sheet} | ${o.cell ?? ""} | \`${o.typed}\` | ${outcome} | ${code} | ${o.note} |`);
  }
  return lines.join("\n");
}
