/**
 * `Nội dung` of the reference sample, parts I and II: the reference report's
 * free text, one paragraph a row. Sentences the product computes (tasks
 * managed and accepted, certificates, lots, calibrations, finance, and the
 * `Hoạt động` register's kinds in II.3, II.4, II.6.1, II.6.2 and II.7) are
 * left out; the reference's slip in I (2020 → 2021) is fixed. Free-text
 * notes stay inline as `[^…]`.
 */

export type NarrativeRow = readonly [section: string, text: string];

export const NARRATIVE_RESULTS: ReadonlyArray<NarrativeRow> = [
  [
    "I",
    "Trong 6 tháng đầu năm 2021, bên cạnh việc thực hiện tốt công tác phòng chống dịch Covid-19, đơn vị đã tập trung chỉ đạo triển khai đồng bộ các hoạt động về KH-CN. Các đề tài, dự án được lựa chọn nghiên cứu triển khai thực hiện đều có khả năng ứng dụng trong thực tiễn, mang lại hiệu quả thiết thực góp phần quyết định nâng cao năng suất, chất lượng và hiệu quả sản xuất kinh doanh, chuyển dịch cơ cấu kinh tế địa phương. Hoạt động triển khai ứng dụng tiến bộ KH-CN vào đời sống, sản xuất được đẩy mạnh góp phần nâng cao giá trị sản phẩm và thu nhập cho bà con nông dân. Một số sản phẩm chủ lực, sản phẩm xuất khẩu của địa phương đã được bảo hộ tài sản trí tuệ góp phần phát triển thương hiệu, nâng cao giá trị kinh tế... Hoạt động đánh giá thẩm định, thẩm tra và góp ý cho các dự án đầu tư trên địa bàn đã góp phần hạn chế và sàng lọc được các thiết bị công nghệ lạc hậu, lỗi thời, công nghệ có khả năng gây ô nhiễm môi trường, công nghệ cấm chuyển giao đầu tư vào địa bàn tỉnh. Hoạt động quản lý an toàn bức xạ hạt nhân được thực hiện nghiêm túc, đảm bảo an ninh phóng xạ trên địa bàn tỉnh. Công tác Tiêu chuẩn đo lường chất lượng được duy trì và hoạt động có hiệu quả cùng với công tác thanh tra, kiểm tra nhà nước về đo lường, chất lượng, ghi nhãn hàng hóa đối với hàng đóng gói sẵn và các sản phẩm, hàng hóa lưu thông trên thị trường được chú trọng góp phần hạn chế, ngăn chặn được các sản phẩm kém chất lượng, hàng giả, hàng nhái góp phần bảo vệ quyền lợi người tiêu dùng...",
  ],

  [
    "II.1",
    "Với chức năng nhiệm vụ được giao, trong 6 tháng đầu năm 2021 Sở Khoa học và Công nghệ đã tham mưu cho tỉnh ban hành một số văn bản chỉ đạo liên quan đến lĩnh vực hoạt động khoa học và công nghệ (KH-CN):",
  ],
  [
    "II.1",
    "Quyết định số 388/QĐ-UBND ngày 25/01/2021 của UBND tỉnh về phê duyệt Danh mục nhiệm vụ khoa học và công nghệ đặt hàng đợt 1 năm 2021; Quyết định số 367/QĐ-UBND ngày 22/01/2021 của UBND tỉnh Lạng Sơn về việc thành lập Ban tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn; Quyết định số 386/QĐ-UBND ngày 24/01/2021 của UBND tỉnh Lạng Sơn về việc thành lập Ban Tổ chức Cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn; Quyết định số 31/QĐ-BTC ngày 17/2/2021 của BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng Ban hành Thể lệ Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn lần thứ 13 (năm 2021); Quyết định số 45/QĐ-BTC ngày 04/3/2021 của BTC hội thi sáng tạo kỹ thuật Ban hành Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 (năm 2021).",
  ],
  [
    "II.1",
    "Quyết định số 535/QĐ-UBND ngày 25/02/2021 của UBND tỉnh Phê duyệt Danh mục dự án xây dựng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận đối với một số sản phẩm của tỉnh thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030 thực hiện từ năm 2021. Quyết định số 965/QĐ-UBND ngày 12/5/2021 của UBND tỉnh phê duyệt Danh mục nhiệm vụ khoa học và công nghệ thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030, thực hiện từ năm 2021; Quyết định số 971/QĐ-UBND ngày 13/5/2021 của UBND tỉnh về việc thành lập các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ thuộc Đề án triển khai Chiến lược sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn.",
  ],
  [
    "II.1",
    "Quyết định số 630/QĐ-UBND ngày 17/3/2021 của UBND tỉnh về việc kiện toàn Ban Chỉ đạo, Tổ công tác giúp việc Ban Chỉ đạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn; Quyết định số 762/QĐ-UBND ngày 07/4/2021 của UBND tỉnh về Phê duyệt Kế hoạch kiểm tra việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 tại các cơ quan, đơn vị thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2021.",
  ],
  [
    "II.1",
    "Quyết định số 740/QĐ-UBND ngày 05/4/2021 của UBND tỉnh về việc thành lập các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ và Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện dự án xây dựng chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thuộc Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030 thực hiện từ năm 2021.",
  ],
  [
    "II.1",
    "Kế hoạch số 201/KH-UBND ngày 23/12/2020 về Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn giai đoạn 2021 – 2025; Kế hoạch số 209/KH-UBND ngày 31/12/2020 về Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Kế hoạch số 32/KH-BTC ngày 17/02/2021 của BTC cuộc thi sáng tạo dành cho thanh thiếu niên, nhi đồng Triển khai Cuộc thi Sáng tạo dành cho thanh thiếu niên, nhi đồng tỉnh Lạng Sơn lần thứ 13 (năm 2021); Kế hoạch số 44/KH-BTC ngày 03/3/2021 của BTC hội thi sáng tạo kỹ thuật Triển khai Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 (năm 2021). Kế hoạch số 79/KH-UBND ngày 05/4/2021 của UBND tỉnh về Nâng cao năng suất và chất lượng sản phẩm, hàng hóa, dịch vụ trên địa bàn tỉnh Lạng Sơn giai đoạn 2021-2025; Kế hoạch số 106/KH-UBND ngày 06/5/2021 về việc triển khai Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ đến năm 2030 trên địa bàn tỉnh Lạng Sơn; Kế hoạch số 105/KH-UBND ngày 06/5/2021 về việc triển khai chiến lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo (TTNT) đến năm 2030.",
  ],

  // After the computed sentences on tasks managed and accepted.
  [
    "II.2",
    "Trình UBND tỉnh đặt hàng 04 nhiệm vụ KHCN cấp tỉnh đợt 1 năm 2021; phê duyệt danh sách đặt hàng và thông báo xét chọn tổ chức cá nhân thực hiện nhiệm vụ khoa học và công nghệ đợt 2 năm 2021; thành lập Hội đồng khoa học công nghệ tư vấn tuyển chọn. Tổ chức họp Hội đồng KHCN tư vấn xác định nhiệm vụ khoa học và công nghệ đợt 2 năm 2021; tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ KHCN được phê duyệt; tuyển chọn tổ chức, cá nhân thực hiện 08 nhiệm vụ thuộc Đề án khung nhiệm vụ khoa học và công nghệ bảo tồn nguồn gen cấp tỉnh giai đoạn 2021 – 2025.",
  ],
  [
    "II.2",
    "Trình UBND tỉnh đề xuất với Bộ Khoa học và Công nghệ 04 nhiệm vụ, trong đó: 03 nhiệm vụ khoa học và công nghệ độc lập cấp quốc gia năm 2022 và 01 nhiệm vụ khoa học và công nghệ thuộc Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ thúc đẩy phát triển kinh tế - xã hội nông thôn, miền núi, vùng dân tộc thiểu số giai đoạn 2016 - 2025, thực hiện từ năm 2022. Thông báo tuyển chọn tổ chức, cá nhân thực hiện nhiệm vụ thuộc Chương trình nghiên cứu, ứng dụng khoa học và công nghệ nâng cao giá trị và phát triển bền vững một số sản phẩm OCOP trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025.",
  ],

  // The appraisals (30 projects, note 1), X-ray licences, radiation certificates and the class are computed from `Hoạt động`.
  [
    "II.3",
    `Tham mưu cho UBND tỉnh báo cáo về tình hình thực hiện Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Thúc đẩy chuyển giao, làm chủ và phát triển công nghệ từ nước ngoài vào Việt Nam trong các ngành, lĩnh vực ưu tiên giai đoạn đến năm 2025, định hướng đến năm 2030” trong năm 2020. Tham mưu đề xuất về Chương trình phát triển thị trường và doanh nghiệp khoa học và công nghệ đến năm 2030.`,
  ],
  [
    "II.3",
    "Trình UBND tỉnh ủy quyền cấp, sửa đổi, bổ sung, gia hạn, cấp lại Giấy phép sử dụng thiết bị X-quang và cấp Chứng chỉ nhân viên bức xạ cho người phụ trách an toàn tại cơ sở X-quang chẩn đoán y tế. Kiện toàn Ban chỉ huy ứng phó sự cố bức xạ và hạt nhân tỉnh Lạng Sơn.",
  ],

  [
    "II.4",
    "Công tác sở hữu trí tuệ: Tổ chức họp Hội đồng Tư vấn đánh giá, nghiệm thu kết quả thực hiện 02 nhiệm vụ thuộc chương trình phát triển tài sản trí tuệ giai đoạn 2016-2020[^Nhiệm vụ “Xây dựng nhãn hiệu tập thể cho sản phẩm Trám đen của huyện Văn Quan, tỉnh Lạng Sơn”; Nhiệm vụ “Xây dựng nhãn hiệu tập thể cho sản phẩm Thanh Long của huyện Bình Gia, tỉnh Lạng Sơn”.]. Trình UBND tỉnh phê duyệt bản đồ vùng sản xuất sản phẩm Hoa đào Xứ Lạng, xin phép sử dụng địa danh “Xứ Lạng” để đăng ký nhãn hiệu tập thể Hoa đào Xứ Lạng, lựa chọn mẫu nhãn hiệu tập thể Hoa đào Xứ Lạng. Tham mưu cho UBND tỉnh dự thảo Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Lạng Sơn, giai đoạn 2021 – 2025. Triển khai thực hiện Đề án chiến lược Sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030.",
  ],
  [
    "II.4",
    "Công tác sáng kiến: tham gia Hội thảo công tác nghiên cứu khoa học, viết sáng kiến và hướng dẫn học sinh nghiên cứu khoa học cho hơn 400 người tham dự.",
  ],
  [
    "II.4",
    "Cuộc thi sáng tạo kỹ thuật: Thành lập Ban Tổ chức, Ban Thư ký; Hội thi Sáng tạo kỹ thuật; Cuộc thi Sáng tạo Thanh thiếu niên nhi đồng tỉnh Lạng Sơn, Dự thảo kế hoạch triển khai, quyết định ban hành thể lệ các Cuộc thi Sáng tạo kỹ thuật năm 2021. Triển khai phát động Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn lần thứ 6 và Cuộc thi Sáng tạo dành cho thanh thiếu niên nhi đồng lần thứ 13 năm 2021. Triển khai các hoạt động tuyên truyền Hội thi Sáng tạo kỹ thuật và Cuộc thi Sáng tạo dành cho thanh thiếu niên nhi đồng bằng nhiều hình thức, như: Văn bản phát động tuyên truyền đến các cơ quan, đơn vị; tuyên truyền trên Đài truyền hình, Báo Lạng Sơn, website, xây dựng trailer trên Đài truyền hình, viết bài trên Báo Lạng Sơn, phát tờ rơi (3.500 tờ rơi Cuộc thi Sáng tạo dành cho thanh thiếu niên, 6.000 tờ rơi Hội thi Sáng tạo kỹ thuật).",
  ],
  [
    "II.4",
    "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo: Triển khai xây dựng dự thảo Nghị quyết BTV tỉnh ủy về tăng cường công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo. Ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo năm 2021. Tiếp tục triển khai xây dựng Khu làm việc chung hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh theo đề án đã được phê duyệt. Triển khai Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021. Xây dựng Kế hoạch tổ chức 01 khóa đào tạo, tập huấn nâng cao năng lực hệ sinh thái KNĐMST; 06 Hội nghị tập huấn nâng cao năng lực hệ sinh thái khởi nghiệp đổi mới sáng tạo đội ngũ cán bộ phụ trách, tham mưu về công tác hỗ trợ hệ sinh thái KNĐMST các ngành, đoàn thể.",
  ],

  // Without "Cấp 09 Giấy chứng nhận…": computed from the tasks.
  [
    "II.5",
    "Xuất bản, phát hành lịch KH-CN năm 2021. Xây dựng báo cáo thống kê kết quả thực hiện nhiệm vụ KHCN năm 2020. Thực hiện rà soát, thu thập thông tin các nhiệm vụ KH&CN và cập nhật lên CSDL quốc gia về KH&CN theo nhiệm vụ UBND tỉnh giao[^20 nhiệm vụ đang thực hiện, 41 nhiệm vụ đăng ký kết quả, kết quả ứng dụng của 26 nhiệm vụ đã nghiệm thu.]. Phối hợp với Đài PTTH, Báo Lạng Sơn thực hiện chuyên mục theo Kế hoạch. Quản trị trang thông tin điện tử của Sở và Trang thông tin khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn. Duy trì vận hành hệ thống công nghệ thông tin đảm bảo an toàn, an ninh thông tin.",
  ],

  // Without the "840 lô" sentence: computed from the lots.
  [
    "II.6.1",
    "Ban hành hướng dẫn thực hiện hoạt động công bố hợp quy, kiểm tra sản phẩm, hàng hóa nhóm 2 trong sản xuất, nhập khẩu gửi tới các doanh nghiệp sản xuất, nhập khẩu trên địa bàn tỉnh.",
  ],
  [
    "II.6.1",
    "Công tác triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 (Hệ thống ISO 9001): Trình UBND tỉnh kiện toàn Ban Chỉ đạo, Tổ công tác giúp việc Ban Chỉ đạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn; kế hoạch kiểm tra việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 tại các cơ quan, đơn vị thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn năm 2021; Tổ chức Hội nghị Đào tạo áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Lạng Sơn (dự kiến thực hiện trong tháng 5/2021).",
  ],
  [
    "II.6.1",
    "Triển khai hoạt động Giải thưởng chất lượng quốc gia (GTCLQG): Tham mưu, đề xuất 01 doanh nghiệp đăng ký tham dự GTCLQG và trình Tổng cục TĐC thành lập Hội đồng sơ tuyển địa phương.",
  ],

  ["II.6.2", "Tổ chức thành công Hội thảo “Đo lường, chất lượng trong kinh doanh xăng dầu” nhân kỷ niệm ngày Đo lường Việt Nam 20/01/2021."],
  [
    "II.6.2",
    "Kiểm tra tình hình hoạt động của Cân đối chứng tại các Chợ[^Chợ Ngã Hai, chợ Thị trấn Bắc Sơn, huyện Bắc Sơn; Chợ Phông, chợ Yên Bình, huyện Hữu Lũng; chợ Thị trấn Đình Lập, huyện Đình Lập.]. Góp phần nâng cao hiệu quả, hiệu lực quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng, đảm bảo cho tổ chức, cá nhân trên địa bàn tỉnh thực hiện tốt các quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng hàng hóa, bảo vệ quyền lợi người tiêu dùng.",
  ],

  [
    "II.7",
    "Thực hiện 01 cuộc thanh tra về nhiệm vụ nghiên cứu khoa học trên địa bàn tỉnh Lạng Sơn năm 2021 đối với đề tài “Ứng dụng công nghệ thông tin quảng bá và tiêu thụ các sản phẩm nông sản của tỉnh Lạng Sơn” và dự án Áp dụng, chuyển giao kết quả nghiên cứu của dự án “Mô hình trồng thử nghiệm cây Thanh long ruột đỏ tại huyện Bình Gia, tỉnh Lạng Sơn”.",
  ],
  [
    "II.7",
    "Tại các cơ sở kinh doanh xăng dầu được kiểm tra, tiến hành lấy 02 mẫu (xăng RON95-IV và điêzen DO 0,05S-II) để thử nghiệm chất lượng; kết quả các mẫu có chỉ tiêu chất lượng phù hợp với Quy chuẩn kỹ thuật tương ứng.",
  ],
  [
    "II.7",
    "Theo dõi, cập nhật công tác phòng, chống tham nhũng, lãng phí xử lý đơn thư, giải quyết khiếu nại tố cáo tại đơn vị, kết quả: Trong kỳ báo cáo không phát hiện dấu hiệu tham nhũng, lãng phí, xử lý đơn thư, giải quyết khiếu nại tố cáo.",
  ],

  [
    "II.8",
    "Xây dựng các Kế hoạch: Tổ chức triển khai thực hiện công tác pháp chế năm 2021; Triển khai công tác phổ biến, giáo dục pháp luật năm 2021; Triển khai thực hiện công tác theo dõi tình hình thi hành pháp luật năm 2021; Thực hiện Quy chế dân chủ ở cơ sở năm 2021; Rà soát, đánh giá thủ tục hành chính năm 2021 thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ.",
  ],
  [
    "II.8",
    "Rà soát đề xuất TTHC gửi UBND tỉnh để xây dựng Kế hoạch rà soát, đánh giá TTHC trên địa bàn tỉnh Lạng Sơn năm 2021. Thực hiện tổng kết đánh giá tình hình, kết quả triển khai, thực hiện Đề án Cải cách thủ tục hành chính đến năm 2020 và Báo cáo Đánh giá tình hình, kết quả triển khai, thực hiện Đề án Cải cách thủ tục hành chính tỉnh Lạng Sơn đến năm 2020; định hướng đến năm 2025 và những năm tiếp theo.",
  ],

  // "Tổ chức kiểm định, hiệu chuẩn…" with its note 12 (the instruments) is computed from `Kiểm định`.
  [
    "II.9",
    "Thực hiện nhiệm vụ thường xuyên theo chức năng năm 2021 đã được phê duyệt: Nhân giống khoai tây bằng công nghệ nuôi cấy mô tế bào trong phòng thí nghiệm và xây dựng mô hình sản xuất khoai tây cấp giống (khí canh), siêu nguyên chủng, nguyên chủng[^Đã thu hoạch được 4.500 củ khoai tây cấp giống gốc; 20.750 củ khoai tây giống cấp siêu nguyên chủng trong nhà kính; 6.020 kg khoai tây giống cấp nguyên chủng tại đồng ruộng.]. Duy trì bộ giống trong phòng thí nghiệm và nhân các loại cây giống bằng phương pháp invitro (khoai tây Marabel, lan kim tuyến, ba kích tím, sa nhân tím, gừng núi đá, nấm ăn, nấm dược liệu). Chăm sóc 2.000 cây Sa nhân tím được nhân giống bằng phương pháp nuôi cấy mô, hiện nay cây sinh trưởng phát triển tốt, dự kiến đến tháng 9/2021 đủ tiêu chuẩn xuất vườn để thực hiện xây dựng mô hình. Chăm sóc vườn thực nghiệm (cây ổi, cây táo, thanh long ruột đỏ, thanh long, cây bơ, cây mít). Xây dựng nhãn hiệu tập thể cho sản phẩm Măng nứa của xã Vĩnh Yên, huyện Bình Gia, tỉnh Lạng Sơn.",
  ],
  [
    "II.9",
    "Quản lý, duy trì hệ thống phòng kiểm định - hiệu chuẩn theo tiêu chuẩn ISO/IEC 17025:2017, thực hiện sửa đổi lại hệ thống quản lý ISO/IEC 17025:2017. Quản lý, duy trì phòng thử nghiệm hóa, vi sinh theo TCVN ISO/IEC 17025:2017, chuyên ngành xây dựng LAS-XD 1172 theo quy định: Phân tích được 51 mẫu hóa – vi sinh.",
  ],

  ["II.10", "Phối hợp tổ chức thành công Chương trình gặp mặt đại biểu trí thức, văn nghệ sĩ tỉnh Lạng Sơn và cơ quan báo chí nhân dịp Xuân Tân Sửu 2021."],
  // II.11 (Kết quả thu – chi tài chính) has no free text: the table comes from `Tài chính`.
];
