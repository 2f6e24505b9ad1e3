import { agencyInText, buildReport } from "../../../src/core/narrative";
import { documentText } from "../../../src/core/document";
import { d } from "../fixtures/records";
import { analysisOf } from "./report-fixtures";

describe("report frame", () => {
  it("reproduces the reference's header, subject, recipient, basis and closing", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(document.header).toEqual({
      parentAgency: "UBND TỈNH LẠNG SƠN",
      agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      agencyCode: "SKHCN",
      agencyInText: "Sở Khoa học và Công nghệ",
      place: "Lạng Sơn",
      date: { year: 2021 },
    });
    expect(document.title).toBe("Báo cáo");
    expect(document.subject).toBe("Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2021");
    expect(document.recipients).toEqual(["Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"]);
    expect(documentText(document)).toContain(
      "Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH " +
        "6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021, Sở Khoa học và Công nghệ báo cáo như sau:\n",
    );
    expect(document.closing.runs.map((r) => (r.kind === "footnote" ? "" : r.text)).join("")).toBe(
      "Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2021 " +
        "của Sở Khoa học và Công nghệ tỉnh Lạng Sơn./.",
    );
    expect(document.distribution).toEqual(["Như trên;", "Lưu: VT."]);
    expect(document.signer).toEqual({ titleLines: ["GIÁM ĐỐC"], name: "Nguyễn Thị Hà" });
  });

  it("keeps both years when the periods end in different years", () => {
    const { document } = buildReport(analysisOf({}, { from: d("2021-07-01"), to: d("2021-12-31") }), { lang: "vi" });
    expect(document.subject).toBe("Kết quả hoạt động khoa học và công nghệ 6 tháng cuối năm 2021, phương hướng nhiệm vụ 6 tháng đầu năm 2022");
  });

  it("keeps a basis that already ends the sentence, and writes one when there is none", () => {
    const given = "Thực hiện Công văn số 12/UBND, Sở Khoa học và Công nghệ báo cáo như sau:";
    const kept = buildReport(analysisOf({}, { basis: given }), { lang: "vi" }).document;
    expect(kept.basis.runs).toMatchObject([{ text: given }]);
    const none = buildReport(analysisOf({}, { basis: undefined }), { lang: "vi" }).document;
    expect(none.basis.runs).toMatchObject([
      { text: "Sở Khoa học và Công nghệ báo cáo kết quả hoạt động khoa học và công nghệ " },
      // The period's name is a keyed figure, refreshed by update.
      { kind: "figure", key: "period.name", text: "6 tháng đầu năm 2021" },
      { text: " như sau:" },
    ]);
  });

  it("takes the issue date, number, distribution and signer lines from the settings", () => {
    const { document } = buildReport(
      analysisOf(
        {},
        {
          issueDate: d("2021-07-05"),
          number: "125",
          distribution: ["- Như trên;", "VP: Tỉnh uỷ, HĐND, UBND tỉnh;", "Lưu: VT, KH&CN(LTHM)."],
          signerTitle: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
          recipient: "- UBND tỉnh Lạng Sơn;\n- Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn;",
        },
      ),
      { lang: "vi" },
    );
    expect(document.header.date).toEqual({ year: 2021, month: 7, day: 5 });
    expect(document.header.number).toBe("125");
    expect(document.distribution).toEqual(["Như trên;", "VP: Tỉnh uỷ, HĐND, UBND tỉnh;", "Lưu: VT, KH&CN(LTHM)."]);
    expect(document.signer.titleLines).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(document.recipients).toEqual(["UBND tỉnh Lạng Sơn", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"]);
  });

  it("writes agency names in capitals the way a sentence needs them", () => {
    expect(agencyInText("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).toBe("Sở Khoa học và Công nghệ");
    expect(agencyInText("SỞ KẾ HOẠCH VÀ ĐẦU TƯ")).toBe("Sở Kế hoạch và Đầu tư");
    expect(agencyInText("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(agencyInText("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(agencyInText("SỞ KH&CN TỈNH LẠNG SƠN")).toBe("Sở KH&CN tỉnh Lạng Sơn");
    expect(agencyInText("Sở Khoa học và Công nghệ")).toBe("Sở Khoa học và Công nghệ");
  });
});
