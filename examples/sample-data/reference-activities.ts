/**
 * `Hoạt động` of the reference sample: one row per thing done, from which the
 * product computes II.3, II.4, II.6.1, II.6.2 and II.7 of the reference with
 * their notes. Where the reference contradicts itself the rows are the truth:
 * 3.339 scale codes of which 3.328 right and 11 wrong (the reference printed
 * 71), and 13 samples, the failing lạp sườn among them (its note listed 12).
 */
import { ACTIVITIES_SHEET } from "../../src/core/schema";
import { utc } from "./dates";
import { mulberry32, splitTotal } from "./prng";
import { rowOf, type SampleValue } from "./sample-sheet";

type Key = (typeof ACTIVITIES_SHEET.columns)[number]["key"];
const KEYS: ReadonlyArray<Key> = ACTIVITIES_SHEET.columns.map((c) => c.key);

interface ActivityRow {
  readonly date: Date;
  readonly kind: string;
  readonly subject: string;
  readonly quantity?: number;
  readonly participants?: number;
  readonly batch?: string;
  readonly result?: string;
  readonly amount?: number;
  readonly note?: string;
}

/** The reference's note 1, one dossier a row, in its order; the second holds 02 projects (30 in all). */
export const APPRAISED_DOSSIERS: ReadonlyArray<string> = [
  "Dự án Xây dựng khu xử lý rác thải y tế tập trung bằng công nghệ đốt áp suất âm – không khói tại địa bàn tỉnh Lạng Sơn",
  "Hồ sơ khảo sát lập hồ sơ điều chỉnh, bổ sung quy hoạch đối với dự án Nhà máy điện gió trên địa bàn tỉnh Lạng Sơn",
  "dự án đầu tư xây dựng công trình cải tạo, chỉnh trang khuôn viên Hồ Phai Loạn",
  "dự thảo báo cáo kết quả xem xét đề nghị của Tập đoàn Bay Wa r.e liên quan đến tiếp quản khảo sát, nghiên cứu, bổ sung quy hoạch 03 dự án Nhà máy điện gió trên địa bàn các huyện Chi Lăng, Lộc Bình, Cao Lộc, Văn Quan, tỉnh Lạng Sơn",
  "đề xuất điều chỉnh Dự án Nhà máy xử lý môi trường Lạng Sơn",
  "hồ sơ đề nghị khảo sát, nghiên cứu, bổ sung quy hoạch 02 dự án Nhà máy điện gió Chi Lăng và Nhà máy điện gió Ái Quốc trên địa bàn tỉnh",
  "Nhà máy điện rác Lạng Sơn tại huyện Cao Lộc theo đề nghị của Hợp tác xã Đồng Tâm",
  "hồ sơ thiết kế bản vẽ thi công xây dựng công trình: Khách sạn SOJO và Thương mại du lịch Lạng Sơn",
  "Báo cáo nghiên cứu khả thi đầu tư xây dựng dự án Nhà máy sản xuất cấu kiện bê tông, sản xuất bê tông thương phẩm và các vật liệu xây dựng bằng bê tông",
  "dự án xây dựng nhà máy nước Lawaco",
  "dự án đầu tư chăn nuôi và trồng cây dược liệu dưới tán rừng tại xã Lâm Sơn, huyện Chi Lăng, tỉnh Lạng Sơn",
  "Dự án Nhà máy sản xuất chế biến gỗ xanh – Thành An Greenwood",
  "Dự án Đầu tư phát triển cây nông lâm nghiệp và cây dược liệu kết hợp chăn nuôi trên địa bàn tỉnh Lạng Sơn",
  "dự án Đầu tư phát triển cây Mắc Ca tại xã Hoa Thám, huyện Bình Gia, tỉnh Lạng Sơn",
  "đề nghị xin khảo sát nghiên cứu bổ sung quy hoạch dự án trang trại điện gió trục đứng HTFC tại huyện Cao Lộc và huyện Lộc Bình",
  "Dự án “Xưởng sản xuất, chế biến nhựa thông”",
  "Dự án Đầu tư xây dựng chế biến hạt nhựa tái sinh và nhựa xây dựng Giang Sơn",
  "dự án đầu tư phát triển cây Mắc Ca tại xã Tân Minh, huyện Tràng Định",
  "Dự án Công viên Tâm Phúc An",
  "Dự án Xây dựng trang trại giống cây trồng nông lâm nghiệp",
  "Dự án Nhà máy điện gió Đình Lập của Công ty cổ phần LICOGI 16",
  "Đồ án quy hoạch chi tiết cửa khẩu Tân Thanh, huyện Văn Lãng, tỉnh Lạng Sơn, tỷ lệ 1/500",
  "Đồ án điều chỉnh cục bộ Quy hoạch chi tiết phường Chi Lăng, thành phố Lạng Sơn, tỷ lệ 1/500",
  "Nhiệm vụ Điều chỉnh Quy hoạch chung thị trấn Chi Lăng, huyện Chi Lăng, tỉnh Lạng Sơn đến năm 2035, tỷ lệ 1/5.000",
  "Nhiệm vụ QHCT xây dựng Khu trung chuyển hàng hóa thuộc khu kinh tế cửa khẩu Đồng Đăng-Lạng Sơn, tỷ lệ 1/500 (giai đoạn 2)",
  "Nhiệm vụ Điều chỉnh Quy hoạch chung thị trấn Đồng Mỏ, huyện Chi Lăng, tỉnh Lạng Sơn đến năm 2035, tỷ lệ 1/5.000",
  "Đồ án Quy hoạch chung xây dựng tỷ lệ 1/5.000 và đồ án Quy hoạch phân khu xây dựng tỷ lệ 1/2.000 Khu công nghiệp Hữu Lũng, tỉnh Lạng Sơn",
  "Nhiệm vụ Quy hoạch phân khu phía Đông, thành phố Lạng Sơn, tỷ lệ 1/2.000",
  "Nhiệm vụ Quy hoạch chi tiết dọc hai bên trục tuyến quốc lộ 4B, tỷ lệ 1/500",
];

/** Note 7: the petrol stations whose totaliser seals were re-applied. */
export const SEALED_STATIONS = [
  "CHXD Xuân Riêm, huyện Bắc Sơn",
  "CHXD Quyền Quyên, huyện Hữu Lũng",
  "CHXD Số 12 Mai Pha, TP Lạng Sơn",
  "DNTN Tân Đại, huyện Đình Lập",
  "Công ty TNHH dịch vụ TMXD Thanh Huyền",
] as const;

/** Note 8: the stations whose dispensers' state was recorded, a kind the department's own catalogue adds. */
export const RECORDED_STATIONS = [
  "CHXD Quán Thanh, huyện Chi Lăng",
  "CHXD số 12 Mai Pha, TP Lạng Sơn",
  "CHXD Thịnh Vượng, huyện Hữu Lũng",
  "Công ty TNHH dịch vụ TMXD Thanh Huyền",
  "Công ty TNHH TMH 261 xã Đồng Ý, huyện Bắc Sơn",
] as const;

/** The department's `Danh mục hoạt động`: one kind of its own (kind, section, sentence, unit). */
export const REFERENCE_ACTIVITY_KINDS: ReadonlyArray<readonly [string, string, string, string]> = [
  [
    "Lập biên bản hiện trạng cột đo xăng dầu",
    "II.6.2",
    "Lập biên bản xác định hiện trạng của cột đo xăng dầu {số đối tượng} cửa hàng{danh sách} theo đề nghị của cơ sở kinh doanh để sửa chữa, thay thế thiết bị cho cột đo xăng dầu đảm bảo yêu cầu đo lường theo quy định.",
    "cửa hàng",
  ],
];

/** Markets with two reference-scale points each: the 30 points of II.6.2. */
const MARKETS = [
  "Giếng Vuông",
  "Đông Kinh",
  "Kỳ Lừa",
  "Chi Lăng",
  "Ngã Hai",
  "Thị trấn Bắc Sơn",
  "Phông",
  "Yên Bình",
  "Thị trấn Đình Lập",
  "Đồng Đăng",
  "Na Sầm",
  "Thất Khê",
  "Bình Gia",
  "Văn Quan",
  "Na Dương",
] as const;

export const SCALE_CODES = { total: 3339, wrong: 11 } as const;

const XRAY_LICENSEES = [
  "Bệnh viện Đa khoa tỉnh Lạng Sơn",
  "Trung tâm Y tế huyện Hữu Lũng",
  "Trung tâm Y tế huyện Lộc Bình",
  "Phòng khám đa khoa Hữu Nghị",
  "Trung tâm Y tế huyện Tràng Định",
  "Phòng khám đa khoa Thành Công",
  "Bệnh viện Phổi tỉnh Lạng Sơn",
  "Trung tâm Y tế huyện Cao Lộc",
  "Phòng khám răng hàm mặt Nụ Cười",
] as const;

const RADIATION_STAFF = [
  "Hoàng Văn Nam, Trung tâm Y tế huyện Văn Lãng",
  "Lương Thị Hằng, Phòng khám đa khoa Hữu Nghị",
  "Nông Đức Tùng, Bệnh viện Phổi tỉnh Lạng Sơn",
  "Vi Thị Mai, Trung tâm Y tế huyện Bình Gia",
] as const;

const MEDICAL_INSPECTION =
  "Về việc chấp hành các quy định của pháp luật về an toàn bức xạ trong sử dụng thiết bị X-quang chẩn đoán y tế, đo lường đối với phương tiện đo nhóm 2 sử dụng trong y tế và kiểm tra hành nghề y";
const MEDICAL_ESTABLISHMENTS = [
  "Bệnh viện Đa khoa tỉnh Lạng Sơn",
  "Bệnh viện Phổi tỉnh Lạng Sơn",
  "Trung tâm Y tế huyện Hữu Lũng",
  "Trung tâm Y tế huyện Chi Lăng",
  "Trung tâm Y tế huyện Lộc Bình",
  "Phòng khám đa khoa Hữu Nghị",
  "Phòng khám đa khoa Thành Công",
  "Phòng khám đa khoa Medic Lạng Sơn",
  "Phòng khám răng hàm mặt Nụ Cười",
] as const;

const TET_CAMPAIGN =
  "Kiểm tra nhà nước về đo lường, chất lượng, ghi nhãn hàng hóa đối với hàng đóng gói sẵn và các sản phẩm, hàng hóa lưu thông trên thị trường dịp Tết Nguyên đán Tân Sửu 2021 theo kế hoạch";
const TET_SHOPS = [
  "Cửa hàng tạp hóa Thanh Bình, phường Chi Lăng",
  "Siêu thị Minh Cầu, phường Vĩnh Trại",
  "Cửa hàng Hoa Mai, chợ Giếng Vuông",
  "Cửa hàng bánh kẹo Tuấn Hương, chợ Đông Kinh",
  "Cửa hàng thực phẩm Hà Linh, thị trấn Đồng Đăng",
  "Cửa hàng tạp hóa Lan Anh, thị trấn Cao Lộc",
  "Siêu thị Co.op Mart Lạng Sơn",
  "Cửa hàng rượu bia Quang Huy, phường Tam Thanh",
  "Cửa hàng tạp hóa Ngọc Hà, thị trấn Na Sầm",
  "Cửa hàng bánh kẹo Thu Trang, chợ Kỳ Lừa",
  "Cửa hàng tạp hóa Phương Nam, thị trấn Hữu Lũng",
  "Cửa hàng thực phẩm An Khang, thị trấn Lộc Bình",
  "Cửa hàng tạp hóa Bảo Ngọc, thị trấn Đình Lập",
] as const;
/** The two establishments fined in the Tết campaign, 2.550.000 đồng in all. */
const TET_FINES = [
  { shop: 2, amount: 1_500_000, note: "sử dụng phương tiện đo có chứng chỉ kiểm định đã hết hiệu lực" },
  { shop: 8, amount: 1_050_000, note: "kinh doanh hàng hóa đã quá hạn sử dụng, buôn bán hàng đóng gói sẵn không ghi lượng trên nhãn hàng hóa" },
] as const;

const PETROL_CAMPAIGN =
  "Kiểm tra nhà nước về đo lường, chất lượng đối với các cơ sở kinh doanh xăng, nhiên liệu điêzen, dầu nhớt động cơ đốt trong trên địa bàn tỉnh Lạng Sơn";
const PETROL_STATIONS = [
  "CHXD Quán Thanh, huyện Chi Lăng",
  "CHXD Thịnh Vượng, huyện Hữu Lũng",
  "CHXD Đồng Mỏ, huyện Chi Lăng",
  "CHXD Na Dương, huyện Lộc Bình",
  "CHXD Thất Khê, huyện Tràng Định",
  "CHXD Bình Gia, huyện Bình Gia",
  "CHXD Văn Quan, huyện Văn Quan",
  "CHXD Đồng Đăng, huyện Cao Lộc",
  "CHXD Đình Lập, huyện Đình Lập",
  "CHXD Bắc Sơn, huyện Bắc Sơn",
  "CHXD Mai Pha, TP Lạng Sơn",
  "CHXD Hoàng Đồng, TP Lạng Sơn",
] as const;

function appraisals(): ActivityRow[] {
  // One dossier every few working days from 05/01, in the note's order.
  return APPRAISED_DOSSIERS.map((subject, i) => ({
    date: utc(2021, 1 + Math.floor(i / 5), 5 + (i % 5) * 4),
    kind: "Thẩm định công nghệ",
    subject,
    ...(i === 1 ? { quantity: 2 } : {}),
  }));
}

function radiation(): ActivityRow[] {
  return [
    ...XRAY_LICENSEES.map((subject, i) => ({ date: utc(2021, 1 + Math.floor(i / 2), 12 + (i % 2) * 10), kind: "Cấp giấy phép X-quang", subject })),
    // Issued in July: outside the period.
    { date: utc(2021, 7, 6), kind: "Cấp giấy phép X-quang", subject: "Trung tâm Y tế huyện Văn Lãng" },
    ...RADIATION_STAFF.map((subject, i) => ({ date: utc(2021, 2 + i, 18), kind: "Cấp chứng chỉ nhân viên bức xạ", subject })),
    {
      date: utc(2021, 4, 22),
      kind: "Đào tạo an toàn bức xạ",
      subject: "Lớp đào tạo an toàn bức xạ cho nhân viên cơ sở X-quang chẩn đoán y tế",
      participants: 65,
    },
  ];
}

function initiatives(): ActivityRow[] {
  return [
    {
      date: utc(2021, 5, 27),
      kind: "Xét công nhận sáng kiến",
      subject: "Sáng kiến “Ứng dụng phần mềm quản lý hồ sơ một cửa tại Trung tâm Phục vụ hành chính công tỉnh”",
      batch: "đợt 1 năm 2021",
    },
    ...[
      ["Chi Lăng", 210],
      ["Văn Quan", 195],
      ["Hữu Lũng", 205],
    ].map(([district, people], i) => ({
      date: utc(2021, 3, 16 + i * 7),
      kind: "Hội nghị, hội thảo",
      subject: `Hội nghị phổ biến sáng kiến và hướng dẫn triển khai thúc đẩy hoạt động sáng kiến tại huyện ${district as string}`,
      participants: people as number,
    })),
  ];
}

function quality(): ActivityRow[] {
  const food = "Khảo sát chất lượng thực phẩm";
  const petrol = "Khảo sát chất lượng xăng";
  const sample = (d: number, subject: string, extra: Partial<ActivityRow> = {}): ActivityRow => ({
    date: utc(2021, 3, d),
    kind: "Khảo sát chất lượng",
    subject,
    batch: food,
    result: "Đạt",
    ...extra,
  });
  return [
    sample(9, "Rau bò khai"),
    sample(9, "Rau cải xoong"),
    sample(10, "Giò"),
    sample(10, "Chả"),
    sample(10, "Lạp sườn", { result: "Không đạt", note: "vượt quá giới hạn ô nhiễm vi sinh vật" }),
    { date: utc(2021, 4, 13), kind: "Khảo sát chất lượng", subject: "Xăng", quantity: 4, batch: petrol, result: "Đạt" },
    { date: utc(2021, 4, 15), kind: "Khảo sát chất lượng", subject: "Xăng", quantity: 4, batch: petrol, result: "Đạt" },
    { date: utc(2021, 2, 25), kind: "Công bố hợp chuẩn", subject: "Công ty Cổ phần xi măng Đồng Bành" },
    { date: utc(2021, 5, 12), kind: "Công bố hợp chuẩn", subject: "Hợp tác xã Hòa Bình" },
  ];
}

function metrology(): ActivityRow[] {
  const rng = mulberry32(2021_0630);
  const points = MARKETS.flatMap((m) => [`Điểm cân đối chứng số 1, chợ ${m}`, `Điểm cân đối chứng số 2, chợ ${m}`]);
  const right = splitTotal(rng, SCALE_CODES.total - SCALE_CODES.wrong, points.length * 2);
  const wrong = splitTotal(rng, SCALE_CODES.wrong, 5);
  const rows: ActivityRow[] = SEALED_STATIONS.map((subject, i) => ({
    date: utc(2021, 3 + Math.floor(i / 2), 8 + (i % 2) * 14),
    kind: "Niêm phong cột đo xăng dầu",
    subject,
  }));
  RECORDED_STATIONS.forEach((subject, i) =>
    rows.push({ date: utc(2021, 4 + Math.floor(i / 3), 6 + (i % 3) * 7), kind: REFERENCE_ACTIVITY_KINDS[0]![0], subject }),
  );
  // Each point reports its codes used every quarter; wrong codes are their own rows.
  points.forEach((subject, i) => {
    rows.push({ date: utc(2021, 3, 31), kind: "Cân đối chứng", subject, quantity: right[i * 2]!, result: "Đạt" });
    rows.push({ date: utc(2021, 6, 30), kind: "Cân đối chứng", subject, quantity: right[i * 2 + 1]!, result: "Đạt" });
  });
  wrong.forEach((quantity, i) => {
    rows.push({ date: utc(2021, 2 + i, 15), kind: "Cân đối chứng", subject: points[i * 6]!, quantity, result: "Không đạt", note: "mã cân sai" });
  });
  return rows;
}

function inspections(): ActivityRow[] {
  return [
    ...MEDICAL_ESTABLISHMENTS.map((subject, i) => ({ date: utc(2021, 4, 5 + i), kind: "Thanh tra", subject, batch: MEDICAL_INSPECTION })),
    ...TET_SHOPS.map((subject, i): ActivityRow => {
      const fine = TET_FINES.find((f) => f.shop === i);
      const day = utc(2021, 1, 25 + Math.floor(i / 2));
      return fine === undefined
        ? { date: day, kind: "Kiểm tra", subject, batch: TET_CAMPAIGN, result: "Không vi phạm" }
        : { date: day, kind: "Kiểm tra", subject, batch: TET_CAMPAIGN, result: "Vi phạm", amount: fine.amount, note: fine.note };
    }),
    ...PETROL_STATIONS.map((subject, i) => ({
      date: utc(2021, 5, 17 + Math.floor(i / 3)),
      kind: "Kiểm tra",
      subject,
      batch: PETROL_CAMPAIGN,
      result: "Không vi phạm",
    })),
  ];
}

/** The register's rows, in date order as units add them (ties keep their order). */
export function referenceActivityRows(): SampleValue[][] {
  const rows = [...appraisals(), ...radiation(), ...initiatives(), ...quality(), ...metrology(), ...inspections()];
  rows.sort((a, b) => a.date.getTime() - b.date.getTime());
  return rows.map((r) => rowOf(KEYS, r));
}
