/**
 * The benchmark's workbook: 200,000 lots, 100,000 calibration rows, 100,000
 * activity-register rows and a few thousand tasks, typed to the contract,
 * written with exceljs' streaming writer.
 * Deterministic (seeded), so every run measures the same file.
 */
import ExcelJS from "exceljs";
import { seeded } from "../support/seeded-random";
import {
  ACTIVITIES,
  ACTIVITIES_SHEET,
  BUILT_IN_ACTIVITY_KINDS,
  GOODS_GROUPS,
  LOT_RESULTS,
  TASK_FIELDS,
  TASK_LEVELS,
  TASKS_SHEET,
  LOTS_SHEET,
  CALIBRATIONS_SHEET,
  FINANCE_SHEET,
  INFO_SHEET,
  INFO_KEYS,
} from "../../src/core/schema";

export interface BenchSize {
  readonly lots: number;
  readonly calibrations: number;
  readonly tasks: number;
  readonly activities: number;
}

export const BENCH_SIZE: BenchSize = { lots: 200_000, calibrations: 100_000, tasks: 3_000, activities: 100_000 };

const INSTRUMENTS: ReadonlyArray<readonly [string, string]> = [
  ["Cột đo xăng dầu", "cột"],
  ["Cân các loại", "cái"],
  ["Taximet", "cái"],
  ["Huyết áp kế", "cái"],
  ["Áp kế", "cái"],
  ["Công tơ điện", "cái"],
  ["Quả cân", "quả"],
  ["Đồng hồ nước", "cái"],
  ["Máy X-quang", "máy"],
  ["Điện trở tiếp địa", "điểm đo"],
];
const GATES = ["Hữu Nghị", "Tân Thanh", "Chi Ma", "Cốc Nam", "Đồng Đăng ga"];

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const headers = (cols: ReadonlyArray<{ vi: string }>) => cols.map((c) => c.vi);

export async function writeBenchWorkbook(path: string, size: BenchSize = BENCH_SIZE): Promise<void> {
  const rnd = seeded(20210630);
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rnd() * xs.length)]!;
  const dayIn2021 = () => day(2021, 1, 1 + Math.floor(rnd() * 240)); // some fall after 30/06: outside the period
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });

  const info = wb.addWorksheet(INFO_SHEET.vi);
  info.addRow(headers(INFO_SHEET.columns)).commit();
  const values: Record<string, unknown> = { from: day(2021, 1, 1), to: day(2021, 6, 30), distribution: "Như trên;\nLưu: VT." };
  for (const k of INFO_KEYS) {
    const v = values[k.key] ?? (k.example || undefined);
    if (v === undefined) continue;
    const row = info.addRow([k.vi, v]);
    if (v instanceof Date) row.getCell(2).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  info.commit();

  const tasks = wb.addWorksheet(TASKS_SHEET.vi);
  tasks.addRow(headers(TASKS_SHEET.columns)).commit();
  for (let i = 0; i < size.tasks; i++) {
    const start = day(2018 + Math.floor(rnd() * 4), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const end = new Date(start.getTime() + (365 + Math.floor(rnd() * 700)) * 86_400_000);
    const accepted = end.getTime() < Date.UTC(2021, 5, 30) && rnd() < 0.6 ? end : undefined;
    const row = tasks.addRow([
      `ĐT.${2018 + (i % 4)}.${String(i).padStart(4, "0")}`,
      `Nghiên cứu ứng dụng tiến bộ kỹ thuật số ${i} trên địa bàn tỉnh Lạng Sơn`,
      pick(TASK_LEVELS),
      pick(TASK_FIELDS),
      `Viện nghiên cứu ${i % 40}`,
      `TS. Nguyễn Văn ${i % 97}`,
      start,
      end,
      Math.round(rnd() * 2000) / 10,
      accepted ? "Đã nghiệm thu" : "Đang thực hiện",
      accepted ?? null,
      accepted && rnd() < 0.5 ? accepted : null,
    ]);
    for (const c of [7, 8, 11, 12]) row.getCell(c).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  tasks.commit();

  const lots = wb.addWorksheet(LOTS_SHEET.vi);
  lots.addRow(headers(LOTS_SHEET.columns)).commit();
  for (let i = 0; i < size.lots; i++) {
    const row = lots.addRow([
      `2021/${String(i + 1).padStart(6, "0")}-LS`,
      dayIn2021(),
      `Công ty TNHH Thương mại ${i % 700}`,
      pick(GOODS_GROUPS),
      `Hàng hóa loại ${i % 120}`,
      1 + Math.floor(rnd() * 500),
      "chiếc",
      pick(GATES),
      pick(LOT_RESULTS),
    ]);
    row.getCell(2).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  lots.commit();

  const cal = wb.addWorksheet(CALIBRATIONS_SHEET.vi);
  cal.addRow(headers(CALIBRATIONS_SHEET.columns)).commit();
  for (let i = 0; i < size.calibrations; i++) {
    const [instrument, unit] = pick(INSTRUMENTS);
    const row = cal.addRow([
      dayIn2021(),
      pick(ACTIVITIES),
      instrument,
      1 + Math.floor(rnd() * 20),
      unit,
      `Khách hàng ${i % 900}`,
      rnd() < 0.97 ? "Đạt" : "Không đạt",
      `KĐ21-${i}`,
    ]);
    row.getCell(1).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  cal.commit();

  // A register's subjects and batches are a few hundred names: a campaign or a class repeats, a dossier does not.
  const acts = wb.addWorksheet(ACTIVITIES_SHEET.vi);
  acts.addRow(headers(ACTIVITIES_SHEET.columns)).commit();
  for (let i = 0; i < size.activities; i++) {
    const kind = pick(BUILT_IN_ACTIVITY_KINDS);
    const inspection = kind === "Kiểm tra" || kind === "Thanh tra";
    const fined = inspection && rnd() < 0.1;
    const gathering = kind === "Hội nghị, hội thảo" || kind === "Đào tạo an toàn bức xạ";
    const row = acts.addRow([
      dayIn2021(),
      kind,
      `Cơ sở số ${i % 300}`,
      rnd() < 0.5 ? 1 + Math.floor(rnd() * 20) : null,
      gathering ? Math.floor(rnd() * 200) : null,
      inspection || rnd() < 0.7 ? `Đợt ${i % 20}` : null,
      inspection ? (fined ? "Vi phạm" : "Không vi phạm") : rnd() < 0.95 ? "Đạt" : "Không đạt",
      fined ? 500_000 + Math.floor(rnd() * 10) * 250_000 : null,
      fined ? "vi phạm ghi nhãn" : null,
    ]);
    row.getCell(1).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  acts.commit();

  const fin = wb.addWorksheet(FINANCE_SHEET.vi);
  fin.addRow(headers(FINANCE_SHEET.columns)).commit();
  for (const [code, kind] of [
    ["1", "Thu"],
    ["2", "Chi"],
  ] as const) {
    const children = Array.from({ length: 10 }, () => [Math.round(rnd() * 1e9), Math.round(rnd() * 5e8), Math.round(rnd() * 1e9)] as const);
    const sum = (k: 0 | 1 | 2) => children.reduce((s, c) => s + c[k], 0);
    fin.addRow([code, kind === "Thu" ? "Tổng thu" : "Tổng chi", kind, sum(0), sum(1), sum(2), "Số liệu mẫu"]).commit();
    children.forEach((c, j) => fin.addRow([`${code}.${j + 1}`, `Khoản ${kind.toLowerCase()} ${j + 1}`, kind, c[0], c[1], c[2], ""]).commit());
  }
  fin.commit();
  await wb.commit();
}
