import { initialWordPaneState, isWordPaneBusy, wordPaneReducer, type WordPaneState } from "../../../src/taskpane/word";

const reading: WordPaneState = wordPaneReducer(initialWordPaneState, { type: "file-start", fileName: "a.xlsx" });

describe("wordPaneReducer", () => {
  it("starts at the end of the document, the place that replaces nothing", () => {
    expect(initialWordPaneState.place).toBe("end");
  });

  it("tracks a file from reading to failed, busy only while reading", () => {
    expect(reading.workbook).toEqual({ kind: "reading", fileName: "a.xlsx" });
    expect(isWordPaneBusy(reading)).toBe(true);
    const progress = { sheet: "Lô hàng", sheetIndex: 1, sheetCount: 3, rowsDone: 10, rowsTotal: 20 };
    expect(wordPaneReducer(reading, { type: "file-progress", progress }).workbook).toEqual({ kind: "reading", fileName: "a.xlsx", progress });
    const failed = wordPaneReducer(reading, { type: "file-failed", message: "x" });
    expect(failed.workbook).toEqual({ kind: "failed", fileName: "a.xlsx", message: "x" });
    expect(isWordPaneBusy(failed)).toBe(false);
  });

  it("ignores progress once the reading is over", () => {
    const failed = wordPaneReducer(reading, { type: "file-failed", message: "x" });
    expect(wordPaneReducer(failed, { type: "file-progress", progress: { sheet: "s", sheetIndex: 0, sheetCount: 1, rowsDone: 1, rowsTotal: 1 } })).toBe(failed);
  });

  it("drops a pending confirmation when the place changes, and cancel goes back to idle", () => {
    const confirming = wordPaneReducer(initialWordPaneState, { type: "confirm", force: true });
    expect(confirming.insert).toEqual({ kind: "confirming", force: true });
    expect(wordPaneReducer(confirming, { type: "place", place: "start" })).toMatchObject({ place: "start", insert: { kind: "idle" } });
    expect(wordPaneReducer(confirming, { type: "cancel" }).insert).toEqual({ kind: "idle" });
  });

  it("is busy while inserting, and a new file clears the last result", () => {
    const running = wordPaneReducer(initialWordPaneState, { type: "insert-start", force: false });
    expect(isWordPaneBusy(running)).toBe(true);
    const done = wordPaneReducer(running, { type: "insert-done", result: { kind: "failed", error: new Error("x") } });
    expect(isWordPaneBusy(done)).toBe(false);
    expect(wordPaneReducer(done, { type: "file-start", fileName: "b.xlsx" }).insert).toEqual({ kind: "idle" });
  });
});
