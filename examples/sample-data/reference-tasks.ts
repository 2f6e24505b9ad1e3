/**
 * `Nhiệm vụ` of the reference sample. Designed so that the contract's rules,
 * applied to 01/01/2021–30/06/2021, give the reference report's figures:
 * 29 managed (Nông nghiệp và phát triển nông thôn 20, Xã hội - nhân văn 4,
 * Y dược 1, Kỹ thuật - công nghệ 4), 3 accepted, 9 results certificates.
 * The rows outside those figures are there so that the rules matter.
 */
import { TASKS_SHEET, type TaskField, type TaskLevel, type TaskStatus } from "../../src/core/schema";
import { utc } from "./dates";
import { rowOf, type SampleValue } from "./sample-sheet";

type Row = readonly [
  code: string,
  title: string,
  level: TaskLevel,
  field: TaskField,
  host: string,
  investigator: string,
  start: string,
  end: string,
  budget: number,
  status: TaskStatus,
  acceptedOn?: string,
  certifiedOn?: string,
];

const NN = "Nông nghiệp và phát triển nông thôn";
const XH = "Xã hội - nhân văn";
const YD = "Y dược";
const KT = "Kỹ thuật - công nghệ";
const TN = "Khoa học tự nhiên";
const RUNNING = "Đang thực hiện";
const ACCEPTED = "Đã nghiệm thu";
const CENTRE = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Lạng Sơn";
const TNU_AGRI = "Trường Đại học Nông Lâm – Đại học Thái Nguyên";
const FORESTRY = "Trung tâm Nghiên cứu Lâm nghiệp Đông Bắc Bộ";

/** Managed in the period: started by 30/06/2021 and not accepted (or stopped) before 01/01/2021. */
export const MANAGED_TASKS: ReadonlyArray<Row> = [
  // Nông nghiệp và phát triển nông thôn: 20, of which 3 accepted inside the period.
  ["DA.2019.02", "Ứng dụng tiến bộ kỹ thuật xây dựng mô hình sản xuất Quýt Bắc Sơn theo tiêu chuẩn VietGAP tại huyện Bắc Sơn, tỉnh Lạng Sơn", "Quốc gia", NN, CENTRE, "ThS. Hoàng Văn Tuấn", "01/07/2019", "30/06/2022", 4150, RUNNING],
  ["ĐT.2019.05", "Ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn", "Tỉnh", NN, TNU_AGRI, "TS. Nguyễn Thị Thu Hằng", "01/03/2019", "31/12/2020", 1120, ACCEPTED, "26/03/2021", "14/05/2021"],
  ["DA.2020.01", "Xây dựng nhãn hiệu tập thể cho sản phẩm Trám đen của huyện Văn Quan, tỉnh Lạng Sơn", "Tỉnh", NN, "UBND huyện Văn Quan", "Lương Văn Khánh", "01/04/2020", "31/03/2021", 420, ACCEPTED, "16/04/2021", "30/06/2021"],
  ["DA.2020.02", "Xây dựng nhãn hiệu tập thể cho sản phẩm Thanh Long của huyện Bình Gia, tỉnh Lạng Sơn", "Tỉnh", NN, "UBND huyện Bình Gia", "Hoàng Thị Mai", "01/04/2020", "31/03/2021", 415, ACCEPTED, "20/05/2021", "01/07/2021"],
  ["ĐT.2019.08", "Ứng dụng tiến bộ kỹ thuật sản xuất rau an toàn theo chuỗi giá trị tại thành phố Lạng Sơn", "Tỉnh", NN, "Trung tâm Khuyến nông tỉnh Lạng Sơn", "ThS. Vi Văn Thắng", "01/06/2019", "31/05/2021", 780, ACCEPTED, "08/07/2021"],
  ["ĐT.2020.03", "Nghiên cứu nhân giống và xây dựng mô hình trồng Hồi cao sản tại huyện Văn Lãng, tỉnh Lạng Sơn", "Tỉnh", NN, FORESTRY, "TS. Nông Văn Sinh", "01/05/2020", "30/04/2023", 1650, RUNNING],
  ["ĐT.2020.04", "Nghiên cứu quy trình sản xuất Thạch đen Tràng Định theo hướng hàng hóa", "Tỉnh", NN, TNU_AGRI, "PGS.TS. Trần Văn Điền", "01/06/2020", "31/05/2022", 950, RUNNING],
  ["DA.2020.05", "Xây dựng mô hình thâm canh Na Chi Lăng theo hướng hữu cơ tại huyện Chi Lăng, tỉnh Lạng Sơn", "Cơ sở", NN, "Hợp tác xã Na hữu cơ Chi Lăng", "Chu Văn Lâm", "01/07/2020", "31/12/2021", 380, RUNNING],
  ["ĐT.2020.06", "Bảo tồn và phát triển nguồn gen Gà sáu ngón tại huyện Văn Lãng, tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Chăn nuôi", "TS. Phạm Công Thiếu", "01/08/2020", "31/07/2023", 1480, RUNNING],
  ["ĐT.2020.07", "Nghiên cứu nhân giống Sa nhân tím bằng kỹ thuật nuôi cấy mô tế bào thực vật", "Cơ sở", NN, CENTRE, "ThS. Lăng Thị Hương", "01/03/2020", "31/12/2021", 320, RUNNING],
  ["DA.2021.01", "Xây dựng mô hình trồng Ba kích tím dưới tán rừng tại huyện Đình Lập, tỉnh Lạng Sơn", "Tỉnh", NN, "Công ty Cổ phần Dược liệu Đình Lập", "Triệu Văn Phúc", "01/03/2021", "28/02/2024", 1250, RUNNING],
  // Past its end but not yet accepted: still managed.
  ["ĐT.2019.11", "Ứng dụng công nghệ sinh học sản xuất giống khoai tây sạch bệnh tại tỉnh Lạng Sơn", "Tỉnh", NN, CENTRE, "ThS. Hà Thị Ngọc", "01/09/2019", "31/03/2021", 890, RUNNING],
  ["DA.2020.08", "Áp dụng, chuyển giao kết quả nghiên cứu của dự án “Mô hình trồng thử nghiệm cây Thanh long ruột đỏ tại huyện Bình Gia, tỉnh Lạng Sơn”", "Cơ sở", NN, "Phòng Nông nghiệp và Phát triển nông thôn huyện Bình Gia", "Mông Văn Hải", "01/04/2020", "31/12/2021", 450, RUNNING],
  ["ĐT.2021.02", "Nghiên cứu phát triển cây Mắc ca tại huyện Bình Gia, tỉnh Lạng Sơn", "Tỉnh", NN, FORESTRY, "TS. Đinh Văn Quang", "01/04/2021", "31/03/2024", 1380, RUNNING],
  ["DA.2019.09", "Xây dựng mô hình nuôi cá lồng trên hồ thủy lợi Bản Lải, huyện Lộc Bình, tỉnh Lạng Sơn", "Tỉnh", NN, "Trung tâm Khuyến nông tỉnh Lạng Sơn", "Nông Thị Lan", "01/10/2019", "30/09/2021", 1060, RUNNING],
  ["ĐT.2020.09", "Ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ tại huyện Hữu Lũng, tỉnh Lạng Sơn", "Cơ sở", NN, "Trạm Khuyến nông huyện Hữu Lũng", "Lê Văn Hùng", "01/09/2020", "31/08/2022", 360, RUNNING],
  ["ĐT.2020.10", "Nghiên cứu chọn lọc và nhân giống Hồng Vành Khuyên tại huyện Văn Lãng, tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Nghiên cứu Rau quả", "TS. Vũ Mạnh Hải", "01/10/2020", "30/09/2023", 1190, RUNNING],
  ["DA.2021.03", "Xây dựng mô hình trồng nấm Linh chi và nấm Sò trên giá thể mùn cưa tại thành phố Lạng Sơn", "Cơ sở", NN, CENTRE, "KS. Hoàng Thị Thu", "01/05/2021", "30/04/2022", 285.5, RUNNING],
  ["ĐT.2021.04", "Nghiên cứu giải pháp phòng trừ sâu đục thân, đục quả hại cây Hồi tại tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Bảo vệ thực vật", "TS. Nguyễn Văn Liêm", "01/06/2021", "31/05/2023", 980, RUNNING],
  // Starts on the period's last day: managed (the bound is inclusive).
  ["ĐT.2021.05", "Nghiên cứu phục tráng giống lúa nếp cẩm địa phương tại huyện Tràng Định, tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Cây lương thực và Cây thực phẩm", "TS. Lương Văn Định", "30/06/2021", "30/06/2024", 1040, RUNNING],
  // Xã hội - nhân văn: 4.
  ["ĐT.2019.12", "Nghiên cứu giải pháp phát triển du lịch cộng đồng gắn với di sản văn hóa tại huyện Bắc Sơn, tỉnh Lạng Sơn", "Tỉnh", XH, "Trường Đại học Khoa học – Đại học Thái Nguyên", "TS. Đàm Thị Tuyết", "01/11/2019", "31/10/2021", 620, RUNNING],
  ["ĐT.2020.11", "Sưu tầm, biên soạn và phát huy giá trị Lễ hội Lồng tồng của người Tày, Nùng tỉnh Lạng Sơn", "Tỉnh", XH, "Hội Văn học Nghệ thuật tỉnh Lạng Sơn", "Hoàng Văn Páo", "01/06/2020", "31/12/2021", 540, RUNNING],
  ["ĐT.2021.06", "Nghiên cứu thực trạng và giải pháp nâng cao chất lượng nguồn nhân lực tại Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", "Tỉnh", XH, "Trường Chính trị Hoàng Văn Thụ", "ThS. Vy Thị Thanh", "01/03/2021", "31/08/2022", 480, RUNNING],
  ["ĐT.2020.12", "Nghiên cứu giải pháp nâng cao hiệu quả công tác giảm nghèo bền vững tại các xã biên giới tỉnh Lạng Sơn", "Cơ sở", XH, "Sở Lao động – Thương binh và Xã hội tỉnh Lạng Sơn", "Ngô Thị Hoa", "01/12/2020", "30/11/2021", 290, RUNNING],
  // Y dược: 1.
  ["ĐT.2020.13", "Nghiên cứu ứng dụng kỹ thuật can thiệp nội mạch điều trị nhồi máu não cấp tại Bệnh viện Đa khoa tỉnh Lạng Sơn", "Tỉnh", YD, "Bệnh viện Đa khoa tỉnh Lạng Sơn", "BSCKII. Đặng Văn Thành", "01/07/2020", "30/06/2022", 1350, RUNNING],
  // Kỹ thuật - công nghệ: 4.
  ["ĐT.2019.14", "Ứng dụng công nghệ thông tin quảng bá và tiêu thụ các sản phẩm nông sản của tỉnh Lạng Sơn", "Tỉnh", KT, "Trung tâm Công nghệ thông tin và Truyền thông Lạng Sơn", "ThS. Phùng Văn Tiến", "01/08/2019", "31/07/2021", 760, RUNNING],
  ["ĐT.2020.14", "Nghiên cứu ứng dụng công nghệ IoT giám sát chất lượng nước tại các nhà máy nước sinh hoạt tỉnh Lạng Sơn", "Tỉnh", KT, "Trường Đại học Công nghệ Thông tin và Truyền thông – Đại học Thái Nguyên", "TS. Đỗ Đình Cường", "01/10/2020", "30/09/2022", 1100, RUNNING],
  ["ĐT.2021.07", "Nghiên cứu sử dụng vật liệu địa phương sản xuất gạch không nung tại tỉnh Lạng Sơn", "Cơ sở", KT, "Công ty Cổ phần xi măng Đồng Bành", "KS. Nguyễn Đức Mạnh", "01/02/2021", "31/01/2022", 340, RUNNING],
  ["DA.2018.06", "Ứng dụng công nghệ sấy bơm nhiệt trong chế biến Hồi, Quế tại huyện Văn Quan, tỉnh Lạng Sơn", "Quốc gia", KT, CENTRE, "ThS. Hoàng Văn Tuấn", "01/01/2019", "31/12/2021", 3800, RUNNING],
];

/** Not managed in the period; seven of them still get their results certificate inside it. */
export const OTHER_TASKS: ReadonlyArray<Row> = [
  // Accepted in 2020, results registered in the first half of 2021.
  ["ĐT.2018.03", "Giải pháp nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025", "Tỉnh", XH, "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "ThS. Hoàng Thị Kim Dung", "01/06/2018", "31/05/2020", 560, ACCEPTED, "27/11/2020", "19/01/2021"],
  ["ĐT.2018.04", "Nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn, tại huyện Bắc Sơn, tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Nghiên cứu Rau quả", "TS. Nguyễn Quốc Hùng", "01/04/2018", "31/03/2020", 1280, ACCEPTED, "15/12/2020", "24/02/2021"],
  ["ĐT.2018.07", "Nghiên cứu giá trị dinh dưỡng, dược học của mật ong hoa ngũ gia bì tại huyện Chi Lăng, tỉnh Lạng Sơn", "Tỉnh", YD, "Trường Đại học Y Dược – Đại học Thái Nguyên", "TS. Nguyễn Thị Hoa", "01/08/2018", "31/07/2020", 870, ACCEPTED, "23/10/2020", "11/03/2021"],
  ["ĐT.2018.09", "Nghiên cứu chọn lọc cây Hồi ưu tú và xây dựng vườn cây đầu dòng tại huyện Văn Quan, tỉnh Lạng Sơn", "Tỉnh", NN, FORESTRY, "TS. Nông Văn Sinh", "01/09/2018", "31/08/2020", 1090, ACCEPTED, "18/12/2020", "02/04/2021"],
  ["DA.2019.03", "Ứng dụng tiến bộ kỹ thuật trong thâm canh và bảo quản quả Na Chi Lăng, tỉnh Lạng Sơn", "Cơ sở", NN, CENTRE, "KS. Chu Thị Hạnh", "01/03/2019", "31/08/2020", 390, ACCEPTED, "20/11/2020", "05/02/2021"],
  // Accepted on the day before the period: not managed in 2021.
  ["ĐT.2019.04", "Nghiên cứu, sưu tầm và bảo tồn làn điệu hát Then của người Tày, Nùng tỉnh Lạng Sơn", "Tỉnh", XH, "Hội Văn học Nghệ thuật tỉnh Lạng Sơn", "Hoàng Văn Páo", "01/01/2019", "31/10/2020", 610, ACCEPTED, "31/12/2020", "20/04/2021"],
  ["ĐT.2019.06", "Ứng dụng công nghệ GIS xây dựng cơ sở dữ liệu quản lý đất đai huyện Cao Lộc, tỉnh Lạng Sơn", "Tỉnh", KT, "Trường Đại học Tài nguyên và Môi trường Hà Nội", "TS. Trần Xuân Miễn", "01/05/2019", "30/06/2020", 720, ACCEPTED, "15/10/2020", "22/01/2021"],
  // Accepted and registered in 2020.
  ["ĐT.2018.10", "Nghiên cứu bảo tồn và phát triển nguồn gen Dê núi Lạng Sơn", "Tỉnh", NN, "Viện Chăn nuôi", "TS. Phạm Công Thiếu", "01/01/2018", "31/12/2019", 1150, ACCEPTED, "12/06/2020", "18/09/2020"],
  // Stopped in 2020.
  ["ĐT.2019.10", "Nghiên cứu sản xuất tinh dầu Hồi đạt tiêu chuẩn xuất khẩu bằng công nghệ chưng cất lôi cuốn hơi nước cải tiến", "Tỉnh", NN, "Công ty TNHH Hồi Quế Văn Quan", "Lộc Văn Tài", "01/03/2019", "31/10/2020", 830, "Dừng"],
  // Proposed to the Ministry for 2022 (the reference's 03 national tasks and 01 mountain-programme task).
  ["ĐX.2022.01", "Nghiên cứu phát triển chuỗi giá trị sản phẩm Hồi Lạng Sơn theo hướng hữu cơ, đạt chuẩn xuất khẩu", "Quốc gia", NN, FORESTRY, "TS. Nông Văn Sinh", "01/01/2022", "31/12/2024", 6500, "Đề xuất"],
  ["ĐX.2022.02", "Nghiên cứu đa dạng di truyền và bảo tồn nguồn gen cây Trà hoa vàng tại tỉnh Lạng Sơn", "Quốc gia", TN, "Viện Sinh thái và Tài nguyên sinh vật", "TS. Đỗ Văn Trường", "01/01/2022", "31/12/2024", 5200, "Đề xuất"],
  ["ĐX.2022.03", "Nghiên cứu công nghệ chế biến sâu sản phẩm Thạch đen Tràng Định", "Quốc gia", KT, "Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch", "TS. Nguyễn Thị Hoài", "01/01/2022", "31/12/2024", 4800, "Đề xuất"],
  ["ĐX.2022.04", "Ứng dụng tiến bộ kỹ thuật xây dựng mô hình chăn nuôi Lợn đen bản địa tại huyện Bình Gia, tỉnh Lạng Sơn", "Quốc gia", NN, CENTRE, "ThS. Vi Văn Thắng", "01/01/2022", "31/12/2024", 3900, "Đề xuất"],
  // Being selected; they start after the period (the first on the day after it).
  ["ĐT.2021.08", "Nghiên cứu nâng cao giá trị sản phẩm Miến dong Bình Gia đạt tiêu chuẩn OCOP 4 sao", "Tỉnh", NN, TNU_AGRI, "TS. Trần Văn Điền", "01/07/2021", "30/06/2023", 950, "Tuyển chọn"],
  ["ĐT.2021.09", "Bảo tồn nguồn gen cây Lan kim tuyến tại Khu bảo tồn thiên nhiên Hữu Liên, huyện Hữu Lũng, tỉnh Lạng Sơn", "Tỉnh", NN, FORESTRY, "ThS. Lăng Thị Hương", "01/09/2021", "31/08/2024", 1150, "Tuyển chọn"],
];

function date(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const [d, m, y] = text.split("/").map(Number);
  return utc(y ?? 0, m ?? 0, d ?? 0);
}

const KEYS = TASKS_SHEET.columns.map((c) => c.key);

/** All task rows, in contract column order, sorted by code as a clerk would keep them. */
export function referenceTaskRows(): SampleValue[][] {
  const rows = [...MANAGED_TASKS, ...OTHER_TASKS].sort((a, b) => a[0].localeCompare(b[0], "vi"));
  return rows.map(([code, title, level, field, host, investigator, start, end, budget, status, accepted, certified]) =>
    rowOf(KEYS, {
      code,
      title,
      level,
      field,
      host,
      investigator,
      start: date(start),
      end: date(end),
      budget,
      status,
      acceptedOn: date(accepted),
      certifiedOn: date(certified),
    }),
  );
}
