// The demo end to end: `generate` on the reference sample, printed by
// LibreOffice, read back with pdftotext. Every figure of the reference table
// (/work/shared/reference/README.md) must be on paper, as the report words it.
import { writeFileSync } from "node:fs";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { describeWithTools, docxToPdf, pdfPages } from "../support/libreoffice";
import { firstLine, flowText } from "../support/pdf-text";
import { REFERENCE_SAMPLE } from "../support/reference-report";

const FIGURES = [
  // II.2 tasks
  "Quản lý và theo dõi 29 đề tài, dự án",
  "lĩnh vực nông nghiệp và phát triển nông thôn 20",
  "lĩnh vực xã hội - nhân văn 04",
  "lĩnh vực y dược 01",
  "lĩnh vực kỹ thuật - công nghệ 04",
  "Tổ chức nghiệm thu 03 đề tài, dự án",
  // II.5 certificates, and all nine titles in the note
  "Cấp 09 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
  "Giải pháp nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025",
  "Ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn",
  "Nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn, tại huyện Bắc Sơn, tỉnh Lạng Sơn",
  "Nghiên cứu giá trị dinh dưỡng, dược học của mật ong hoa ngũ gia bì tại huyện Chi Lăng, tỉnh Lạng Sơn",
  "Xây dựng nhãn hiệu tập thể cho sản phẩm Trám đen của huyện Văn Quan, tỉnh Lạng Sơn",
  "Nghiên cứu chọn lọc cây Hồi ưu tú và xây dựng vườn cây đầu dòng tại huyện Văn Quan, tỉnh Lạng Sơn",
  "Ứng dụng tiến bộ kỹ thuật trong thâm canh và bảo quản quả Na Chi Lăng, tỉnh Lạng Sơn",
  "Nghiên cứu, sưu tầm và bảo tồn làn điệu hát Then của người Tày, Nùng tỉnh Lạng Sơn",
  "Ứng dụng công nghệ GIS xây dựng cơ sở dữ liệu quản lý đất đai huyện Cao Lộc, tỉnh Lạng Sơn",
  // II.6.1 lots
  "840 lô",
  "Đồ chơi trẻ em: 301 lô",
  "Đồ điện, điện tử: 493 lô",
  "Thép: 46 lô",
  // note 12, all fifteen lines
  "Kiểm định cột đo xăng dầu 132 cột",
  "Kiểm định cân các loại 205 cái",
  "Kiểm định taximet 06 cái",
  "Kiểm định huyết áp kế 338 cái",
  "Kiểm định áp kế 10 cái",
  "Kiểm định công tơ điện 946 cái",
  "Kiểm định quả cân 06 quả",
  "Kiểm định máy điện tim, điện não 04 máy",
  "Kiểm định đồng hồ nước 59 cái",
  "Kiểm định ca đồng 24 cái",
  "Kiểm định máy X-quang 10 máy",
  "Đo kiểm điện trở tiếp địa 54 điểm đo",
  "Đo kiểm bức xạ 16 phòng X-quang",
  "Hiệu chuẩn cân 11 cái",
  "Hiệu chuẩn quả cân 106 quả",
] as const;

describeWithTools("The demo report in LibreOffice", ["soffice", "pdftotext"])("the demo report, printed", () => {
  const tmp = tempDir("lbc-e2e-demo-");
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    const docx = tmp.path("bao-cao-mau.docx");
    const run = await runCliCaptured(["generate", REFERENCE_SAMPLE, "-o", docx]);
    if (run.code !== 0) throw new Error(`generate failed (${run.code}): ${run.stderr}`);
    pages = pdfPages(docxToPdf(docx, tmp.dir));
    text = flowText(pages);
    // Left behind only when asked, to look at a failure.
    if (process.env.KEEP_E2E_TEXT) writeFileSync(process.env.KEEP_E2E_TEXT, pages.join("\f"));
  }, 150_000);

  afterAll(() => tmp.remove());

  test.each(FIGURES)("prints “%s”", (figure) => {
    expect(text).toContain(figure);
  });

  test("page 1 opens with the header block, the title and the recipient", () => {
    const first = pages[0] ?? "";
    expect(firstLine(first)).toMatch(/^UBND TỈNH LẠNG SƠN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(first).toMatch(/SỞ KHOA HỌC VÀ CÔNG NGHỆ\s+Độc lập - Tự do - Hạnh phúc/);
    expect(first).toMatch(/Số:\s+\/BC-SKHCN\s+Lạng Sơn, ngày\s+tháng\s+năm 2021/);
    expect(first).toMatch(/^\s+BÁO CÁO$/m);
    expect(flowText([first])).toContain("Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021");
    expect(first).toMatch(/Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn/);
  });

  test("page 1 has no number at its top; pages 2..N show theirs; the Phụ lục numbers its own from 1", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(firstLine(pages[0])).not.toMatch(/^\d+$/);
    const appendix = pages.findIndex((p) => firstLine(p) === "Phụ lục");
    expect(appendix).toBeGreaterThan(1);
    expect(pages.map(firstLine).slice(1, appendix)).toEqual(pages.slice(1, appendix).map((_p, i) => String(i + 2)));
    expect(pages.map(firstLine).slice(appendix + 1)).toEqual(pages.slice(appendix + 1).map((_p, i) => String(i + 2)));
  });

  test("footnotes are printed at the bottom of the page that calls them, under their number", () => {
    /** The page where `call` is followed by its superscript `mark`, and the note line number `mark` with `note` below it further down. */
    const placed = (call: string, mark: string, note: string) => {
      for (const page of pages) {
        const lines = page.split("\n").map((l) => l.trim());
        const at = lines.findIndex((l) => l.includes(`${call}${mark}`) || l.includes(`${call} ${mark}`));
        if (at < 0) continue;
        const noteAt = lines.findIndex((l, k) => k > at && l === mark && (lines[k + 1] ?? "").startsWith(note));
        return noteAt > at;
      }
      return false;
    };
    expect(placed("840 lô", "6", "Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 493 lô; Thép: 46 lô.")).toBe(true);
    expect(placed("phương tiện đo", "12", "Kiểm định cột đo xăng dầu 132 cột;")).toBe(true);
    expect(placed("3.339", "11", "Mã cân đúng là 3.328, mã cân sai là 11, chiếm tỷ lệ 0,33%.")).toBe(true);
  });

  test("the closing, the distribution list and the signer are printed", () => {
    expect(text).toContain("Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2021");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- Lưu: VT, KH&CN(LTHM).");
    expect(text).toContain("GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Thị Hà");
  });

  test("the finance section and its appendix follow", () => {
    expect(text).toContain(
      "Tổng thu 6 tháng đầu năm 2021 đạt 892.350.000 đồng, bằng 44,31% dự toán năm (2.014.000.000 đồng), ước thực hiện cả năm 1.956.000.000 đồng",
    );
    expect(text).toContain("(Có biểu thu – chi tài chính kèm theo tại Phụ lục)");
    expect(text).toContain("Phụ lục BIỂU THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021 VÀ ƯỚC THỰC HIỆN CẢ NĂM");
    expect(text).toContain("(Kèm theo Báo cáo số /BC-SKHCN ngày tháng năm 2021 của Sở Khoa học và Công nghệ)");
    const signer = pages.findIndex((p) => p.includes("Nguyễn Thị Hà"));
    const appendix = pages.findIndex((p) => p.includes("BIỂU THU – CHI TÀI CHÍNH"));
    expect(appendix).toBeGreaterThan(signer);
  });

  // The finance table is printed on a landscape page with columns sized to
  // its longest amount: no amount wraps mid-number, "Mã" stays whole.
  test("the finance appendix prints each amount whole, on one line", () => {
    const appendix = pages.slice(pages.findIndex((p) => p.includes("BIỂU THU – CHI TÀI CHÍNH"))).join("\n");
    for (const amount of ["2.014.000.000", "892.350.000", "26.995.000.000", "9.722.400.000"]) expect(appendix).toContain(amount);
    expect(appendix).toMatch(/^\s*Mã\s/m);
    // No amount cut in two: no piece ending in a dot, none starting with one.
    const pieces = appendix.split(/\s+/);
    expect(pieces.filter((p) => /^\d{1,3}(\.\d{3})+\.$|^\.\d/.test(p))).toEqual([]);
  });
});
