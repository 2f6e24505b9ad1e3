// Pairs of right and wrong sentences, in the reference report's style, for each figure check.
import { analyseWorkbook, type Analysis } from "../../../../src/core/analyse";
import { figureIssues, knownFigures, type KnownFigure } from "../../../../src/core/check";
import { issueMessage, type Issue } from "../../../../src/core/issues";
import { openXlsxSource } from "../../../../src/hosts/node";
import { REFERENCE_SAMPLE } from "../../../support/reference-report";
import { paramsOf } from "../../../support/issue-params";

const cellOf = (text: string) => ({ sheet: "Nội dung", row: 7, cell: "B7", text });
const check = (text: string, known: ReadonlyArray<KnownFigure> = []): Issue[] => figureIssues(cellOf(text), { section: "II.6.2", known });

const NOTE_6_RIGHT = "Lấy 13 mẫu đi thử nghiệm: 01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 01 mẫu lạp sườn, 08 mẫu xăng.";
const NOTE_6_REFERENCE = "Lấy 12 mẫu đi thử nghiệm: 01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng.";
const SURVEY = (note: string, result: string) =>
  `Thực hiện 02 cuộc khảo sát chất lượng đối với thực phẩm, xăng[^${note}]. Kết quả: ${result} có kết quả vượt quá giới hạn ô nhiễm vi sinh vật.`;
const STATIONS =
  "CHXD Xuân Riêm, huyện Bắc Sơn; CHXD Quyền Quyên, huyện Hữu Lũng; CHXD Số 12 Mai Pha, TP Lạng Sơn; DNTN Tân Đại, huyện Đình Lập; Công ty TNHH dịch vụ TMXD Thanh Huyền.";
const TITLES = (n: number) =>
  [
    "“Giải pháp nâng cao chất lượng công tác phân luồng học sinh sau Trung học cơ sở trên địa bàn tỉnh Lạng Sơn, giai đoạn 2018 - 2025”",
    "“Ứng dụng màng sinh học chitosan-nano bạc nhằm kéo dài thời gian bảo quản quả Quýt của tỉnh Lạng Sơn”",
    "“Nghiên cứu một số biện pháp kỹ thuật thâm canh, xử lý giảm hạt nâng cao năng suất và chất lượng Quýt Bắc Sơn”",
    "“Nghiên cứu giá trị dinh dưỡng, dược học của mật ong hoa ngũ gia bì tại huyện Chi Lăng, tỉnh Lạng Sơn”",
  ]
    .slice(0, n)
    .join("; ");
const CERTIFICATES = (count: string, titles: number) =>
  `Cấp ${count} Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước[^Nhiệm vụ: ${TITLES(titles)}.].`;
const PRODUCTS = "Thạch đen Tràng Định; Mật ong hoa ngũ gia bì Vân Thủy; Lợn quay; Vịt quay; Gà sáu ngón; Lạp sườn Bình Gia; Bánh phồng Tràng Định";

describe("parts against the total stated with them", () => {
  it.each([
    "Quản lý và theo dõi 29 đề tài, dự án, trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực xã hội - nhân văn 04; Lĩnh vực y dược 01; Lĩnh vực kỹ thuật - công nghệ là 04.",
    "Trình UBND tỉnh đề xuất với Bộ Khoa học và Công nghệ 04 nhiệm vụ, trong đó: 03 nhiệm vụ khoa học và công nghệ độc lập cấp quốc gia năm 2022 và 01 nhiệm vụ thuộc Chương trình nông thôn, miền núi giai đoạn 2016 - 2025.",
    "Tổng số mã cân sử dụng 6 tháng đầu năm là: 3.339[^Mã cân đúng là 3.328, mã cân sai là 11, chiếm tỷ lệ 0,33%.].",
    "Mã cân đúng là 3.328, mã cân sai là 11, tổng số mã cân là 3.339.",
    "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô[^Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô.] thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
    // Plain "trong đó" may name only some of the parts.
    "Kiểm tra được 13 cơ sở, trong đó 02 cơ sở bị xử phạt, 01 cơ sở bị nhắc nhở.",
    "Kiểm tra nhà nước về đo lường, chất lượng được 13 cơ sở. Trong đó, đã ra quyết định xử phạt vi phạm hành chính đối với 02 cơ sở với tổng số tiền xử phạt là 2.550.000 đồng.",
  ])("right: %s", (text) => expect(check(text)).toEqual([]));

  it("wrong: the reference's note 10, 3.328 + 71 is not 3.339, and 71 is not 2,08% of it", () => {
    const found = check("Tổng số mã cân sử dụng 6 tháng đầu năm là: 3.339[^Mã cân đúng là 3.328, mã cân sai là 71, chiếm tỷ lệ 2,08%.].");
    expect(found).toEqual([
      {
        code: "report-figure-sum",
        severity: "warning",
        sheet: "Nội dung",
        cell: "B7",
        row: 7,
        params: { section: "II.6.2", parts: "3.328 + 71", sum: 3399, total: "3.339" },
      },
      {
        code: "report-figure-percent",
        severity: "warning",
        sheet: "Nội dung",
        cell: "B7",
        row: 7,
        params: { section: "II.6.2", percent: "2,08%", part: "71", whole: "3.339", expected: 2.13, sum: 3399, sumExpected: 2.09 },
      },
    ]);
    expect(issueMessage(found[0]!, "vi")).toBe(
      "Mục II.6.2: “3.328 + 71” cộng lại là 3.399, không phải “3.339” như đã ghi. Hãy sửa tổng số hoặc các số thành phần cho khớp.",
    );
    expect(issueMessage(found[0]!, "en")).toBe(
      "Section II.6.2: “3.328 + 71” add up to 3,399, not the “3.339” written. Correct the total or its parts so that they agree.",
    );
    expect(issueMessage(found[1]!, "vi")).toBe(
      "Mục II.6.2: “71” là 2,13% của “3.339”, không phải “2,08%” (so với tổng các số thành phần 3.399 thì là 2,09%). Hãy sửa tỷ lệ cho đúng.",
    );
    expect(issueMessage(found[1]!, "en")).toBe(
      "Section II.6.2: “71” is 2.13% of “3.339”, not “2,08%” (of the parts' sum, 3,399, it is 2.09%). Correct the percentage.",
    );
  });

  it.each([
    [
      "a breakdown after “trong đó:” one over",
      "Quản lý và theo dõi 29 đề tài, dự án, trong đó: Lĩnh vực nông nghiệp và phát triển nông thôn 21; lĩnh vực xã hội - nhân văn 04; Lĩnh vực y dược 01; Lĩnh vực kỹ thuật - công nghệ là 04.",
      "21 + 04 + 01 + 04",
      30,
      "29",
    ],
    [
      "“trong đó:” short of the total",
      "Trình UBND tỉnh đề xuất với Bộ Khoa học và Công nghệ 05 nhiệm vụ, trong đó: 03 nhiệm vụ độc lập cấp quốc gia năm 2022 và 01 nhiệm vụ thuộc Chương trình nông thôn, miền núi.",
      "03 + 01",
      4,
      "05",
    ],
    ["đúng … sai … tổng in one sentence", "Mã cân đúng là 3.328, mã cân sai là 71, tổng số mã cân là 3.339.", "3.328 + 71", 3399, "3.339"],
    [
      "a note of lots by group",
      "Cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu: 840 lô[^Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 439 lô; Thép: 46 lô.].",
      "301 + 439 + 46",
      786,
      "840",
    ],
    ["plain “trong đó” whose parts exceed the total", "Kiểm tra được 13 cơ sở, trong đó 12 cơ sở đạt, 02 cơ sở vi phạm.", "12 + 02", 14, "13"],
    [
      "a note of samples whose counts add up to more than its total",
      SURVEY(NOTE_6_RIGHT.replace("13", "12"), "01 mẫu lạp sườn"),
      "01 + 01 + 01 + 01 + 01 + 08",
      13,
      "12",
    ],
  ])("wrong: %s", (_, text, parts, sum, total) => {
    expect(check(text).map((i) => [i.code, i.params])).toEqual([["report-figure-sum", { section: "II.6.2", parts, sum, total }]]);
  });
});

describe("a percentage against the stated part and whole, to the printed precision", () => {
  it.each([
    "Tổng số mã cân là: 3.339[^Mã cân đúng là 3.268, mã cân sai là 71, chiếm tỷ lệ 2,1%.]",
    "Tổng số mã cân là: 3.339[^Mã cân đúng là 3.268, mã cân sai là 71, chiếm tỷ lệ 2,13%.]",
    // No stated whole: nothing to check.
    "Triển khai công tác thanh tra, kiểm tra theo kế hoạch đã phê duyệt, đảm bảo hoàn thành 100% kế hoạch.",
    "Thu sự nghiệp đạt 44,31% dự toán năm.",
  ])("right: %s", (text) => expect(check(text)).toEqual([]));

  it("wrong: 71 of 3.339 printed as 2,2%", () => {
    expect(check("Tổng số mã cân là: 3.339[^Mã cân đúng là 3.268, mã cân sai là 71, chiếm tỷ lệ 2,2%.]").map((i) => [i.code, i.params])).toEqual([
      ["report-figure-percent", { section: "II.6.2", percent: "2,2%", part: "71", whole: "3.339", expected: 2.1 }],
    ]);
  });
});

describe("a count against the list that follows it", () => {
  it.each([
    `Phối hợp với Cục Thuế tỉnh dán lại tem niêm phong cho 05 Cửa hàng xăng dầu[^${STATIONS}].`,
    CERTIFICATES("04", 4),
    `Hướng dẫn các đơn vị triển khai các dự án xác lập, bảo hộ quyền SHTT đối với 08 sản phẩm của tỉnh (${PRODUCTS}; Cá lòng Văn Quan) sau khi được phê duyệt.`,
    "06 Hội nghị tập huấn tại 06 huyện (Đình Lập, Văn Lãng, Tràng Định, Văn Quan, Cao Lộc, Bình Gia).",
    "Đã tiến hành kiểm tra được 12 cơ sở, tiến hành lấy 02 mẫu (xăng RON95-IV và điêzen DO 0,05S-II) để thử nghiệm chất lượng.",
    "Nghiệm thu kết quả thực hiện 02 nhiệm vụ thuộc chương trình phát triển tài sản trí tuệ giai đoạn 2016-2020[^Nhiệm vụ “Xây dựng nhãn hiệu tập thể Trám đen”; Nhiệm vụ “Xây dựng nhãn hiệu tập thể Thanh Long”.].",
    // Some items count several, others none: the list cannot be counted (the reference's note 1).
    "Có ý kiến về mặt công nghệ đối với hồ sơ của 30[^Dự án Nhà máy xử lý rác thải; Hồ sơ bổ sung quy hoạch 02 dự án Nhà máy điện gió; Dự án Công viên Tâm Phúc An] dự án đầu tư, quy hoạch.",
    SURVEY(NOTE_6_RIGHT, "01 mẫu lạp sườn"),
    // The note lists the establishments, not the staff counted earlier in the sentence.
    "Tổ chức 01 lớp đào tạo về an toàn bức xạ cho 65 nhân viên bức xạ làm việc tại cơ sở X-quang chẩn đoán y tế trên địa bàn tỉnh[^Bệnh viện Đa khoa tỉnh; Trung tâm Y tế huyện Chi Lăng].",
    // "lớp 1", "lớp 2": names of classes, not counts.
    "Tổ chức 03 lớp tập huấn: lớp 1 tại huyện Chi Lăng, lớp 2 tại huyện Văn Quan, lớp 3 tại huyện Hữu Lũng.",
  ])("right: %s", (text) => expect(check(text)).toEqual([]));

  it("wrong: the reference's “Cấp 09 Giấy chứng nhận” with four titles in its note", () => {
    const found = check(CERTIFICATES("09", 4));
    expect(found.map((i) => [i.code, i.cell, i.params])).toEqual([
      ["report-figure-list", "B7", { section: "II.6.2", phrase: "09 Giấy chứng nhận đăng ký", items: 4 }],
    ]);
    expect(issueMessage(found[0]!, "vi")).toBe(
      "Mục II.6.2: đoạn văn ghi “09 Giấy chứng nhận đăng ký” nhưng danh sách kèm theo có 4 mục. Hãy ghi đúng số lượng (4) hoặc liệt kê đủ.",
    );
    expect(issueMessage(found[0]!, "en")).toBe(
      "Section II.6.2: the text says “09 Giấy chứng nhận đăng ký” but the list that goes with it has 4 item(s). Write the right count (4) or complete the list.",
    );
  });

  it.each([
    ["a note of five stations for six", `Phối hợp với Cục Thuế tỉnh dán lại tem niêm phong cho 06 Cửa hàng xăng dầu[^${STATIONS}].`, "06 Cửa hàng xăng dầu", 5],
    [
      "eight products with seven in brackets",
      `Hướng dẫn bảo hộ quyền SHTT đối với 08 sản phẩm của tỉnh (${PRODUCTS}) sau khi được phê duyệt.`,
      "08 sản phẩm",
      7,
    ],
    [
      "five districts with six named",
      "Tổ chức 06 Hội nghị tập huấn tại 05 huyện (Đình Lập, Văn Lãng, Tràng Định, Văn Quan, Cao Lộc và Bình Gia).",
      "05 huyện",
      6,
    ],
  ])("wrong: %s", (_, text, phrase, items) => {
    expect(check(text).map((i) => [i.code, i.params])).toEqual([["report-figure-list", { section: "II.6.2", phrase, items }]]);
  });
});

describe("a kind of thing against the list that names them", () => {
  it.each([
    SURVEY(NOTE_6_RIGHT, "01 mẫu lạp sườn"),
    SURVEY(NOTE_6_REFERENCE, "01 mẫu giò"),
    SURVEY(NOTE_6_REFERENCE, "02 mẫu xăng"),
    // A state of listed things, not another kind of thing.
    "Kiểm tra 13 cơ sở: 05 cơ sở kinh doanh xăng dầu, 08 cơ sở kinh doanh thực phẩm. Xử phạt 02 cơ sở vi phạm về ghi nhãn hàng hóa.",
  ])("right: %s", (text) => expect(check(text)).toEqual([]));

  it("wrong: the reference's failing “lap sườn” sample, which its note 6 of 12 samples does not list", () => {
    const found = check(SURVEY(NOTE_6_REFERENCE, "01 mẫu lap sườn"));
    expect(found.map((i) => [i.code, i.params])).toEqual([
      [
        "report-figure-not-listed",
        {
          section: "II.6.2",
          phrase: "01 mẫu lap sườn",
          list: "12 mẫu",
          items: "01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng",
          listed: 0,
        },
      ],
    ]);
    expect(issueMessage(found[0]!, "vi")).toBe(
      "Mục II.6.2: đoạn văn ghi “01 mẫu lap sườn” nhưng danh sách “12 mẫu” (01 mẫu rau bò khai, 01 mẫu rau cải xoong, 01 mẫu giò, 01 mẫu chả, 08 mẫu xăng) không có mục này. Hãy bổ sung vào danh sách (và sửa tổng số) hoặc sửa đoạn văn.",
    );
    expect(issueMessage(found[0]!, "en")).toContain("the text says “01 mẫu lap sườn” but the list “12 mẫu” (01 mẫu rau bò khai");
  });

  it("wrong: more samples of a kind than the list took", () => {
    expect(check(SURVEY(NOTE_6_REFERENCE, "02 mẫu giò")).map((i) => [i.code, paramsOf(i).phrase, paramsOf(i).listed])).toEqual([
      ["report-figure-not-listed", "02 mẫu giò", 1],
    ]);
  });
});

describe("a figure against the one computed from the sheets (the reference sample)", () => {
  let analysis: Analysis;
  let known: KnownFigure[];
  beforeAll(async () => {
    analysis = await analyseWorkbook(await openXlsxSource(REFERENCE_SAMPLE));
    known = knownFigures(analysis.summary!, { tasks: "Nhiệm vụ", lots: "Lô hàng", calibrations: "Kiểm định", finance: "Tài chính" });
  });

  it.each([
    "Quản lý và theo dõi 29 đề tài, dự án. Tổ chức nghiệm thu 03 đề tài, dự án đã hết thời gian thực hiện.",
    "Cấp 09 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước.",
    "Xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
    "Tổ chức kiểm định, hiệu chuẩn các phương tiện đo[^Kiểm định cột đo xăng dầu 132 cột; Kiểm định cân các loại 205 cái; Hiệu chuẩn quả cân 106 quả.].",
    // A part of the tasks ("thuộc chương trình …"), and tasks accepted over the years: not the period's figure.
    "Tổ chức họp Hội đồng Tư vấn đánh giá, nghiệm thu kết quả thực hiện 02 nhiệm vụ thuộc chương trình phát triển tài sản trí tuệ.",
    "Cập nhật lên CSDL quốc gia[^20 nhiệm vụ đang thực hiện, 41 nhiệm vụ đăng ký kết quả, kết quả ứng dụng của 26 nhiệm vụ đã nghiệm thu.].",
  ])("right: %s", (text) => expect(check(text, known)).toEqual([]));

  it.each([
    [
      "accepted tasks the Nhiệm vụ sheet does not give",
      "Tổ chức nghiệm thu 04 đề tài, dự án đã hết thời gian thực hiện.",
      "04 đề tài",
      "tasks-accepted",
      "Nhiệm vụ",
      3,
    ],
    ["tasks managed", "Quản lý và theo dõi 30 đề tài, dự án.", "30 đề tài", "tasks-managed", "Nhiệm vụ", 29],
    ["certificates", "Cấp 08 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ.", "08 Giấy chứng nhận đăng ký", "certificates", "Nhiệm vụ", 9],
    ["lots", "Cấp đăng ký kiểm tra chất lượng hàng hóa nhập khẩu: 804 lô.", "804 lô", "lots", "Lô hàng", 840],
    [
      "a calibration line in a note",
      "Tổ chức kiểm định các phương tiện đo[^Kiểm định cột đo xăng dầu 123 cột; Kiểm định cân các loại 205 cái.].",
      "123 cột",
      "kiểm định cột đo xăng dầu (cột)",
      "Kiểm định",
      132,
    ],
  ])("wrong: %s", (_, text, phrase, figure, sheet, computed) => {
    const found = check(text, known);
    expect(found.map((i) => [i.code, i.params])).toEqual([["report-figure-computed", { section: "II.6.2", phrase, figure, sheet, computed }]]);
  });

  it("says in both languages what the sheets give", () => {
    const [found] = check("Tổ chức nghiệm thu 04 đề tài, dự án đã hết thời gian thực hiện.", known);
    expect(issueMessage(found!, "vi")).toBe(
      "Mục II.6.2: đoạn văn ghi “04 đề tài” nhưng theo trang Nhiệm vụ, số nhiệm vụ nghiệm thu trong kỳ là 3. Hãy sửa đoạn văn hoặc số liệu trên trang Nhiệm vụ.",
    );
    expect(issueMessage(found!, "en")).toBe(
      "Section II.6.2: the text says “04 đề tài” but, from sheet Nhiệm vụ, the number of tasks accepted in the period is 3. Correct the text or the data on sheet Nhiệm vụ.",
    );
  });
});

describe("on hostile text", () => {
  it.each([
    "Kiểm tra 13 cơ sở, trong đó: 02 cơ sở; ",
    "Lấy 12 mẫu: 01 mẫu a, 02 mẫu b; ",
    "06 huyện (A, B, C) ",
    "x[^A; B] 05 cơ sở[^A; B]. ",
    "Tổng 3.339[^đúng 3.328, sai 71, 2,08%] ",
    "a: b: c: 1 ",
  ])("checks a 40,000-character cell of “%s” in bounded time, with a bounded number of findings", (unit) => {
    const text = unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000);
    const started = Date.now();
    const found = check(text);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(found.length).toBeLessThanOrEqual(2 * 64 + 1000);
  });
});
