import { FigureKind, MAX_FIGURES, figureNumber, readFigures, type TextFigure } from "../../../src/core/figures";

const figuresOf = (text: string): ReadonlyArray<TextFigure> => readFigures(text).text.figures;
const brief = (f: TextFigure) => [f.text, f.value, f.kind, f.unit];

describe("figureNumber: numbers as Vietnamese reports print them", () => {
  it.each([
    ["3.339", 3339, 0, false],
    ["2.550.000", 2_550_000, 0, false],
    ["03", 3, 0, false],
    ["2,08%", 2.08, 2, true],
    ["0,33%", 0.33, 2, true],
    ["100%", 100, 0, true],
    ["2,5", 2.5, 1, false],
  ])("reads %s", (word, value, decimals, percent) => {
    expect(figureNumber(word)).toMatchObject({ value, decimals, percent });
  });

  it.each(["25/01/2021", "1851/QĐ-TTg", "17025:2017", "2016-2020", "1/5.000", "3.5", "1.2345", "RON95-IV", "0,05S-II", "14h30", "4B"])(
    "does not take %s as a number",
    (word) => expect(figureNumber(word)).toBeUndefined(),
  );
});

describe("readFigures: figures with the words they count", () => {
  it("reads counts with leading zeros, thousands, money and percentages, each with its words", () => {
    const text =
      "Tổ chức nghiệm thu 03 đề tài, dự án đã hết thời gian thực hiện. Tổng số mã cân là 3.339. Xử phạt với tổng số tiền là 2.550.000 đồng; chiếm tỷ lệ 2,08 %. Hỗ trợ 5,5 triệu đồng. Thu hoạch 6.020kg khoai tây.";
    expect(figuresOf(text).map(brief)).toEqual([
      ["03", 3, FigureKind.Count, "đề tài"],
      ["3.339", 3339, FigureKind.Count, ""],
      ["2.550.000", 2_550_000, FigureKind.Amount, "đồng"],
      ["2,08 %", 2.08, FigureKind.Percent, ""],
      ["5,5", 5_500_000, FigureKind.Amount, "triệu đồng"],
      ["6.020kg", 6020, FigureKind.Measure, "kg"],
    ]);
  });

  it("keeps the counted words up to the clause's end or a joining word, and the words before as the label", () => {
    const [lap, gio] = figuresOf("Kết quả: 01 mẫu lạp sườn có kết quả vượt quá giới hạn; Mã cân đúng là 08 mẫu giò.");
    expect([lap?.unit, lap?.label]).toEqual(["mẫu lạp sườn", "Kết quả"]);
    expect([gio?.unit, gio?.label]).toEqual(["mẫu giò", "Mã cân đúng là"]);
    const [total] = figuresOf("Tổng số mã cân sử dụng là: 3.339");
    expect(total?.label).toBe("Tổng số mã cân sử dụng là");
  });

  it("marks approximate counts", () => {
    expect(figuresOf("cho trên 600 người tham dự; hơn 400 người; 65 nhân viên").map((f) => [f.text, f.approximate])).toEqual([
      ["600", true],
      ["400", true],
      ["65", false],
    ]);
  });

  it("reads the inline notes apart, each with where its marker stood", () => {
    const read = readFigures("Tổng số mã cân là: 3.339[^Mã cân đúng là 3.328, mã cân sai là 71, chiếm tỷ lệ 2,08%.]. Theo dõi 30 điểm cân đối chứng.");
    expect(read.text.text).toBe("Tổng số mã cân là: 3.339. Theo dõi 30 điểm cân đối chứng.");
    expect(read.text.figures.map((f) => f.text)).toEqual(["3.339", "30"]);
    expect(read.notes).toHaveLength(1);
    expect(read.notes[0]?.anchor).toBe("Tổng số mã cân là: 3.339".length);
    expect(read.notes[0]?.figures.map((f) => f.text)).toEqual(["3.328", "71", "2,08%"]);
    // "30[^…] dự án": the counted words follow the note.
    expect(readFigures("hồ sơ của 30[^Dự án A; Dự án B] dự án đầu tư, quy hoạch.").text.figures[0]?.unit).toBe("dự án đầu tư");
  });

  it.each([
    // dates
    "Quyết định số 388/QĐ-UBND ngày 25/01/2021 của UBND tỉnh",
    "Quyết định số 31/QĐ-BTC ngày 17/2/2021 của BTC cuộc thi",
    "dự kiến đến tháng 9/2021 đủ tiêu chuẩn xuất vườn",
    "nhân kỷ niệm ngày Đo lường Việt Nam 20/01/2021",
    "ngày 20 tháng 5 năm 2021",
    // document numbers
    "Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ",
    "Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021",
    "Nghị định số 142/2020/NĐ-CP ngày 09/12/2020",
    // standards
    "theo TCVN ISO 9001:2015 và ISO/IEC 17025:2017",
    "Hệ thống quản lý chất lượng theo TCVN ISO 9001",
    "chuyên ngành xây dựng LAS-XD 1172 theo quy định",
    // spans
    "giai đoạn 2016-2020",
    "giai đoạn 2021 – 2025",
    "giai đoạn 2016 - 2025, thực hiện từ năm 2022",
    // times and durations
    "họp lúc 14h30 ngày 20/01/2021, kéo dài 2 giờ",
    "trong 6 tháng đầu năm 2021 và 6 tháng cuối năm",
    "khai mạc lúc 8 giờ sáng, kết thúc 14:30",
    // scale ratios
    "Đồ án quy hoạch chi tiết, tỷ lệ 1/500; tỷ lệ 1/5.000; tỷ lệ 1/2.000; tỷ lệ 1/5000",
    // years
    "đến năm 2030, định hướng đến năm 2045",
    "nhân dịp Xuân Tân Sửu 2021",
    // ordinals, labels and codes
    "lần thứ 13 (năm 2021); đợt 2 năm 2021; hàng hóa nhóm 2",
    "CHXD Số 12 Mai Pha; Công ty TNHH TMH 261 xã Đồng Ý; Công ty cổ phần LICOGI 16; quốc lộ 4B",
    "phòng chống dịch Covid – 19 và Covid-19",
    "lấy mẫu xăng RON95-IV và điêzen DO 0,05S-II",
  ])("takes no figure from “%s”", (text) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual([]);
  });
});

describe("readFigures on hostile text", () => {
  it("stays bounded and quick on a huge cell of numbers, joiners, brackets and unclosed notes", () => {
    const hostile = ["1 ".repeat(100_000), "1.".repeat(50_000), "(".repeat(50_000), "[^".repeat(50_000), "9/".repeat(50_000) + "x", "1,1".repeat(30_000)];
    for (const text of hostile) {
      const started = Date.now();
      const read = readFigures(text);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(read.text.figures.length).toBeLessThanOrEqual(MAX_FIGURES);
    }
  });
});
