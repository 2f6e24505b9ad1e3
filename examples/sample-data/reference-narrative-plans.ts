/**
 * `Nội dung` of the reference sample, part III (plans for the second half),
 * numbered without the reference's duplicate "6.": III.1 … III.9.
 */
import type { NarrativeRow } from "./reference-narrative-results";

export const NARRATIVE_PLANS: ReadonlyArray<NarrativeRow> = [
  [
    "III.1",
    "Tiếp tục quản lý, theo dõi đôn đốc các đề tài dự án khoa học và công nghệ thực hiện theo tiến độ. Xét chọn tổ chức cá nhân thực hiện nhiệm vụ KHCN cấp tỉnh đợt 2 năm 2021. Tổ chức tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ thuộc Chương trình Nghiên cứu, ứng dụng khoa học và công nghệ nâng cao giá trị và phát triển bền vững một số sản phẩm OCOP trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 – 2025. Tổ chức thực hiện các nhiệm vụ thuộc Đề án khung nhiệm vụ khoa học và công nghệ bảo tồn nguồn gen cấp tỉnh giai đoạn 2021 - 2025.",
  ],

  [
    "III.2",
    "Tiếp tục thực hiện thẩm định, góp ý, có ý kiến về công nghệ các dự án đầu tư theo quy định. Nghiên cứu, rà soát hệ thống cơ chế, chính sách, nâng cao hiệu quả quản lý nhà nước về thẩm định công nghệ hỗ trợ chuyển giao, làm chủ và phát triển công nghệ; phát triển thị trường, doanh nghiệp khoa học và công nghệ. Tham mưu thực hiện Kế hoạch số 106/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc Triển khai Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn tỉnh Lạng Sơn đến năm 2030 và Kế hoạch số 105/KH-UBND ngày 06/5/2021 của UBND tỉnh về việc triển khai thực hiện Chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo trên địa bàn tỉnh Lạng Sơn đến năm 2030.",
  ],
  [
    "III.2",
    "Thẩm định hồ sơ đề nghị thực hiện các TTHC thuộc lĩnh vực năng lượng nguyên tử theo quy định. Rà soát, sửa đổi, bổ sung, trình UBND tỉnh công bố sửa đổi các TTHC thuộc lĩnh vực năng lượng nguyên tử, an toàn bức xạ và hạt nhân theo quy định tại Nghị định số 142/2020/NĐ-CP ngày 09/12/2020 của Chính phủ quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử. Nghiên cứu đề xuất trang bị cơ sở vật chất cho Trạm quan trắc cảnh báo phóng xạ môi trường. Tập huấn kiến thức về ứng phó sự cố bức xạ và hạt nhân cho lực lượng ứng phó sự cố cấp tỉnh.",
  ],

  [
    "III.3.1",
    "Tiếp tục triển khai các nhiệm vụ thuộc Đề án Triển khai chiến lược Sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn đã được UBND tỉnh phê duyệt tại Quyết định số 527/QĐ-UBND ngày 31/3/2020: Hướng dẫn các đơn vị triển khai các dự án xác lập, bảo hộ quyền SHTT đối với 08 sản phẩm của tỉnh (Thạch đen Tràng Định; Mật ong hoa ngũ gia bì Vân Thủy; Lợn quay; Vịt quay; Gà sáu ngón; Lạp sườn Bình Gia; Bánh phồng Tràng Định; Cá lòng Văn Quan) sau khi được phê duyệt.",
  ],
  ["III.3.1", "Tư vấn, hỗ trợ các tổ chức, cá nhân hoàn thiện hồ sơ đăng ký nhãn hiệu."],
  ["III.3.2", "Tham mưu thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh chấm đánh giá hồ sơ đề nghị công nhận sáng kiến cấp tỉnh theo quy định."],
  [
    "III.3.3",
    "Tổ chức chấm, đánh giá các giải pháp tham dự Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạng Sơn năm 2021. Tổ chức Lễ tổng kết và trao giải thưởng.",
  ],

  [
    "III.4",
    "Hoàn thiện Dự thảo Nghị quyết BTV tỉnh ủy về tăng cường công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo. Triển khai Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Tổ chức 01 khóa đào tạo, tập huấn nâng cao năng lực hệ sinh thái KNĐMST cho đội ngũ công chức, viên chức một số Sở, ban, ngành; các đoàn thể; các tổ chức chính trị - xã hội; Các Trường nghề trên địa bàn tỉnh phụ trách chính trong công tác tham mưu triển khai về công tác hỗ trợ hệ sinh thái KNĐMST năm 2021; 06 Hội nghị tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo đội ngũ cán bộ phụ trách, tham mưu về công tác hỗ trợ hệ sinh thái KNĐMST các ngành, đoàn thể tại 06 huyện (Đình Lập, Văn Lãng, Tràng Định, Văn Quan, Cao Lộc, Bình Gia). Hoàn thành xây dựng Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh theo đề án đã được phê duyệt.",
  ],

  [
    "III.5",
    "Thực hiện nhiệm vụ thông tin, thống kê khoa học công nghệ, duy trì vận hành hệ thống công nghệ thông tin đảm bảo an toàn, an ninh thông tin theo kế hoạch.",
  ],

  [
    "III.6",
    "Chủ trì, phối hợp tổ chức Hội nghị tuyên truyền phổ biến các văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và các văn bản liên quan tới các tổ chức, cá nhân sản xuất, kinh doanh trên địa bàn huyện. Trình ban hành Nghị quyết của HĐND tỉnh quy định mức chi xây dựng quy chuẩn kỹ thuật địa phương trên địa bàn tỉnh Lạng Sơn. Thực hiện kiểm tra tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước tỉnh Lạng Sơn năm 2021; Tổ chức tập huấn chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 sang TCVN ISO 9001:2015 cho các cơ quan hành chính nhà nước. Giám sát đo lường, chất lượng hàng hóa lưu thông trên thị trường năm 2021 theo quy định (thông qua các hoạt động khảo sát, kiểm tra). Triển khai Kế hoạch Nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2021; Kế hoạch thực hiện Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Lạng Sơn năm 2021. Tiếp tục triển khai hoạt động Giải thưởng chất lượng quốc gia năm 2021. Tiếp nhận và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu cho tổ chức, cá nhân nhập khẩu; Tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy theo quy định; Tư vấn, hướng dẫn xây dựng TCCS, đăng ký MSMV cho tổ chức, cá nhân có nhu cầu.",
  ],
  [
    "III.6",
    "Thực hiện Khảo sát, kiểm tra nhà nước về đo lường, chất lượng và nhãn hàng hóa đối với các cơ sở kinh doanh nước đóng bình, đóng chai trên địa bàn tỉnh Lạng Sơn; Kiểm tra nhà nước về đo lường, chất lượng và nhãn hàng hóa đối với các cơ sở kinh doanh vật liệu xây dựng trên địa bàn tỉnh Lạng Sơn. Hướng dẫn và tiếp nhận bản công bố sử dụng dấu định lượng và chứng nhận cơ sở đủ điều kiện sử dụng dấu định lượng trên nhãn hàng đóng gói sẵn và hướng dẫn, tổ chức thực hiện đăng ký kiểm tra Nhà nước về đo lường đối với phương tiện đo, hàng đóng gói sẵn nhập khẩu cho doanh nghiệp. Theo dõi và quản lý hoạt động của 30 điểm cân đối chứng.",
  ],

  [
    "III.7",
    "Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt, đảm bảo hoàn thành 100% kế hoạch; thanh tra, kiểm tra đột xuất theo chỉ đạo hoặc khi phát hiện có dấu hiệu vi phạm. Thực hiện công tác tiếp công dân theo đúng quy định, xử lý kịp thời các đơn thư, khiếu nại, tố cáo về lĩnh vực thuộc thẩm quyền giải quyết của Sở KH&CN theo quy định. Tiếp tục triển khai thực hiện Kế hoạch phòng chống tham nhũng năm 2021; Kế hoạch phòng chống tham nhũng, lãng phí năm 2021 và các Kế hoạch thực hiện các biện pháp phòng ngừa tham nhũng đã được ban hành.",
  ],

  [
    "III.8",
    "Tiếp tục thực hiện công tác pháp chế theo kế hoạch năm 2021 đề ra. Tiếp tục cập nhật các văn bản QPPL của Trung ương, địa phương mới ban hành để tổ chức phổ biến, tuyên truyền đến toàn thể cán bộ, công chức, viên chức và người lao động tại đơn vị. Tiếp tục thực hiện cập nhật các Quyết định công bố TTHC của Bộ KH&CN và các Bộ liên quan để kịp thời lập hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Lạng Sơn gửi Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố TTHC theo quy định (nếu có).",
  ],

  [
    "III.9",
    "Tiếp tục tổ chức triển khai thực hiện các nhiệm vụ thường xuyên theo chức năng theo nội dung thuyết minh được phê duyệt. Quản lý, duy trì hệ thống phòng thử nghiệm, kiểm định, hiệu chuẩn theo TCVN ISO/IEC 17025:2017. Quản lý, duy trì hệ thống phòng thí nghiệm chuyên ngành xây dựng LAS-XD 1172 theo quy định. Tổ chức thực hiện kiểm định, hiệu chuẩn phương tiện đo và thử nghiệm chất lượng sản phẩm. Tiếp tục triển khai các nội dung công việc theo thuyết minh nhiệm vụ KH&CN được phê duyệt.",
  ],
];
