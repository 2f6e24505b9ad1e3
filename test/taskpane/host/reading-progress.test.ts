import { progressFraction, readingProgress } from "../../../src/taskpane/host/reading-progress";

const SHEETS = ["Thông tin", "Nhiệm vụ", "Lô hàng", "Tài chính"];

describe("reading progress", () => {
  it("gives each sheet an equal share and moves with the rows inside it", () => {
    expect(progressFraction(readingProgress(SHEETS, "Thông tin", 10, 10))).toBeCloseTo(0.25);
    expect(progressFraction(readingProgress(SHEETS, "Lô hàng", 500, 1000))).toBeCloseTo(0.625);
    expect(progressFraction(readingProgress(SHEETS, "Tài chính", 40, 40))).toBe(1);
  });

  it("never goes backwards within a sheet, and stays between 0 and 1", () => {
    const seen = [0, 250, 500, 750, 1000].map((n) => progressFraction(readingProgress(SHEETS, "Nhiệm vụ", n, 1000)));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBeCloseTo(0.25);
    expect(progressFraction(readingProgress(SHEETS, "Nhiệm vụ", 2000, 1000))).toBeCloseTo(0.5);
  });

  it("copes with no progress yet, an empty sheet and a sheet it was not told of", () => {
    expect(progressFraction(undefined)).toBe(0);
    expect(progressFraction(readingProgress(SHEETS, "Nhiệm vụ", 0, 0))).toBeCloseTo(0.5);
    expect(readingProgress(SHEETS, "Trang mới", 1, 2)).toEqual({ sheet: "Trang mới", sheetIndex: 3, sheetCount: 4, rowsDone: 1, rowsTotal: 2 });
    expect(progressFraction(readingProgress([], "A", 1, 2))).toBeCloseTo(0.5);
  });
});
