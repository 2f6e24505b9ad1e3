import { appActions } from "../../../src/taskpane/state/app-actions";
import { appReducer, initialState, isBusy, type AppAction, type AppState } from "../../../src/taskpane/state/app-state";
import { CHECK_REPORT, planReport } from "../../../src/core/report";
import { analysisOf, fakeHost, SAMPLE, WITH_ERRORS } from "../fixtures";

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

  it("works out the tabs' results once per reading, and the preview again when the report's language changes", async () => {
    const analysis = await analysisOf(WITH_ERRORS);
    let s = appReducer(initialState("vi", "check"), { type: "read-done", analysis });
    const checked = s.results!.checked;
    expect(checked.issues).toEqual(planReport(analysis, CHECK_REPORT).issues);
    expect(checked.totals.error).toBeGreaterThan(0);
    // The preview is the report written despite errors, in the report's language.
    const vi = s.results!.preview;
    expect(vi.ok && vi.document.language).toBe("vi");
    expect(vi.ok && vi.leftOut).toBe(checked.totals.error);
    s = appReducer(s, { type: "report-lang", lang: "en" });
    expect(s.results!.checked).toBe(checked);
    expect(s.results!.preview.ok && s.results!.preview.document.language).toBe("en");
    expect(appReducer(s, { type: "report-lang", lang: "en" })).toBe(s);
    // A reading made with the English report chosen lists the same issues as with the Vietnamese one.
    const en = appReducer(initialState("vi", "check", "en"), { type: "read-done", analysis });
    expect(en.results!.checked).toEqual(checked);
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
    expect(r.last().read).toEqual({
      kind: "failed",
      message: "Không đọc được sổ. (Mã lỗi: ItemNotFound.) Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này.",
    });
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
    await appActions(fakeHost(SAMPLE), r.dispatch).generate(false, "vi", "vi");
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
    await actions.generate(false, "vi", "vi");
    expect(r.last().generate).toMatchObject({ kind: "finished", step: "check", result: { kind: "blocked", reason: "errors" } });
    await actions.generate(true, "vi", "vi");
    expect(r.last().generate).toMatchObject({ kind: "finished", step: "save", result: { kind: "written" } });
  });

  it("deliver: hands the same bytes over again by the chosen way and records the new outcome", async () => {
    const host = fakeHost(SAMPLE, { outcome: "dialog-download" });
    const r = recorder();
    const report = { kind: "written", fileName: "a.docx", bytes: new Uint8Array([1, 2]), outcome: "cancelled", warnings: 0, leftOut: 0 } as const;
    await appActions(host, r.dispatch).deliver(report, "dialog", "vi");
    expect(host.saved).toEqual([{ bytes: report.bytes, fileName: "a.docx", method: "dialog" }]);
    expect(r.last().generate).toMatchObject({ kind: "finished", result: { outcome: "dialog-download" } });
  });

  it("generate on a host that cannot download (Mac): the report is written, nothing is handed over, nothing claims it was", async () => {
    const host = fakeHost(SAMPLE, { delivery: { automatic: undefined, others: ["browser"] } });
    const r = recorder(initialState("en", "generate"));
    await appActions(host, r.dispatch).generate(false, "en", "vi");
    expect(host.saved).toEqual([]);
    expect(r.last().generate).toMatchObject({
      kind: "finished",
      result: { kind: "written", outcome: "not-delivered", fileName: "bao-cao-6-thang-dau-nam-2021.docx" },
    });
  });

  it("generate in English only when chosen: the file name says so", async () => {
    const r = recorder(initialState("vi", "generate"));
    await appActions(fakeHost(SAMPLE), r.dispatch).generate(false, "vi", "en");
    expect(r.last().generate).toMatchObject({ result: { kind: "written", fileName: "bao-cao-6-thang-dau-nam-2021-en.docx" } });
  });

  it("cancel: a check stopped before its next block goes back to idle and says so", async () => {
    const r = recorder();
    const actions = appActions(fakeHost(SAMPLE), r.dispatch);
    const running = actions.check("vi");
    actions.cancel();
    await running;
    expect(r.last().read).toEqual({ kind: "idle" });
    expect(r.last().notice).toEqual({ intent: "info", text: "Đã dừng đọc sổ. Bấm Kiểm tra số liệu để đọc lại." });
  });

  it("the report's language is kept in the workbook through the host", async () => {
    const kept: string[] = [];
    const host = { ...fakeHost(SAMPLE), reportLanguage: { read: () => undefined, write: async (l: "vi" | "en") => void kept.push(l) } };
    const r = recorder();
    await appActions(host, r.dispatch).reportLanguage("en", "vi");
    expect(kept).toEqual(["en"]);
    expect(r.last().reportLang).toBe("en");
  });

  it("a finished check opens the list on errors when there are any, else on everything", async () => {
    const withErrors = recorder();
    await appActions(fakeHost(WITH_ERRORS), withErrors.dispatch).check("vi");
    expect(withErrors.last().filter).toBe("error");
    const clean = recorder();
    await appActions(fakeHost(SAMPLE), clean.dispatch).check("vi");
    expect(clean.last().filter).toBe("all");
  });
});
