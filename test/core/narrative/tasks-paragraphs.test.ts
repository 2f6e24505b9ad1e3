import { buildReport } from "../../../src/core/narrative";
import { d, sheetOf, task } from "../fixtures/records";
import { analysisOf, blocksText, figureRuns, sectionAt, tasksIn } from "./report-fixtures";

// The reference: 29 tasks managed (20 / 04 / 01 / 04), 03 accepted, 09 certificates.
function referenceTasks() {
  const accepted = { status: "Đã nghiệm thu" as const, acceptedOn: d("2021-05-20") };
  return [
    ...tasksIn("Nông nghiệp và phát triển nông thôn", 17, 2),
    task(19, { ...accepted, field: "Nông nghiệp và phát triển nông thôn", title: "Trồng thử nghiệm Thanh long ruột đỏ" }),
    task(20, { ...accepted, field: "Nông nghiệp và phát triển nông thôn", title: "Bảo quản quả Quýt bằng màng chitosan" }),
    task(21, { ...accepted, field: "Nông nghiệp và phát triển nông thôn", title: "Thâm canh Quýt Bắc Sơn" }),
    ...tasksIn("Xã hội - nhân văn", 4, 22),
    ...tasksIn("Y dược", 1, 26),
    ...tasksIn("Kỹ thuật - công nghệ", 4, 27),
    // Accepted long ago: not managed in the period.
    task(31, { status: "Đã nghiệm thu", acceptedOn: d("2019-06-01"), start: d("2018-01-01"), end: d("2019-06-30") }),
  ].map((t, i) => (i >= 8 && i < 17 ? { ...t, certifiedOn: d("2021-02-01"), title: `Nhiệm vụ được cấp ${i - 7}` } : t));
}

describe("II.2 tasks", () => {
  it("writes the reference's sentence: fields without zeros, lower-cased, counts with leading zeros, accepted titles in a note", () => {
    const { document } = buildReport(analysisOf({ tasks: sheetOf("tasks", referenceTasks()) }), { lang: "vi" });
    const s = sectionAt(document, ["II.", "2."]);
    expect(s.heading).toBe("Công tác nghiên cứu khoa học và phát triển công nghệ.");
    expect(blocksText(s.blocks)).toEqual([
      "Quản lý và theo dõi 29 đề tài, dự án, trong đó: lĩnh vực nông nghiệp và phát triển nông thôn 20; lĩnh vực xã hội - nhân văn 04; " +
        "lĩnh vực y dược 01; lĩnh vực kỹ thuật - công nghệ 04. Tổ chức nghiệm thu 03 đề tài, dự án đã hết thời gian thực hiện" +
        "[^“Trồng thử nghiệm Thanh long ruột đỏ”; “Bảo quản quả Quýt bằng màng chitosan”; “Thâm canh Quýt Bắc Sơn”.].",
    ]);
  });

  it("makes every number a figure run pointing at its cells", () => {
    const { document } = buildReport(analysisOf({ tasks: sheetOf("tasks", referenceTasks()) }), { lang: "vi" });
    const figures = figureRuns(sectionAt(document, ["II.", "2."]).blocks);
    expect(figures.map((f) => f.text)).toEqual(["29", "20", "04", "01", "04", "03"]);
    // Managed tasks are rows 2–30 (row 31 was accepted in 2019), counted on their codes (A); fields are in D.
    expect(figures[0]!.sources).toEqual([{ sheet: "Nhiệm vụ", ranges: ["A2:A30"] }]);
    expect(figures[2]!.sources).toEqual([{ sheet: "Nhiệm vụ", ranges: ["D22:D25"] }]);
    for (const f of figures) expect(f.sources.length).toBeGreaterThan(0);
  });

  it("says none were accepted, and says so when none were managed", () => {
    const none = buildReport(analysisOf({ tasks: sheetOf("tasks", tasksIn("Y dược", 2, 2)) }), { lang: "vi" }).document;
    expect(blocksText(sectionAt(none, ["II.", "2."]).blocks)).toEqual([
      "Quản lý và theo dõi 02 đề tài, dự án, trong đó: lĩnh vực y dược 02. Trong kỳ chưa tổ chức nghiệm thu đề tài, dự án nào.",
    ]);
    const empty = buildReport(analysisOf(), { lang: "vi" }).document;
    expect(blocksText(sectionAt(empty, ["II.", "2."]).blocks)).toEqual(["Trong kỳ không có đề tài, dự án nào đang được quản lý, theo dõi."]);
  });

  it("drops the leading zero when asked", () => {
    const { document } = buildReport(analysisOf({ tasks: sheetOf("tasks", tasksIn("Y dược", 2, 2)) }), { lang: "vi", leadingZero: false });
    expect(blocksText(sectionAt(document, ["II.", "2."]).blocks)[0]).toMatch(/^Quản lý và theo dõi 2 đề tài, dự án, trong đó: lĩnh vực y dược 2\./);
  });
});

describe("II.5 certificates", () => {
  it("lists every certified task in the note, not four of nine, with no prefix, as the note on accepted tasks", () => {
    const { document } = buildReport(analysisOf({ tasks: sheetOf("tasks", referenceTasks()) }), { lang: "vi" });
    const [text] = blocksText(sectionAt(document, ["II.", "5."]).blocks);
    const titles = Array.from({ length: 9 }, (_, i) => `“Nhiệm vụ được cấp ${i + 1}”`).join("; ");
    expect(text).toBe(`Cấp 09 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước[^${titles}.].`);
  });

  it("says no certificate was issued when none was", () => {
    const { document } = buildReport(analysisOf({ tasks: sheetOf("tasks", tasksIn("Y dược", 1, 2)) }), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "5."]).blocks)).toEqual([
      "Trong kỳ chưa cấp Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước.",
    ]);
  });
});
