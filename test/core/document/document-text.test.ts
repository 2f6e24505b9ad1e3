import { documentText, footnote, paragraph, recipientLines } from "../../../src/core/document";
import { sampleReport } from "./sample-report";

describe("documentText", () => {
  const lines = documentText(sampleReport()).split("\n");

  test("starts with the header block, capitalised, then the title", () => {
    expect(lines.slice(0, 9)).toEqual([
      "UBND TỈNH LẠNG SƠN",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số:      /BC-SKHCN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lạng Sơn, ngày      tháng      năm 2021",
      "",
      "BÁO CÁO",
      "Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021",
    ]);
    expect(lines[9]).toBe("Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn");
  });

  test("prints section numbers with their headings, in outline order", () => {
    const headings = lines.filter((l) => /^[IV]+\. |^\d+(\.\d+)*\. /.test(l));
    expect(headings).toEqual([
      "I. ĐÁNH GIÁ CHUNG",
      "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021",
      "1. Công tác nghiên cứu khoa học và phát triển công nghệ.",
      "6. Công tác tiêu chuẩn đo lường chất lượng.",
      "6.1. Công tác Tiêu chuẩn – Chất lượng:",
      "6.2. Công tác Đo lường:",
      "10. Kết quả thu – chi tài chính.",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021",
    ]);
  });

  test("numbers footnotes in order of appearance and lists them at the end", () => {
    expect(lines).toContain(
      "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu: 840 lô[1] thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
    );
    const notesAt = lines.indexOf("Ghi chú:");
    expect(lines.slice(notesAt + 1, notesAt + 3)).toEqual([
      "[1] Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô.",
      "[2] Mã cân đúng là 3.328, mã cân sai là 71.",
    ]);
  });

  test("writes table rows, the closing, the distribution list and the signer", () => {
    expect(lines).toContain("TT | Phương tiện đo | Số lượng");
    expect(lines).toContain("2 | Cân các loại | 205");
    expect(lines).toContain("Tổng cộng | 337");
    const at = lines.indexOf("Nơi nhận:");
    expect(lines.slice(at + 1, at + 3)).toEqual(["- Như trên;", "- VP: Tỉnh uỷ, HĐND, UBND tỉnh;"]);
    const signer = lines.indexOf("KT. GIÁM ĐỐC");
    expect(lines.slice(signer, signer + 3)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Mẫu"]);
    const appendix = lines.indexOf("Phụ lục");
    expect(lines.slice(appendix, appendix + 3)).toEqual([
      "Phụ lục",
      "BIỂU ƯỚC THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021",
      "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
    ]);
  });

  test("footnotes in the closing and appendices continue the numbering; none means no notes heading", () => {
    const doc = sampleReport({ closing: paragraph("Trên đây là báo cáo./.", footnote("Ghi chú cuối.")) });
    expect(documentText(doc)).toContain("[3] Ghi chú cuối.");
    const plain = sampleReport({ sections: [], appendices: [] });
    expect(documentText(plain)).not.toContain("Ghi chú:");
  });

  test("an English document uses the English fixed words", () => {
    const text = documentText(sampleReport({ language: "en", recipients: ["Department of Planning and Investment"] }));
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness\n");
    expect(text).toContain("No.      /BC-SKHCN");
    expect(text).toContain("To: Department of Planning and Investment");
    expect(text).toContain("\nDistribution:\n");
  });
});

test("several recipients are listed one a line", () => {
  expect(recipientLines("Kính gửi:", ["UBND tỉnh", "Sở Kế hoạch và Đầu tư"])).toEqual(["Kính gửi:", "- UBND tỉnh", "- Sở Kế hoạch và Đầu tư"]);
});
