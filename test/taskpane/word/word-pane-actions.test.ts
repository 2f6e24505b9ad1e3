jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { initialWordPaneState, wordPaneActions, wordPaneReducer, type WordPaneAction, type WordPaneState } from "../../../src/taskpane/word";
import { MISTAKES_BYTES, picked, SAMPLE_BYTES, wordPaneHost } from "./word-fixtures";

const BEFORE = ["Đoạn văn có sẵn."];

function run(host: ReturnType<typeof wordPaneHost>["host"]) {
  let state: WordPaneState = initialWordPaneState;
  const seen: WordPaneAction["type"][] = [];
  const dispatch = (action: WordPaneAction) => {
    seen.push(action.type);
    state = wordPaneReducer(state, action);
  };
  return {
    actions: wordPaneActions(host, dispatch),
    dispatch,
    seen,
    get state() {
      return state;
    },
  };
}

describe("wordPaneActions", () => {
  it("reads a picked file with progress, then inserts at the end by default", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: BEFORE });
    const pane = run(host);
    await pane.actions.openFile(picked("bao-cao.xlsx", SAMPLE_BYTES), "vi");
    expect(pane.seen[0]).toBe("file-start");
    expect(pane.seen).toContain("file-progress");
    if (pane.state.workbook.kind !== "read") throw new Error("not read");
    expect(pane.state.workbook.fileName).toBe("bao-cao.xlsx");
    await pane.actions.request(pane.state.workbook.analysis, pane.state.place, false, "vi");
    expect(pane.state.insert).toMatchObject({ kind: "done", result: { kind: "inserted", where: "end" } });
    expect(mock.state.paragraphs[0]).toBe(BEFORE[0]);
  });

  it("asks before replacing, and replaces nothing until confirmed", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: BEFORE });
    const pane = run(host);
    await pane.actions.openFile(picked("bao-cao.xlsx", SAMPLE_BYTES), "vi");
    if (pane.state.workbook.kind !== "read") throw new Error("not read");
    const { analysis } = pane.state.workbook;
    pane.dispatch({ type: "place", place: "replace" });
    await pane.actions.request(analysis, "replace", false, "vi");
    expect(pane.state.insert).toEqual({ kind: "confirming", force: false });
    expect(mock.calls).toEqual([]);
    pane.dispatch({ type: "cancel" });
    expect(pane.state.insert).toEqual({ kind: "idle" });
    expect(mock.state.paragraphs).toEqual(BEFORE);
    await pane.actions.insert(analysis, "replace", false, "vi");
    expect(mock.calls.map((c) => c.location)).toEqual(["Replace"]);
    expect(mock.state.paragraphs).not.toContain(BEFORE[0]);
  });

  it("says in plain words why a file cannot be read", async () => {
    const { host } = wordPaneHost({ sets: ["1.5"], paragraphs: BEFORE });
    const pane = run(host);
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await pane.actions.openFile(picked("cu.xls", xls), "vi");
    expect(pane.state.workbook).toEqual({
      kind: "failed",
      fileName: "cu.xls",
      message: "Đây là tệp .xls cũ (Excel 97–2003). Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại.",
    });
  });

  it("downloads the report when Word could not take it", async () => {
    const { host, saved } = wordPaneHost({ sets: ["1.1"], paragraphs: BEFORE });
    const pane = run(host);
    await pane.actions.openFile(picked("loi.xlsx", MISTAKES_BYTES), "en");
    if (pane.state.workbook.kind !== "read") throw new Error("not read");
    await pane.actions.insert(pane.state.workbook.analysis, "new-document", true, "en");
    const insert = pane.state.insert;
    if (insert.kind !== "done" || insert.result.kind !== "not-inserted") throw new Error("expected not-inserted");
    expect(insert.result.problem).toMatchObject({ code: "unsupported", set: "WordApi 1.3" });
    await pane.actions.download(insert.result.bytes, insert.result.fileName, "en");
    expect(saved.map((s) => s.fileName)).toEqual([insert.result.fileName]);
    expect(pane.state.notice).toEqual({
      intent: "success",
      lines: [`${insert.result.fileName} was handed to the browser's download; look in the Downloads folder.`],
    });
  });
});
