/**
 * How each contract column looks in the blank template: width, number format
 * and the data validation that helps the person typing into it.
 */
import type { DataValidation } from "exceljs";
import { ValueType, dropDownValues, type ColumnSpec } from "../../core/schema";

export interface TemplateColumn {
  readonly header: string;
  readonly width: number;
  /** Number format for the whole column (`@` keeps codes like 1.10 as text). */
  readonly numFmt?: string;
  readonly wrap: boolean;
  readonly validation?: DataValidation;
}

/** Columns of free text long enough to want a wide, wrapped column. */
const WIDE: Readonly<Record<string, number>> = { title: 45, item: 45, text: 90, importer: 30, host: 30, goods: 28, note: 30 };

const DATE_MIN = new Date(Date.UTC(1990, 0, 1));
const DATE_MAX = new Date(Date.UTC(2100, 11, 31));

// Warnings, not stops: the checker accepts text forms too (a text date, "2.550.000") and reports them itself.
const dateRule: DataValidation = {
  type: "date",
  operator: "between",
  allowBlank: true,
  formulae: [DATE_MIN, DATE_MAX],
  showErrorMessage: true,
  errorStyle: "warning",
  errorTitle: "Ngày không hợp lệ",
  error: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 25/01/2021.",
};

function numberRule(whole: boolean, positive: boolean): DataValidation {
  const kind = whole ? "một số nguyên" : "một số";
  return {
    type: whole ? "whole" : "decimal",
    operator: positive ? "greaterThan" : "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Số không hợp lệ",
    error: positive ? `Nhập ${kind} lớn hơn 0.` : `Nhập ${kind} không âm.`,
  };
}

function listRule(range: string): DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
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
      if (column.vi.includes("triệu đồng")) return "#,##0.0##";
      return "#,##0";
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
  let validation: DataValidation | undefined;
  if (listRange) validation = listRule(listRange);
  else if (column.type === ValueType.Date) validation = dateRule;
  else if (column.type === ValueType.Number || column.type === ValueType.Integer) {
    validation = numberRule(column.type === ValueType.Integer, column.min === "positive");
  }
  return { header: column.vi, width, wrap: WIDE[column.key] !== undefined, ...(numFmt ? { numFmt } : {}), ...(validation ? { validation } : {}) };
}
