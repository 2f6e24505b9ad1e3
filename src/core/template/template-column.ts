/**
 * How each contract column looks in the blank template, host-neutral: width
 * in characters, number format, wrapping, and the data validation that helps
 * the person typing into it. The file template (exceljs) and "Tạo mẫu" in a
 * live workbook (Office.js) both render this.
 */
import { ValueType, dropDownValues, type ColumnSpec } from "../schema";

/** A data validation, as both writers express it: a drop-down list, a date range or a number bound. */
export interface ColumnRule {
  readonly kind: "list" | "date" | "whole" | "decimal";
  readonly operator: "between" | "greaterThan" | "greaterThanOrEqual";
  /** A list's absolute range; a date range's ISO dates ("1990-01-01"); a number bound. */
  readonly formulae: ReadonlyArray<string | number>;
  /** Warnings, not stops: the checker accepts text forms too and reports them itself. */
  readonly errorStyle: "warning";
  readonly errorTitle: string;
  readonly error: string;
}

export interface TemplateColumn {
  readonly header: string;
  /** Width in characters of the default font. */
  readonly width: number;
  /** Number format for the whole column (`@` keeps codes like 1.10 as text). */
  readonly numFmt?: string;
  readonly wrap: boolean;
  readonly validation?: ColumnRule;
}

/** Columns of free text long enough to want a wide, wrapped column. */
const WIDE: Readonly<Record<string, number>> = { title: 45, item: 45, text: 90, importer: 30, host: 30, goods: 28, note: 30 };

const DATE_RULE: ColumnRule = {
  kind: "date",
  operator: "between",
  formulae: ["1990-01-01", "2100-12-31"],
  errorStyle: "warning",
  errorTitle: "Ngày không hợp lệ",
  error: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 25/01/2021.",
};

function numberRule(whole: boolean, positive: boolean): ColumnRule {
  const kind = whole ? "một số nguyên" : "một số";
  return {
    kind: whole ? "whole" : "decimal",
    operator: positive ? "greaterThan" : "greaterThanOrEqual",
    formulae: [0],
    errorStyle: "warning",
    errorTitle: "Số không hợp lệ",
    error: positive ? `Nhập ${kind} lớn hơn 0.` : `Nhập ${kind} không âm.`,
  };
}

function listRule(range: string): ColumnRule {
  return {
    kind: "list",
    operator: "between",
    formulae: [range],
    errorStyle: "warning",
    errorTitle: "Không có trong danh sách",
    error: "Chọn một giá trị trong danh sách thả xuống.",
  };
}

function numberFormat(column: ColumnSpec): string | undefined {
  switch (column.type) {
    case ValueType.Integer:
      return "0";
    case ValueType.Number:
      return column.vi.includes("triệu đồng") ? "#,##0.0##" : "#,##0";
    case ValueType.Date:
      return "dd/mm/yyyy";
    case ValueType.Category:
      return undefined;
    default:
      return "@";
  }
}

/**
 * The template's view of one column. `listRange` is the absolute range that
 * holds a column's drop-down values (lists go on a hidden sheet: some values
 * contain commas, which an inline list would split).
 */
export function templateColumn(column: ColumnSpec, listRange: string | undefined): TemplateColumn {
  const longest = Math.max(column.vi.length, ...(dropDownValues(column) ?? []).map((v) => v.length));
  const base = column.type === ValueType.Date ? 13 : column.type === ValueType.Text ? 18 : 12;
  const width = WIDE[column.key] ?? Math.min(Math.max(base, longest + 3), 40);
  const numFmt = numberFormat(column);
  let validation: ColumnRule | undefined;
  if (listRange) validation = listRule(listRange);
  else if (column.type === ValueType.Date) validation = DATE_RULE;
  else if (column.type === ValueType.Number || column.type === ValueType.Integer) {
    validation = numberRule(column.type === ValueType.Integer, column.min === "positive");
  }
  return { header: column.vi, width, wrap: WIDE[column.key] !== undefined, ...(numFmt ? { numFmt } : {}), ...(validation ? { validation } : {}) };
}
