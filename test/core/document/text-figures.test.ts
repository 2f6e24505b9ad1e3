import { textFigureRuns, type TextFigure } from "../../../src/core/document";

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
