import { appActions } from "../../src/taskpane/app-actions";
import { appReducer, initialState, isBusy, type AppAction, type AppState } from "../../src/taskpane/app-state";
import { analysisOf, fakeHost, SAMPLE, WITH_ERRORS } from "./fixtures";

/** Runs an action against a real reducer, keeping every state it went through. */
function recorder(start: AppState = initialState("vi", "check")) {
  const states: AppState[] = [start];
  const actions: AppAction[] = [];
  const dispatch = (a: AppAction) => {
    actions.push(a);
    states.push(appReducer(states.at(-1)!, a));
  };
  return { dispatch, states, actions, last: () => states.at(-1)! };
}

describe("appReducer", () => {
  it("keeps the last analysis while a new one is read, and tracks progress only while reading", async () => {
    const analysis = await analysisOf(SAMPLE);
    let s = initialState("vi", "check");
    const progress = { sheet: "Lô hàng", sheetIndex: 2, sheetCount: 6, rowsDone: 10, rowsTotal: 20 };
    expect(appReducer(s, { type: "read-progress", progress })).toBe(s);
    s = appReducer(s, { type: "read-start" });
    expect(isBusy(s)).toBe(true);
    s = appReducer(s, { type: "read-progress", progress });
    expect(s.read).toEqual({ kind: "reading", progress });
    s = appReducer(s, { type: "read-done", analysis });
    expect(s.read).toEqual({ kind: "done", analysis });
    s = appReducer(s, { type: "read-start" });
    expect(s.analysis).toBe(analysis);
    expect(isBusy(appReducer(s, { type: "read-failed", message: "x" }))).toBe(false);
  });

  it("clears the notice when a new run starts", () => {
    const s = appReducer(initialState("vi", "check"), { type: "notice", notice: { intent: "error", text: "x" } });
    expect(s.notice).toEqual({ intent: "error", text: "x" });
    expect(appReducer(s, { type: "read-start" }).notice).toBeUndefined();
    expect(appReducer(s, { type: "generate-start", force: false }).notice).toBeUndefined();
  });
});

describe("appActions", () => {
  it("check: reads with progress, then holds the analysis", async () => {
    const r = recorder();
    await appActions(fakeHost(SAMPLE), r.dispatch).check("vi");
    expect(r.actions.map((a) => a.type)).toEqual(["read-start", "read-progress", "read-progress", "read-done"]);
    expect(r.last().analysis).toBe(await analysisOf(SAMPLE));
  });

  it("check: a failed read becomes a plain message with Office's code", async () => {
    const r = recorder();
    await appActions(fakeHost(SAMPLE, { fail: "readWorkbook" }), r.dispatch).check("vi");
    expect(r.last().read).toEqual({ kind: "failed", message: "Không đọc được sổ. (Mã lỗi: ItemNotFound.) Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này." });
  });

  it("select: goes to the cell, or says why it could not", async () => {
    const host = fakeHost(SAMPLE);
    const r = recorder();
    await appActions(host, r.dispatch).select("Lô hàng", "F13", "vi");
    expect(host.calls).toEqual(["select Lô hàng!F13"]);
    expect(r.actions).toEqual([]);
    await appActions(fakeHost(SAMPLE, { fail: "selectCell" }), r.dispatch).select("Lô hàng", "F13", "en");
    expect(r.last().notice?.intent).toBe("error");
    expect(r.last().notice?.text).toMatch(/^The cell could not be selected/);
  });

  it("template: names the sheets it added", async () => {
    const r = recorder();
    await appActions(fakeHost(SAMPLE), r.dispatch).template("vi");
    expect(r.last().notice).toEqual({ intent: "success", text: "Đã thêm: Nhiệm vụ, Lô hàng. Các trang đã có được giữ nguyên." });
  });

  it("generate: steps through to a written report, the read shared with the other tabs", async () => {
    const r = recorder(initialState("vi", "generate"));
    await appActions(fakeHost(SAMPLE), r.dispatch).generate(false, "vi");
    const end = r.last();
    expect(end.generate).toMatchObject({ kind: "finished", step: "save", result: { kind: "written", fileName: "bao-cao-6-thang-dau-nam-2021.docx" } });
    expect(end.read.kind).toBe("done");
    expect(end.analysis).toBe(await analysisOf(SAMPLE));
    expect(r.states.filter((s) => s.generate.kind === "running").map((s) => (s.generate.kind === "running" ? s.generate.step : ""))).toEqual(
      expect.arrayContaining(["read", "check", "build", "save"]),
    );
    expect(isBusy(end)).toBe(false);
  });

  it("generate: blocked by errors, then forced", async () => {
    const r = recorder(initialState("vi", "generate"));
    const actions = appActions(fakeHost(WITH_ERRORS), r.dispatch);
    await actions.generate(false, "vi");
    expect(r.last().generate).toMatchObject({ kind: "finished", step: "check", result: { kind: "blocked", reason: "errors" } });
    await actions.generate(true, "vi");
    expect(r.last().generate).toMatchObject({ kind: "finished", step: "save", result: { kind: "written" } });
  });

  it("saveAgain: hands the same bytes over again and records the new outcome", async () => {
    const host = fakeHost(SAMPLE, { outcome: "saved" });
    const r = recorder();
    const report = { kind: "written", fileName: "a.docx", bytes: new Uint8Array([1, 2]), outcome: "cancelled", warnings: 0, leftOut: 0 } as const;
    await appActions(host, r.dispatch).saveAgain(report, "vi");
    expect(host.saved).toEqual([{ bytes: report.bytes, fileName: "a.docx" }]);
    expect(r.last().generate).toMatchObject({ kind: "finished", result: { outcome: "saved" } });
  });
});
