// A small report in the shape of the reference, for the model and writer tests.
import { alignedParagraph, bold, cell, figure, footnote, italic, paragraph, section, table } from "../../../src/core/document";
import type { ReportDocument } from "../../../src/core/document";

const LONG =
  "Hoạt động triển khai ứng dụng tiến bộ khoa học và công nghệ vào đời sống, sản xuất được đẩy mạnh, góp phần nâng cao giá trị sản phẩm và thu nhập cho bà con nông dân; công tác tiêu chuẩn, đo lường, chất lượng được duy trì và hoạt động có hiệu quả.";

const lotsSource = [{ sheet: "Lô hàng", ranges: ["D5:D844"] }];

export function sampleReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    language: "vi",
    header: {
      parentAgency: "UBND tỉnh Lạng Sơn",
      agency: "Sở Khoa học và Công nghệ",
      agencyCode: "SKHCN",
      agencyInText: "Sở Khoa học và Công nghệ",
      place: "Lạng Sơn",
      date: { year: 2021 },
    },
    title: "Báo cáo",
    subject: "Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021",
    recipients: ["Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
    basis: paragraph("Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021 của Sở Kế hoạch và Đầu tư, Sở Khoa học và Công nghệ báo cáo như sau:"),
    sections: [
      section("I.", "ĐÁNH GIÁ CHUNG", [paragraph(LONG), paragraph(LONG), paragraph(LONG)]),
      section(
        "II.",
        "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021",
        [],
        [
          section("1.", "Công tác nghiên cứu khoa học và phát triển công nghệ.", [
            paragraph(
              "Quản lý và theo dõi ",
              figure("29", [{ sheet: "Nhiệm vụ", ranges: ["A5:A33"] }]),
              " đề tài, dự án; tổ chức nghiệm thu ",
              bold("03"),
              " đề tài, dự án đã hết thời gian thực hiện.",
            ),
          ]),
          section(
            "6.",
            "Công tác tiêu chuẩn đo lường chất lượng.",
            [],
            [
              section("6.1.", "Công tác Tiêu chuẩn – Chất lượng:", [
                paragraph(
                  "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu: ",
                  figure("840", lotsSource),
                  " lô",
                  footnote("Đồ chơi trẻ em: ", figure("301", lotsSource), " lô; Đồ điện các loại: 493 lô; Thép: 46 lô."),
                  " thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
                ),
                paragraph(LONG, italic(" (số liệu mẫu)"), footnote("Mã cân đúng là 3.328, mã cân sai là 71.")),
              ]),
              section("6.2.", "Công tác Đo lường:", [
                table({
                  columns: [
                    { align: "center", width: 1 },
                    { align: "left", width: 6 },
                    { align: "right", width: 2 },
                  ],
                  header: [["TT", "Phương tiện đo", "Số lượng"]],
                  body: [
                    ["1", "Cột đo xăng dầu", "132"],
                    ["2", "Cân các loại", [figure("205", [{ sheet: "Kiểm định", ranges: ["F7:F30"] }])]],
                  ],
                  total: [cell("Tổng cộng", { colSpan: 2 }), "337"],
                }),
              ]),
            ],
          ),
          section("10.", "Kết quả thu – chi tài chính.", [alignedParagraph("center", italic("(Có biểu báo cáo ước thu – chi tài chính kèm theo)"))]),
        ],
      ),
      section("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021", [paragraph(LONG), paragraph(LONG), paragraph(LONG), paragraph(LONG)]),
    ],
    closing: paragraph(
      "Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2021 của Sở Khoa học và Công nghệ tỉnh Lạng Sơn./.",
    ),
    distribution: ["Như trên;", "VP: Tỉnh uỷ, HĐND, UBND tỉnh;", "Lãnh đạo Sở;", "Lưu: VT, KH&CN."],
    signer: { titleLines: ["KT. Giám đốc", "Phó Giám đốc"], name: "Nguyễn Văn Mẫu" },
    appendices: [
      {
        title: "Biểu ước thu – chi tài chính 6 tháng đầu năm 2021",
        blocks: [
          table({
            columns: [
              { align: "center", width: 1 },
              { align: "left", width: 5 },
              { align: "right", width: 2 },
              { align: "right", width: 2 },
            ],
            header: [
              [cell("TT", { rowSpan: 2 }), cell("Nội dung", { rowSpan: 2 }), cell("Số tiền (triệu đồng)", { colSpan: 2 })],
              ["Dự toán", "Ước thực hiện"],
            ],
            body: [["1", "Thu phí, lệ phí", "1.200", "640"]],
          }),
        ],
      },
    ],
    ...overrides,
  };
}
