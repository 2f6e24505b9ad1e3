/**
 * The mistakes sample (`bao-cao-co-loi.xlsx`), first half of 2022: a small
 * workbook typed the way clerks really type, every mistake in a known cell.
 * The grids are literal so that each address in `planned-outcomes.ts` (and in
 * examples/README.md) can be read straight off them.
 */
import {
  CALIBRATIONS_SHEET,
  FINANCE_SHEET,
  INFO_KEYS,
  INFO_SHEET,
  LOTS_SHEET,
  NARRATIVE_SHEET,
  TASKS_SHEET,
  type InfoKey,
} from "../../src/core/schema";
import { utc } from "./dates";
import type { SampleSheet, SampleValue, SampleWorkbook } from "./sample-sheet";

export const MISTAKES_FILE = "bao-cao-co-loi.xlsx";

const d = utc;
const vi = (key: InfoKey): string => INFO_KEYS.find((k) => k.key === key)?.vi ?? key;
const en = (key: InfoKey): string => INFO_KEYS.find((k) => k.key === key)?.en ?? key;

const NN = "Nông nghiệp và phát triển nông thôn";
const RUNNING = "Đang thực hiện";

const info: SampleSheet = {
  name: INFO_SHEET.vi,
  headers: INFO_SHEET.columns.map((c) => c.vi),
  widths: [22, 90],
  rows: [
    /* 2 */ [en("parentAgency"), "UBND TỈNH LẠNG SƠN"],
    /* 3 */ [en("agency"), "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
    /* 4 */ [vi("agencyCode"), "SKHCN"],
    /* 5 */ [vi("number"), null],
    /* 6 */ [vi("place"), "Lạng Sơn"],
    /* 7 */ [vi("issueDate"), null],
    /* 8 */ [vi("from"), "01/01/2022"],
    /* 9 */ [en("to"), d(2022, 6, 30)],
    /* 10 */ [vi("periodName"), null],
    /* 11 */ [vi("recipient"), "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
    /* 12 */ [vi("basis"), "Thực hiện Công văn số 702/SKHĐT-THKTXH ngày 05/5/2022 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 6 tháng đầu năm 2022 (số liệu mẫu)"],
    /* 13 */ [en("signerTitle"), "GIÁM ĐỐC"],
    /* 14 */ [vi("signer"), "Nguyễn Thị Hà"],
    /* 15 */ [vi("distribution"), "Như trên;\nLãnh đạo Sở;\nLưu: VT, KH&CN."],
    /* 16 */ ["Người lập biểu", "Hoàng Văn Nam"],
  ],
};

const tasks: SampleSheet = {
  name: TASKS_SHEET.vi,
  headers: [
    "Mã nhiệm vụ", "Tên nhiệm vụ", "Cấp quản lý", "Lĩnh vực", "Tổ chức chủ trì", "Chủ nhiệm",
    "Ngày bắt đầu\n(dd/mm/yyyy)", "Ngày kết thúc\n(dd/mm/yyyy)", "Kinh phí\n(triệu đồng)",
    "Trạng thái", "Ngày nghiệm thu", "Ngày cấp GCN", "Ghi chú nội bộ",
  ],
  widths: [13, 60, 11, 30, 36, 24, 14, 14, 12, 16, 16, 14, 26],
  rows: [
    /* 2 */ ["ĐT.2021.02", "Nghiên cứu phát triển cây Mắc ca tại huyện Bình Gia, tỉnh Lạng Sơn", "Tỉnh", NN, "Trung tâm Nghiên cứu Lâm nghiệp Đông Bắc Bộ", "TS. Đinh Văn Quang", d(2021, 4, 1), d(2024, 3, 31), 1380, RUNNING, null, null, null],
    /* 3 */ ["ĐT.2022.01", "Nghiên cứu nâng cao giá trị sản phẩm Miến dong Bình Gia đạt tiêu chuẩn OCOP 4 sao", "Tỉnh", NN, "Trường Đại học Nông Lâm – Đại học Thái Nguyên", "TS. Trần Văn Điền", "15/03/2022", d(2024, 3, 14), " 1.250,5 ", RUNNING, null, null, "Chờ bổ sung thuyết minh"],
    /* 4 */ ["ĐT.2019.14", "Ứng dụng công nghệ thông tin quảng bá và tiêu thụ các sản phẩm nông sản của tỉnh Lạng Sơn", "Tỉnh", "Kỹ thuật - công nghệ", "Trung tâm Công nghệ thông tin và Truyền thông Lạng Sơn", "ThS. Phùng Văn Tiến", d(2019, 8, 1), d(2021, 7, 31), 760, "Đã nghiệm thu", null, null, "Hỏi lại ngày họp hội đồng"],
    /* 5 */ ["ĐT.2022.02", "Nghiên cứu đa dạng di truyền và bảo tồn nguồn gen cây Trà hoa vàng tại tỉnh Lạng Sơn", "Quốc gia", "Khoa học tự nhiên", "Viện Sinh thái và Tài nguyên sinh vật", "TS. Đỗ Văn Trường", d(2022, 4, 1), d(2022, 1, 31), 5200, RUNNING, null, null, null],
    /* 6 */ ["ĐT.2022.03", "Bảo tồn nguồn gen cây Lan kim tuyến tại Khu bảo tồn thiên nhiên Hữu Liên, huyện Hữu Lũng", "Tỉnh", NN, "Trung tâm Nghiên cứu Lâm nghiệp Đông Bắc Bộ", "ThS. Lăng Thị Hương", d(2022, 1, 1), "31/04/2022", 1150, RUNNING, null, null, null],
    /* 7 */ ["ĐT.2022.04", "Ứng dụng tiến bộ kỹ thuật xây dựng mô hình chăn nuôi Lợn đen bản địa tại huyện Bình Gia", "Quốc gia", NN, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Lạng Sơn", "ThS. Vi Văn Thắng", "2022-13-01", d(2024, 12, 31), 3900, RUNNING, null, null, null],
    /* 8 */ ["ĐT.2021.05", "Nghiên cứu phục tráng giống lúa nếp cẩm địa phương tại huyện Tràng Định, tỉnh Lạng Sơn", "Tỉnh", NN, "Viện Cây lương thực và Cây thực phẩm", "TS. Lương Văn Định", d(2021, 6, 30), d(2024, 6, 30), { error: "#N/A" }, RUNNING, null, null, null],
    /* 9 */ ["ĐT.2021.06", "Nghiên cứu thực trạng và giải pháp nâng cao chất lượng nguồn nhân lực tại Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn", "tinh", "xa hoi - nhan van", "Trường Chính trị Hoàng Văn Thụ", "ThS. Vy Thị Thanh", d(2021, 3, 1), d(2022, 8, 31), 480, RUNNING, null, null, null],
    /* 10 */ ["ĐT.2020.13", "Nghiên cứu ứng dụng kỹ thuật can thiệp nội mạch\u0007 điều trị nhồi máu não cấp tại Bệnh viện Đa khoa tỉnh Lạng Sơn", "Tỉnh", "Y dược", "Bệnh viện Đa khoa tỉnh Lạng Sơn", "BSCKII. Đặng Văn Thành", d(2020, 7, 1), d(2022, 6, 30), 1350, RUNNING, null, null, null],
    /* 11 */ ["ĐT.2021.07", "Nghiên cứu sử dụng vật liệu địa phương sản xuất gạch không nung tại tỉnh Lạng Sơn", "Cơ sở", "Kỹ thuật - công nghệ", "Công ty Cổ phần xi măng Đồng Bành", "KS. Nguyễn Đức Mạnh", d(2021, 2, 1), d(2022, 1, 31), 340, "Đang thực hiên", null, null, null],
    /* 12 */ ["ĐT.2022.05", "Nghiên cứu sản xuất chế phẩm sinh học từ vỏ quả Hồi", "Cơ sở", NN, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Lạng Sơn", "KS. Hoàng Thị Thu", "quý I/2022", d(2023, 3, 31), 320, RUNNING, null, null, "Chưa có quyết định"],
    /* 13 */ ["ĐT.2020.14", "Nghiên cứu ứng dụng công nghệ IoT giám sát chất lượng nước tại các nhà máy nước sinh hoạt tỉnh Lạng Sơn", "Tỉnh", "Kỹ thuật - công nghệ", "Trường Đại học Công nghệ Thông tin và Truyền thông – Đại học Thái Nguyên", "TS. Đỗ Đình Cường", d(2020, 10, 1), d(2022, 9, 30), 1100, RUNNING, d(2022, 6, 15), null, null],
  ],
};

const lots: SampleSheet = {
  name: LOTS_SHEET.vi,
  titleRows: ["DANH SÁCH LÔ HÀNG NHẬP KHẨU ĐĂNG KÝ KIỂM TRA CHẤT LƯỢNG 6 THÁNG ĐẦU NĂM 2022", "(Số liệu cập nhật đến ngày 30/06/2022)"],
  // Another order than the contract's, and one header in English.
  headers: ["Ngày đăng ký", "Số đăng ký", "Nhóm hàng", "Tên hàng", "Importer", "Số lượng", "Đơn vị tính", "Cửa khẩu", "Kết quả"],
  widths: [14, 15, 18, 30, 46, 10, 11, 16, 14],
  rows: [
    /* 4 */ [d(2022, 1, 4), "2022/0001-LS", "Đồ chơi trẻ em", "Bộ đồ chơi xếp hình bằng nhựa", "Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Long", 1200, "bộ", "Hữu Nghị", "Đạt"],
    /* 5 */ [d(2022, 1, 5), "2022/0002-LS", "Do choi tre em", "Búp bê bằng nhựa", "Công ty Cổ phần Đầu tư Thương mại Đồng Đăng", 800, "chiếc", "Tân Thanh", "Dat"],
    /* 6 */ ["10/01/2022", "2022/0003-LS", "Đồ điện, điện tử", "Quạt điện để bàn", "Công ty TNHH Điện máy Phú Thịnh", "3.339", "chiếc", "Hữu Nghị", "Đạt"],
    /* 7 */ [d(2022, 1, 12), "2022/0004-LS", "Đồ chơi trẽ em", "Xe ô tô đồ chơi chạy pin", "Công ty TNHH Đồ chơi Trí Tuệ Việt", 500, "chiếc", "Chi Ma", "Đạt"],
    /* 8 */ [d(2022, 1, 14), "2022/0005-LS", "Thép", "Thép cuộn cán nóng", "Công ty Cổ phần Thép Việt Bắc", 0, "tấn", "Đồng Đăng (ga)", "Đạt"],
    /* 9 */ [d(2022, 1, 18), "2022/0006-LS", "Thep", "Thép dây mạ kẽm", "Công ty Cổ phần Thép Việt Bắc", 45.5, "tấn", "Cốc Nam", "Đạt yêu cầu"],
    /* 10 */ [],
    /* 11 */ [],
    /* 12 */ ["31/02/2022", "2022/0007-LS", "Đồ điện, điện tử", "Nồi cơm điện", "Công ty TNHH MTV Thương mại Minh Phát", 300, "chiếc", "Tân Thanh", "Đạt"],
    /* 13 */ [d(2022, 3, 3), "2022/0005-LS", "Đồ điện, điện tử", "Ấm đun nước siêu tốc", "Công ty TNHH Xuất nhập khẩu Tân Thanh", "\u00a0120", "chiếc", "Hữu Nghị", "Đạt"],
    /* 14 */ [d(2022, 3, 7), "2022/0008-LS", "Thép hộp", "Thép hộp mạ kẽm", "Công ty Cổ phần Thép Việt Bắc", 60, "tấn", "Hữu Nghị", "Đang xử lý"],
    /* 15 */ [d(2022, 3, 21), "2022/0009-LS", "Đồ chơi trẻ em", { error: "#REF!" }, "Công ty TNHH Thương mại Quốc tế Bảo An", 1000, "bộ", "Tân Thanh", "Đạt"],
    /* 16 */ [d(2022, 4, 4), "2022/0010-LS", "Đồ điện, điện tử", "Máy sấy tóc", null, 250, "chiếc", "Chi Ma", "Đạt"],
    /* 17 */ [d(2022, 6, 30), "2022/0011-LS", "Đồ điện, điện tử", "Bàn là điện", "Công ty TNHH Điện máy Phú Thịnh", 150, "chiếc", "Hữu Nghị", "Đang xử lý"],
    /* 18 */ [d(2022, 7, 5), "2022/0012-LS", "Thép", "Thép không gỉ dạng tấm", "Công ty Cổ phần Thép Việt Bắc", 32.5, "tấn", "Hữu Nghị", "Đang xử lý"],
  ],
};

/** A lookup into an empty range: Excel caches #N/A, as it would for a code not yet in a list. */
const LOOKUP_NA: SampleValue = { formula: 'VLOOKUP("ĐHN-07",J2:K3,2,FALSE)', result: { error: "#N/A" } };

const calibrations: SampleSheet = {
  name: CALIBRATIONS_SHEET.vi,
  headers: ["Ngày", "Hình thức", "Phương tiện đo", "Số lượng\n(cái, quả, cột)", "Đơn vị tính", "Khách hàng", "Kết quả", "Số giấy chứng nhận"],
  widths: [12, 12, 22, 14, 12, 40, 11, 18],
  rows: [
    /* 2 */ [d(2022, 1, 10), "Kiểm định", "Cột đo xăng dầu", 12, "cột", "Công ty Xăng dầu Bắc Sơn", "Đạt", "KĐ22-0001"],
    /* 3 */ [d(2022, 1, 11), "Kiem dinh", "Huyết áp kế", 20, "cái", "Bệnh viện Đa khoa tỉnh Lạng Sơn", "Đạt", "KĐ22-0002"],
    /* 4 */ [d(2022, 1, 12), "Kiểm định", "Công tơ điện", -5, "cái", "Công ty Điện lực Lạng Sơn", "Đạt", "KĐ22-0003"],
    /* 5 */ [d(2022, 1, 13), "Kiểm định", "Áp kế", 2.5, "cái", "Công ty Cổ phần Cấp thoát nước Lạng Sơn", "Đạt", "KĐ22-0004"],
    /* 6 */ [d(2022, 1, 14), "Kiểm định", "Đồng hồ nước", LOOKUP_NA, "cái", "Công ty Cổ phần Cấp thoát nước Lạng Sơn", "Đạt", "KĐ22-0005"],
    /* 7 */ [d(2022, 1, 17), "Kiểm định", "Quả cân", { formula: "4+2", result: 6 }, "quả", "Ban quản lý chợ Giếng Vuông", "Đạt", "KĐ22-0006"],
    /* 8 */ [d(2022, 1, 18), "Kiểm đinh", "Cân các loại", 15, "cái", "Ban quản lý chợ Kỳ Lừa", "Đạt", "KĐ22-0007"],
    /* 9 */ [d(2022, 1, 19), "Hiệu chuẩn", "Cân", 3, "cái", "Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn", "Khong dat", null],
    /* 10 */ [d(2022, 1, 20), "Đo kiểm", "Điện trở tiếp địa", 8, "điểm đo", "CHXD Quán Thanh, huyện Chi Lăng", "Đạt", "ĐK22-0001"],
  ],
};

const finance: SampleSheet = {
  name: FINANCE_SHEET.vi,
  headers: ["Mã", "Nội dung", "Loại", "Dự toán năm\n(đồng)", "Thực hiện kỳ báo cáo\n(đồng)", "Ước cả năm\n(đồng)", "Ghi chú"],
  widths: [8, 50, 8, 20, 22, 20, 16],
  rows: [
    // Codes 1 and 2 typed as numbers; the parent 1 typed over its formula, 1.000.000 off.
    /* 2 */ [1, "Thu sự nghiệp", "Thu", 2_000_000_000, 1_001_000_000, 1_950_000_000, "Số liệu mẫu"],
    /* 3 */ ["1.1", "Thu phí, lệ phí", "Thu", 200_000_000, 100_000_000, 190_000_000, "Số liệu mẫu"],
    /* 4 */ ["1.2", "Thu dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Thu", "1.800.000.000", 900_000_000, 1_760_000_000, "Số liệu mẫu"],
    /* 5 */ [2, "Chi quản lý hành chính", "Chi", 6_000_000_000, 2_950_000_000, 6_000_000_000, "Số liệu mẫu"],
    /* 6 */ ["2.1", "Chi thanh toán cho cá nhân", "Chi", 4_500_000_000, 2_250_000_000, 4_500_000_000, "Số liệu mẫu"],
    /* 7 */ ["2.2", "Chi hàng hóa, dịch vụ và chi thường xuyên khác", "Chi", 1_500_000_000, 700_000_000, 1_500_000_000, "Số liệu mẫu"],
  ],
};

const narrative: SampleSheet = {
  name: NARRATIVE_SHEET.vi,
  headers: NARRATIVE_SHEET.columns.map((c) => c.vi),
  widths: [9, 120],
  rows: [
    /* 2 */ ["I", "Trong 6 tháng đầu năm 2022, đơn vị đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về KH-CN (số liệu mẫu)."],
    /* 3 */ ["II.1", "Tham mưu cho UBND tỉnh ban hành các văn bản chỉ đạo về hoạt động khoa học và công nghệ năm 2022 (số liệu mẫu)."],
    /* 4 */ [],
    /* 5 */ ["II.12", "Công tác chuyển đổi số: triển khai phần mềm quản lý hồ sơ công việc (số liệu mẫu)."],
    /* 6 */ ["III.1", "Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án khoa học và công nghệ thực hiện theo tiến độ (số liệu mẫu)."],
  ],
};

export function mistakesWorkbook(): SampleWorkbook {
  return { fileName: MISTAKES_FILE, sheets: [info, tasks, lots, calibrations, finance, narrative] };
}
