import { announcement } from "../../src/taskpane/announcement";
import { appReducer, initialState, type AppState } from "../../src/taskpane/state/app-state";
import { analysisOf, WITH_ERRORS } from "./fixtures";

describe("what the live region says", () => {
  it("the sheet being read, then the check's counts, in the pane's language", async () => {
    let s: AppState = appReducer(initialState("vi", "check"), { type: "read-start" });
    expect(announcement(s)).toBe("Đang đọc sổ…");
    s = appReducer(s, { type: "read-progress", progress: { sheet: "Lô hàng", sheetIndex: 2, sheetCount: 6, rowsDone: 10, rowsTotal: 90 } });
    expect(announcement(s)).toBe("Đang đọc sheet Lô hàng (3/6).");
    // A later block of the same sheet says the same: screen readers hear each sheet once.
    expect(
      announcement(appReducer(s, { type: "read-progress", progress: { sheet: "Lô hàng", sheetIndex: 2, sheetCount: 6, rowsDone: 50, rowsTotal: 90 } })),
    ).toBe(announcement(s));
    s = appReducer(s, { type: "read-done", analysis: await analysisOf(WITH_ERRORS) });
    expect(announcement(s)).toMatch(/^Kiểm tra xong: \d+ lỗi, \d+ cảnh báo, \d+ ghi chú\.$/);
    expect(announcement({ ...s, lang: "en" })).toMatch(/^Check finished: \d+ errors, /);
  });

  it("the report's outcome once written, and a notice over both", async () => {
    let s = appReducer(initialState("en", "generate"), { type: "generate-start", force: false });
    s = appReducer(s, { type: "read-done", analysis: await analysisOf(WITH_ERRORS) });
    s = appReducer(s, {
      type: "generate-done",
      result: { kind: "written", fileName: "a.docx", bytes: new Uint8Array(), outcome: "not-delivered", warnings: 0, leftOut: 0 },
    });
    expect(announcement(s)).toMatch(/^a\.docx is written but not saved anywhere yet/);
    expect(announcement(appReducer(s, { type: "notice", notice: { intent: "error", text: "The cell could not be selected." } }))).toBe(
      "The cell could not be selected.",
    );
  });
});
