/**
 * `Kiểm định` of the reference sample. Summed by activity, instrument and unit
 * over the first half of 2021, the rows give exactly the reference report's
 * note 12; each instrument first appears in the order the note lists it.
 */
import { CALIBRATIONS_SHEET, type Activity, type PassFail } from "../../src/core/schema";
import { utc, workingDays } from "./dates";
import { mulberry32, splitTotal } from "./prng";
import { rowOf, type SampleValue } from "./sample-sheet";

export interface CalibrationTarget {
  readonly activity: Activity;
  readonly instrument: string;
  readonly unit: string;
  /** Sum over the period, passes and fails together. */
  readonly total: number;
  /** How many rows carry it. */
  readonly rows: number;
  /** Quantities of the rows that failed (part of `total`). */
  readonly failed?: ReadonlyArray<number>;
  readonly customers: ReadonlyArray<string>;
}

const HOSPITALS = [
  "Bệnh viện Đa khoa tỉnh Lạng Sơn",
  "Bệnh viện Y học cổ truyền tỉnh Lạng Sơn",
  "Trung tâm Y tế huyện Cao Lộc",
  "Trung tâm Y tế huyện Hữu Lũng",
  "Trung tâm Y tế huyện Chi Lăng",
  "Phòng khám Đa khoa Medic Lạng Sơn",
];
const FUEL = [
  "Công ty Xăng dầu Bắc Sơn",
  "CHXD Quán Thanh, huyện Chi Lăng",
  "CHXD Thịnh Vượng, huyện Hữu Lũng",
  "CHXD số 12 Mai Pha, TP Lạng Sơn",
  "DNTN Tân Đại, huyện Đình Lập",
  "Công ty TNHH dịch vụ TMXD Thanh Huyền",
];
const MARKETS = [
  "Ban quản lý chợ Giếng Vuông",
  "Ban quản lý chợ Kỳ Lừa",
  "Ban quản lý chợ Đông Kinh",
  "Chợ Ngã Hai, huyện Bắc Sơn",
  "Công ty Cổ phần xi măng Đồng Bành",
];
const WATER = ["Công ty Cổ phần Cấp thoát nước Lạng Sơn"];

/** The reference's note 12, in its order. */
export const CALIBRATION_TARGETS: ReadonlyArray<CalibrationTarget> = [
  { activity: "Kiểm định", instrument: "Cột đo xăng dầu", unit: "cột", total: 132, rows: 10, failed: [2], customers: FUEL },
  // One line for every kind of scale (cân bàn, cân đồng hồ lò xo, cân ô tô…), as the report says "cân các loại".
  { activity: "Kiểm định", instrument: "Cân các loại", unit: "cái", total: 205, rows: 12, failed: [4], customers: MARKETS },
  { activity: "Kiểm định", instrument: "Taximet", unit: "cái", total: 6, rows: 2, customers: ["Công ty Cổ phần Taxi Xứ Lạng", "Hợp tác xã Vận tải Mai Pha"] },
  { activity: "Kiểm định", instrument: "Huyết áp kế", unit: "cái", total: 338, rows: 9, failed: [3], customers: HOSPITALS },
  { activity: "Kiểm định", instrument: "Áp kế", unit: "cái", total: 10, rows: 3, customers: [...WATER, "Công ty Cổ phần xi măng Đồng Bành"] },
  { activity: "Kiểm định", instrument: "Công tơ điện", unit: "cái", total: 946, rows: 10, failed: [7], customers: ["Công ty Điện lực Lạng Sơn"] },
  { activity: "Kiểm định", instrument: "Quả cân", unit: "quả", total: 6, rows: 2, customers: MARKETS },
  { activity: "Kiểm định", instrument: "Máy điện tim, điện não", unit: "máy", total: 4, rows: 2, customers: HOSPITALS },
  { activity: "Kiểm định", instrument: "Đồng hồ nước", unit: "cái", total: 59, rows: 4, failed: [3], customers: WATER },
  { activity: "Kiểm định", instrument: "Ca đồng", unit: "cái", total: 24, rows: 3, customers: FUEL },
  { activity: "Đo kiểm", instrument: "Điện trở tiếp địa", unit: "điểm đo", total: 54, rows: 5, customers: [...FUEL, "Công ty Điện lực Lạng Sơn"] },
  // "Đo kiểm" + "bức xạ" + "16 phòng X-quang": the reference's "Đo kiểm xạ 16 phòng Xquang".
  { activity: "Đo kiểm", instrument: "Bức xạ", unit: "phòng X-quang", total: 16, rows: 4, customers: HOSPITALS },
  { activity: "Kiểm định", instrument: "Máy X-quang", unit: "máy", total: 10, rows: 4, failed: [1], customers: HOSPITALS },
  {
    activity: "Hiệu chuẩn",
    instrument: "Cân",
    unit: "cái",
    total: 11,
    rows: 3,
    customers: ["Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn", "Công ty Cổ phần xi măng Đồng Bành"],
  },
  {
    activity: "Hiệu chuẩn",
    instrument: "Quả cân",
    unit: "quả",
    total: 106,
    rows: 3,
    customers: ["Công ty Cổ phần xi măng Đồng Bành", "Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn"],
  },
];

const PREFIX: Readonly<Record<Activity, string>> = { "Kiểm định": "KĐ", "Hiệu chuẩn": "HC", "Đo kiểm": "ĐK", "Thử nghiệm": "TN" };

interface Line {
  readonly date: Date;
  readonly target: CalibrationTarget;
  readonly quantity: number;
  readonly result: PassFail;
}

const KEYS = CALIBRATIONS_SHEET.columns.map((c) => c.key);

/** All calibration rows by date, in contract column order. */
export function referenceCalibrationRows(): SampleValue[][] {
  const rng = mulberry32(2021_12);
  const january = workingDays(utc(2021, 1, 4), utc(2021, 1, 15));
  const later = workingDays(utc(2021, 1, 18), utc(2021, 6, 30));
  const first: Line[] = [];
  const rest: Line[] = [];
  CALIBRATION_TARGETS.forEach((target, i) => {
    const failed = target.failed ?? [];
    const passed = splitTotal(rng, target.total - failed.reduce((a, b) => a + b, 0), target.rows - failed.length);
    const [head, ...tail] = passed;
    // The first row of each instrument opens the year, two a day, in the note's order.
    first.push({ date: january[Math.floor(i / 2)] as Date, target, quantity: head ?? 0, result: "Đạt" });
    for (const q of tail) rest.push({ date: rng.pick(later), target, quantity: q, result: "Đạt" });
    for (const q of failed) rest.push({ date: rng.pick(later), target, quantity: q, result: "Không đạt" });
  });
  rest.sort((a, b) => a.date.getTime() - b.date.getTime());

  const outside = (date: Date, instrument: string, quantity: number): Line => {
    const target = CALIBRATION_TARGETS.find((t) => t.instrument === instrument) as CalibrationTarget;
    return { date, target, quantity, result: "Đạt" };
  };
  // Outside the period; before it only instruments that come first anyway, so the order of first appearance holds either way.
  const before = [outside(utc(2020, 12, 29), "Cột đo xăng dầu", 6), outside(utc(2020, 12, 30), "Cân các loại", 8)];
  const after = [outside(utc(2021, 7, 2), "Công tơ điện", 40), outside(utc(2021, 7, 6), "Huyết áp kế", 12)];

  const seq: Record<string, number> = {};
  return [...before, ...first, ...rest, ...after].map((line) => {
    const year = String(line.date.getUTCFullYear()).slice(2);
    const prefix = `${PREFIX[line.target.activity]}${year}`;
    // Failed instruments get a notice, not a certificate.
    // December's numbers continue the 2020 register, well past 1.400.
    const next = (seq[prefix] ?? (year === "20" ? 1410 : 0)) + 1;
    if (line.result === "Đạt") seq[prefix] = next;
    const certificateNo = line.result === "Đạt" ? `${prefix}-${String(next).padStart(4, "0")}` : null;
    return rowOf(KEYS, {
      date: line.date,
      activity: line.target.activity,
      instrument: line.target.instrument,
      quantity: line.quantity,
      unit: line.target.unit,
      customer: rng.pick(line.target.customers),
      result: line.result,
      certificateNo,
    });
  });
}
