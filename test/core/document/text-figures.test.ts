import { textFigureRuns, titleFigures, type TextFigure } from "../../../src/core/document";

const src = [{ sheet: "Thông tin", ranges: ["B8", "B9"] }];
const figures: TextFigure[] = [
  { key: "period.next", text: "6 tháng cuối năm 2021", sources: src },
  { key: "period.nameWithoutYear", text: "6 tháng đầu năm", sources: src },
  { key: "period.year", text: "2021", sources: src },
];

test("the longest figure printed at a place wins, the rest is text in the line's style", () => {
  const runs = textFigureRuns("Kết quả 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2021", figures, { bold: true });
  expect(runs.map((r) => [r.kind, r.text, r.kind === "figure" ? r.key : undefined, r.bold])).toEqual([
    ["text", "Kết quả ", undefined, true],
    ["figure", "6 tháng đầu năm", "period.nameWithoutYear", true],
    ["text", ", phương hướng ", undefined, true],
    ["figure", "6 tháng cuối năm 2021", "period.next", true],
  ]);
});

test("a figure stands as whole words only, and a line without one is one text run", () => {
  expect(textFigureRuns("Số 20210 năm 2021", figures).map((r) => r.text)).toEqual(["Số 20210 năm ", "2021"]);
  expect(textFigureRuns("BÁO CÁO", figures)).toEqual([{ kind: "text", text: "BÁO CÁO", bold: false, italic: false }]);
  expect(textFigureRuns("BÁO CÁO", undefined)).toHaveLength(1);
});

describe("titleFigures", () => {
  const src = [{ sheet: "Thông tin", ranges: ["B9"] }];
  const figures = [
    { key: "period.name", text: "6 tháng đầu năm 2021", sources: src },
    { key: "period.year", text: "2021", sources: src },
    { key: "issue.date", text: "ngày 05 tháng 7 năm 2021", sources: src },
  ];
  it("leaves the year and the issue date to the date lines: a heading's own years stay the department's words", () => {
    const heading = "Kế hoạch giai đoạn 2021-2025 và 6 tháng đầu năm 2021";
    expect(titleFigures(figures)?.map((f) => f.key)).toEqual(["period.name"]);
    const runs = textFigureRuns(heading, titleFigures(figures));
    expect(runs.filter((r) => r.kind === "figure").map((r) => r.text)).toEqual(["6 tháng đầu năm 2021"]);
    // With every figure, the year alone would be taken from the department's words.
    expect(
      textFigureRuns(heading, figures)
        .filter((r) => r.kind === "figure")
        .map((r) => r.text),
    ).toContain("2021");
  });
});
