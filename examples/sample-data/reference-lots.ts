/**
 * `Lô hàng` of the reference sample: 840 import lots registered in the first
 * half of 2021 (Đồ chơi trẻ em 301, Đồ điện, điện tử 493, Thép 46), plus a
 * few registered in December 2020 and July 2021 so the period filter matters.
 */
import { LOTS_SHEET, type GoodsGroup, type LotResult } from "../../src/core/schema";
import { utc, workingDays } from "./dates";
import { mulberry32, type Rng } from "./prng";
import { rowOf, type SampleValue } from "./sample-sheet";

/** Lots registered inside 01/01/2021–30/06/2021, by group. */
export const LOTS_IN_PERIOD: Readonly<Partial<Record<GoodsGroup, number>>> = {
  "Đồ chơi trẻ em": 301,
  "Đồ điện, điện tử": 493,
  Thép: 46,
};

const IMPORTERS = [
  "Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Long",
  "Công ty Cổ phần Đầu tư Thương mại Đồng Đăng",
  "Công ty TNHH Xuất nhập khẩu Tân Thanh",
  "Công ty TNHH Thương mại và Dịch vụ Kỳ Lừa",
  "Công ty Cổ phần Xuất nhập khẩu Hữu Nghị Lạng Sơn",
  "Công ty TNHH MTV Thương mại Minh Phát",
  "Công ty TNHH Điện máy Phú Thịnh",
  "Công ty Cổ phần Thép Việt Bắc",
  "Công ty TNHH Đồ chơi Trí Tuệ Việt",
  "Công ty TNHH Thương mại Quốc tế Bảo An",
  "Công ty TNHH Giao nhận Vận tải Xứ Lạng",
  "Hộ kinh doanh Nông Văn Quý",
] as const;

const GOODS: Readonly<Record<string, ReadonlyArray<readonly [name: string, unit: string]>>> = {
  "Đồ chơi trẻ em": [
    ["Bộ đồ chơi xếp hình bằng nhựa", "bộ"],
    ["Búp bê bằng nhựa", "chiếc"],
    ["Xe ô tô đồ chơi chạy pin", "chiếc"],
    ["Thú nhồi bông", "chiếc"],
    ["Bộ đồ chơi nấu ăn bằng nhựa", "bộ"],
  ],
  "Đồ điện, điện tử": [
    ["Quạt điện để bàn", "chiếc"],
    ["Nồi cơm điện", "chiếc"],
    ["Ấm đun nước siêu tốc", "chiếc"],
    ["Máy sấy tóc", "chiếc"],
    ["Bàn là điện", "chiếc"],
    ["Lò vi sóng", "chiếc"],
    ["Bình nóng lạnh", "chiếc"],
  ],
  Thép: [
    ["Thép cuộn cán nóng", "tấn"],
    ["Thép không gỉ dạng tấm", "tấn"],
    ["Thép dây mạ kẽm", "tấn"],
  ],
};

const GATES = ["Hữu Nghị", "Tân Thanh", "Chi Ma", "Cốc Nam", "Đồng Đăng (ga)"] as const;

const KEYS = LOTS_SHEET.columns.map((c) => c.key);

interface Lot {
  readonly date: Date;
  readonly group: GoodsGroup;
}

function lotRow(rng: Rng, lot: Lot, registrationNo: string, result: LotResult): SampleValue[] {
  const [goods, unit] = rng.pick(GOODS[lot.group] ?? []);
  // Steel comes in tonnes with one decimal; the rest in whole pieces.
  const quantity = lot.group === "Thép" ? rng.int(200, 5000) / 10 : rng.int(5, 300) * 10;
  return rowOf(KEYS, {
    registrationNo,
    registeredOn: lot.date,
    importer: rng.pick(IMPORTERS),
    group: lot.group,
    goods,
    quantity,
    unit,
    borderGate: rng.pick(GATES),
    result,
  });
}

function groupBag(): GoodsGroup[] {
  const bag: GoodsGroup[] = [];
  for (const [group, n] of Object.entries(LOTS_IN_PERIOD) as [GoodsGroup, number][]) {
    for (let i = 0; i < n; i++) bag.push(group);
  }
  return bag;
}

/** All lot rows in registration order, in contract column order. */
export function referenceLotRows(): SampleValue[][] {
  const rng = mulberry32(2021_06);
  const days = workingDays(utc(2021, 1, 4), utc(2021, 6, 30));
  const groups = rng.shuffle(groupBag());
  const dates = groups.map(() => rng.pick(days)).sort((a, b) => a.getTime() - b.getTime());
  const lastWeek = utc(2021, 6, 24).getTime();

  const before: Lot[] = [
    { date: utc(2020, 12, 28), group: "Đồ điện, điện tử" },
    { date: utc(2020, 12, 29), group: "Đồ chơi trẻ em" },
    { date: utc(2020, 12, 30), group: "Thép" },
    { date: utc(2020, 12, 31), group: "Đồ điện, điện tử" },
  ];
  const after: Lot[] = [
    { date: utc(2021, 7, 1), group: "Đồ chơi trẻ em" },
    { date: utc(2021, 7, 2), group: "Đồ điện, điện tử" },
    { date: utc(2021, 7, 5), group: "Thép" },
  ];

  const rows: SampleValue[][] = [];
  before.forEach((lot, i) => rows.push(lotRow(rng, lot, `2020/${1236 + i}-LS`, "Đạt")));
  groups.forEach((group, i) => {
    const date = dates[i] as Date;
    // Lots registered in the last days of June are still being processed.
    const result: LotResult = date.getTime() >= lastWeek && rng.next() < 0.5 ? "Đang xử lý" : "Đạt";
    rows.push(lotRow(rng, { date, group }, `2021/${String(i + 1).padStart(4, "0")}-LS`, result));
  });
  after.forEach((lot, i) => rows.push(lotRow(rng, lot, `2021/${String(groups.length + i + 1).padStart(4, "0")}-LS`, "Đang xử lý")));
  return rows;
}
