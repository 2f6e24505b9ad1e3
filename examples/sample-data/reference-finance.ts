/**
 * `Tài chính` of the reference sample. The reference report only says a table
 * is attached, so these lines are invented (and marked "Số liệu mẫu"). Only
 * the leaves carry numbers; each parent is a formula adding its children
 * with the exact result cached, as a clerk's sheet would have it.
 */
import { FINANCE_SHEET, type FinanceKind } from "../../src/core/schema";
import { rowOf, type SampleValue } from "./sample-sheet";

export const FINANCE_TITLE = "BIỂU ƯỚC THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021 (số liệu mẫu)";
export const FINANCE_NOTE = "Số liệu mẫu";

type Line = readonly [code: string, item: string, kind: FinanceKind, plan?: number, actual?: number, estimate?: number];

/** Outline order; leaves carry [plan, actual, estimate] in đồng. */
export const FINANCE_LINES: ReadonlyArray<Line> = [
  ["1", "Thu sự nghiệp", "Thu"],
  ["1.1", "Thu phí, lệ phí", "Thu"],
  ["1.1.1", "Phí thẩm định cấp giấy phép tiến hành công việc bức xạ", "Thu", 60_000_000, 31_500_000, 62_000_000],
  ["1.1.2", "Lệ phí cấp chứng chỉ nhân viên bức xạ", "Thu", 4_000_000, 1_600_000, 4_000_000],
  ["1.2", "Thu dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Thu", 1_800_000_000, 812_450_000, 1_750_000_000],
  ["1.3", "Thu dịch vụ tư vấn, chuyển giao công nghệ", "Thu", 150_000_000, 46_800_000, 140_000_000],
  ["2", "Chi quản lý hành chính", "Chi"],
  ["2.1", "Chi thanh toán cho cá nhân", "Chi", 5_480_000_000, 2_695_320_000, 5_480_000_000],
  ["2.2", "Chi hàng hóa, dịch vụ và chi thường xuyên khác", "Chi", 1_265_000_000, 538_760_000, 1_240_000_000],
  ["2.3", "Chi thanh tra, kiểm tra chuyên ngành", "Chi", 180_000_000, 42_500_000, 175_000_000],
  ["3", "Chi sự nghiệp khoa học và công nghệ", "Chi"],
  ["3.1", "Chi thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh", "Chi"],
  ["3.1.1", "Nhiệm vụ chuyển tiếp", "Chi", 9_850_000_000, 3_912_600_000, 9_600_000_000],
  ["3.1.2", "Nhiệm vụ mở mới năm 2021", "Chi", 4_200_000_000, 615_000_000, 3_900_000_000],
  ["3.2", "Chi nhiệm vụ thường xuyên theo chức năng", "Chi", 1_650_000_000, 702_340_000, 1_650_000_000],
  ["3.3", "Chi Đề án triển khai Chiến lược sở hữu trí tuệ", "Chi", 1_200_000_000, 186_000_000, 1_150_000_000],
  ["3.4", "Chi hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo", "Chi", 800_000_000, 152_300_000, 780_000_000],
  ["3.5", "Chi Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng", "Chi", 650_000_000, 98_450_000, 650_000_000],
  ["4", "Chi hoạt động dịch vụ từ nguồn thu sự nghiệp", "Chi"],
  ["4.1", "Chi vật tư, chuẩn đo lường, hóa chất", "Chi", 620_000_000, 281_900_000, 600_000_000],
  ["4.2", "Chi tiền công và hoạt động dịch vụ", "Chi", 1_100_000_000, 497_230_000, 1_080_000_000],
];

const KEYS: ReadonlyArray<string> = FINANCE_SHEET.columns.map((c) => c.key);
const NUMBER_KEYS = ["plan", "actual", "estimate"] as const;

function isChild(parent: string, code: string): boolean {
  return code.startsWith(`${parent}.`) && !code.slice(parent.length + 1).includes(".");
}

/**
 * All lines in outline order, in contract column order. `firstRow` is the
 * sheet row of the first line (the formulas need real addresses).
 */
export function referenceFinanceRows(firstRow: number): SampleValue[][] {
  const rowOfCode = new Map(FINANCE_LINES.map((l, i) => [l[0], firstRow + i]));
  const column = (key: string): string => String.fromCharCode(65 + KEYS.indexOf(key));

  // Totals bottom-up, so each parent's cached result is the exact sum of its children.
  const totals = new Map<string, [number, number, number]>();
  for (const [code, , , plan, actual, estimate] of [...FINANCE_LINES].reverse()) {
    const children = FINANCE_LINES.filter((l) => isChild(code, l[0]));
    const sum: [number, number, number] = [plan ?? 0, actual ?? 0, estimate ?? 0];
    for (const c of children) {
      const t = totals.get(c[0]) ?? [0, 0, 0];
      for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (t[k] ?? 0);
    }
    totals.set(code, sum);
  }

  return FINANCE_LINES.map(([code, item, kind]) => {
    const children = FINANCE_LINES.filter((l) => isChild(code, l[0])).map((l) => rowOfCode.get(l[0]) ?? 0);
    const t = totals.get(code) ?? [0, 0, 0];
    const cell = (k: number): SampleValue => {
      if (children.length === 0) return t[k] ?? 0;
      const col = column(NUMBER_KEYS[k] as string);
      return { formula: children.map((r) => `${col}${r}`).join("+"), result: t[k] ?? 0 };
    };
    return rowOf(KEYS, { code, item, kind, plan: cell(0), actual: cell(1), estimate: cell(2), note: FINANCE_NOTE });
  });
}
