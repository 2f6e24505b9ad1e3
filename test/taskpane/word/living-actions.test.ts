jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * "Cập nhật số liệu" in the Word pane without a picked file: the report's
 * record names its workbook on OneDrive, the pane fetches it (a stand-in
 * client) and updates the open document (office-addin-mock, Office.js's load
 * rules enforced); every way this can fail ends in one plain sentence and
 * the file picker. Then the change list's buttons: select, keep, take the new
 * figure, accept.
 */
import { AuthProblemCode, AuthProblemError } from "../../../src/hosts/auth";
import { GraphProblemCode, GraphProblemError, type GraphProblem } from "../../../src/hosts/graph";

const graphProblem = (code: GraphProblem["code"], params: GraphProblem["params"]) => new GraphProblemError({ code, params });
import { parseProvenance, provenanceXml, type Provenance } from "../../../src/core/living";
import { acceptWordFigures, readWordFigures, selectWordFigure, updateWordFigures, writeWordFigures, UPDATED_HIGHLIGHT } from "../../../src/hosts/word";
import {
  changeLine,
  initialWordPaneState,
  listedChanges,
  livingActions,
  wordPaneActions,
  wordPaneReducer,
  type LinkedWorkbookClient,
  type WordPaneHost,
  type WordPaneState,
} from "../../../src/taskpane/word";
import { mockLivingWord, type LivingControl, type LivingParagraph } from "../../hosts/word/mock-living-word";
import { MISTAKES_BYTES, picked, SAMPLE_BYTES, wordPaneHost } from "./word-fixtures";
import { fromBase64 } from "../../../src/taskpane/save";
import { openDocx, partText } from "../../support/docx-text";
import { FIRST_WRITTEN, writtenProvenance } from "../../core/living/provenance-fixture";

const LOCATION = "https://contoso-my.sharepoint.com/personal/thu_contoso_vn/Documents/Báo cáo/so-lieu 2021.xlsx";

const record = (workbook: Provenance["workbook"]): string => provenanceXml(writtenProvenance(FIRST_WRITTEN, workbook));

/** A stand-in OneDrive client: the calls it got, and a failure to give at one step. */
function oneDrive(fail?: { at: "signIn" | "workbookAt" | "downloadItem"; error: unknown }, bytes: Uint8Array = SAMPLE_BYTES) {
  const calls: string[] = [];
  const step = (name: "signIn" | "workbookAt" | "downloadItem", detail = "") => {
    calls.push(`${name}${detail}`);
    if (fail?.at === name) throw fail.error;
  };
  const client: LinkedWorkbookClient = {
    signIn: async () => step("signIn"),
    workbookAt: async (url) => {
      step("workbookAt", ` ${url}`);
      return { id: "01SOLIEU", driveId: "b!drive", name: "so-lieu 2021.xlsx", webUrl: url, lastModified: 0, size: bytes.length };
    },
    downloadItem: async (driveId, itemId) => {
      step("downloadItem", ` ${driveId}/${itemId}`);
      return bytes;
    },
  };
  return { client, calls };
}

function pane(xml: string | undefined, client: LinkedWorkbookClient | undefined) {
  const steel: LivingControl = { tag: "lbc:lots.byGroup.Thép", text: "gần 50" };
  const total: LivingControl = { tag: "lbc:lots.total", text: "800" };
  const own: LivingControl = { tag: "ghi-chu", text: "ghi chú", highlight: "Green" };
  const paragraphs: LivingParagraph[] = [["Đoạn văn thư thêm."], ["Đã kiểm tra ", total, " lô, thép ", steel, " lô; ", own], ["Câu viết lại."]];
  const word = mockLivingWord(paragraphs, xml);
  const { host: base } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: [] });
  const host: WordPaneHost = {
    ...base,
    updateFigures: (fresh) => updateWordFigures(word.run, fresh),
    readProvenance: () => readWordFigures(word.run).then((f) => f.provenance),
    selectFigure: (tag) => selectWordFigure(word.run, tag),
    acceptFigures: (tags) => acceptWordFigures(word.run, tags),
    writeFigures: (texts, provenance) => writeWordFigures(word.run, texts, provenance),
  };
  let state: WordPaneState = initialWordPaneState;
  const dispatch = (a: Parameters<typeof wordPaneReducer>[1]) => (state = wordPaneReducer(state, a));
  const actions = wordPaneActions(host, dispatch);
  const living = livingActions(host, actions, () => client, dispatch);
  return {
    word,
    living,
    actions,
    steel,
    total,
    own,
    get state() {
      return state;
    },
    get updated() {
      if (state.living.kind !== "updated") throw new Error(`not updated: ${state.living.kind}, ${JSON.stringify(state.notice)}`);
      return state.living;
    },
  };
}

describe("the workbook found from the document", () => {
  it("fetches the workbook the record names on OneDrive, says which, and updates with it", async () => {
    const drive = oneDrive();
    const p = pane(record({ name: "so-lieu 2021.xlsx", location: LOCATION }), drive.client);
    await p.living.update(undefined, "vi");
    expect(drive.calls).toEqual(["signIn", `workbookAt ${LOCATION}`, "downloadItem b!drive/01SOLIEU"]);
    expect(p.state.workbook).toMatchObject({ kind: "read", fileName: "so-lieu 2021.xlsx" });
    expect(p.updated.source).toEqual({ kind: "onedrive", name: "so-lieu 2021.xlsx", location: LOCATION });
    expect(listedChanges(p.updated.update).map((c) => changeLine(c, p.updated.update, "vi"))).toEqual([
      "II.6.1 lô: 800 → 840",
      expect.stringContaining(": văn bản đang ghi “gần 50” (đã sửa tay), số liệu mới là 46."),
      expect.stringContaining(": số liệu này đã bị xoá khỏi văn bản (số liệu mới là 29); không ghi lại."),
    ]);
    expect(p.total).toEqual({ tag: "lbc:lots.total", text: "840", highlight: UPDATED_HIGHLIGHT });
    expect(p.steel.text).toBe("gần 50");
    expect(p.word.text()).toEqual(["Đoạn văn thư thêm.", "Đã kiểm tra 840 lô, thép gần 50 lô; ghi chú", "Câu viết lại."]);
    // The record keeps where the workbook is, for the next update.
    expect(parseProvenance(p.word.state.xml ?? "")?.workbook).toEqual({ name: "so-lieu 2021.xlsx", location: LOCATION });
    expect(p.state.notice).toBeUndefined();
  });

  it("a workbook picked in the pane is used as it is: OneDrive is not asked", async () => {
    const drive = oneDrive();
    const p = pane(record({ name: "so-lieu 2021.xlsx", location: LOCATION }), drive.client);
    const analysis = await p.actions.openFile(picked("ban-sao.xlsx", SAMPLE_BYTES), "vi");
    await p.living.update(analysis && { analysis, fileName: "ban-sao.xlsx" }, "vi");
    expect(drive.calls).toEqual([]);
    expect(p.updated.source).toEqual({ kind: "picked", name: "ban-sao.xlsx" });
  });

  const cases: Array<[string, Provenance["workbook"], Parameters<typeof oneDrive>[0] | "no client", RegExp]> = [
    [
      "no location",
      { name: "so-lieu.xlsx" },
      undefined,
      /^Báo cáo này không ghi sổ số liệu nằm ở đâu\. Hãy chọn sổ số liệu ở trên, rồi bấm lại “Cập nhật số liệu”\.$/,
    ],
    ["no workbook at all", undefined, undefined, /^Báo cáo này không ghi sổ số liệu nằm ở đâu\./],
    [
      "a path on the computer",
      { name: "so-lieu.xlsx", location: "C:\\Báo cáo\\so-lieu.xlsx" },
      undefined,
      /^Sổ số liệu của báo cáo này \(so-lieu\.xlsx\) không nằm trên OneDrive/,
    ],
    ["an address not Microsoft's", { name: "so-lieu.xlsx", location: "https://example.com/so-lieu.xlsx" }, undefined, /không nằm trên OneDrive/],
    [
      "no OneDrive client (sign-in not set up)",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      "no client",
      /^Chưa đăng nhập tài khoản Microsoft nên chưa lấy được sổ so-lieu 2021\.xlsx từ OneDrive\./,
    ],
    [
      "not signed in",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      { at: "signIn", error: new AuthProblemError({ code: AuthProblemCode.NotSignedIn, params: {} }) },
      /^Chưa đăng nhập tài khoản Microsoft/,
    ],
    [
      "moved or deleted (404)",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      { at: "workbookAt", error: graphProblem(GraphProblemCode.ItemNotFound, { status: 404 }) },
      /^Không tìm thấy sổ so-lieu 2021\.xlsx trên OneDrive nữa; có thể sổ đã bị chuyển, đổi tên hoặc xoá\. Hãy chọn sổ ở trên/,
    ],
    [
      "not shared with the clerk (403)",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      { at: "workbookAt", error: graphProblem(GraphProblemCode.NoPermission, { status: 403 }) },
      /^Tài khoản đang đăng nhập không có quyền đọc sổ so-lieu 2021\.xlsx/,
    ],
    [
      "the network dropped",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      { at: "downloadItem", error: graphProblem(GraphProblemCode.Network, { attempts: 4 }) },
      /^Mất kết nối mạng khi lấy sổ so-lieu 2021\.xlsx từ OneDrive/,
    ],
    [
      "anything else",
      { name: "so-lieu 2021.xlsx", location: LOCATION },
      { at: "downloadItem", error: new TypeError("x is undefined") },
      /^Chưa lấy được sổ so-lieu 2021\.xlsx từ OneDrive\./,
    ],
  ];

  it.each(cases)("%s: one plain sentence asking for the file, and nothing written", async (_, workbook, fail, sentence) => {
    const drive = oneDrive(fail === "no client" ? undefined : fail);
    const p = pane(record(workbook), fail === "no client" ? undefined : drive.client);
    const xml = p.word.state.xml;
    await p.living.update(undefined, "vi");
    expect(p.state.notice).toEqual({ intent: "warning", lines: [expect.stringMatching(sentence)] });
    expect(p.state.notice?.lines[0]).not.toMatch(/Error|at |undefined|\{/);
    expect(p.state.living.kind).toBe("idle");
    expect(p.state.workbook.kind).toBe("none");
    expect(p.word.state.calls.filter((c) => c.call === "insertText" || c.call === "setXml")).toEqual([]);
    expect(p.word.state.xml).toBe(xml);
  });

  it("in English too", async () => {
    const drive = oneDrive({ at: "workbookAt", error: graphProblem(GraphProblemCode.ItemNotFound, { status: 404 }) });
    const p = pane(record({ name: "so-lieu 2021.xlsx", location: LOCATION }), drive.client);
    await p.living.update(undefined, "en");
    expect(p.state.notice?.lines).toEqual([
      "so-lieu 2021.xlsx is no longer on OneDrive; it may have been moved, renamed or deleted. Choose the workbook above, then select “Update figures” again.",
    ]);
  });

  it("a document the product did not write: said so, OneDrive not asked", async () => {
    const drive = oneDrive();
    const p = pane(undefined, drive.client);
    await p.living.update(undefined, "vi");
    expect(p.state.notice?.lines[0]).toMatch(/^Văn bản đang mở không phải báo cáo do công cụ này lập/);
    expect(drive.calls).toEqual([]);
  });

  it("a fetched workbook with errors is shown and updates nothing", async () => {
    const drive = oneDrive(undefined, MISTAKES_BYTES);
    const p = pane(record({ name: "so-lieu 2021.xlsx", location: LOCATION }), drive.client);
    await p.living.update(undefined, "vi");
    expect(p.state.workbook.kind).toBe("read");
    expect(p.state.notice?.intent).toBe("error");
    expect(p.state.living.kind).toBe("idle");
    expect(p.word.state.calls.filter((c) => c.call === "insertText")).toEqual([]);
  });
});

describe("the workbook's address in the report's record", () => {
  it("a report inserted from a workbook picked on OneDrive records its address, for the next update to find", async () => {
    const { host, mock } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: [] });
    let state: WordPaneState = initialWordPaneState;
    const actions = wordPaneActions(host, (a) => (state = wordPaneReducer(state, a)));
    const analysis = await actions.openFile({ ...picked("so-lieu 2021.xlsx", SAMPLE_BYTES), location: LOCATION }, "vi");
    expect(state.workbook).toMatchObject({ kind: "read", fileName: "so-lieu 2021.xlsx", location: LOCATION });
    if (!analysis) throw new Error("not read");
    await actions.insert(analysis, "end", false, "vi", { name: "so-lieu 2021.xlsx", location: LOCATION });
    const inserted = fromBase64(mock.calls[0]?.base64 ?? "");
    if (!inserted) throw new Error("nothing inserted");
    const record = parseProvenance(await partText(await openDocx(inserted), "customXml/item1.xml"));
    expect(record?.workbook).toEqual({ name: "so-lieu 2021.xlsx", location: LOCATION });
  });
});

describe("the change list's buttons", () => {
  async function updated() {
    const p = pane(record({ name: "so-lieu 2021.xlsx", location: LOCATION }), oneDrive().client);
    await p.living.update(undefined, "vi");
    const change = (kind: string) => p.updated.update.changes.find((c) => c.kind === kind)!;
    return { p, change };
  }

  it("a line's link selects its control; a deleted figure's says so plainly", async () => {
    const { p, change } = await updated();
    await p.living.select(change("changed"), p.updated.update, "vi");
    expect(p.word.state.selected).toEqual(["lbc:lots.total"]);
    expect(p.updated.message).toBeUndefined();
    expect(p.updated.working).toBeUndefined();
    await p.living.select(change("missing"), p.updated.update, "vi");
    expect(p.word.state.selected).toEqual(["lbc:lots.total"]);
    expect(p.updated.message).toEqual({
      intent: "warning",
      lines: [expect.stringMatching(/: số liệu này không còn trong văn bản \(chỗ ghi số liệu đã bị xoá\), nên không chọn được\.$/)],
    });
    expect(p.updated.spoken).toBe(p.updated.message?.lines[0]);
  });

  it("Giữ chữ đã sửa keeps the clerk's text and writes nothing", async () => {
    const { p, change } = await updated();
    const calls = p.word.state.calls.length;
    p.living.keep(change("conflict"), "vi");
    expect(p.updated.resolved).toEqual({ "lbc:lots.byGroup.Thép": "kept" });
    expect(p.updated.spoken).toBe("Đã giữ chữ đã sửa.");
    expect(p.word.state.calls.length).toBe(calls);
    expect(p.steel.text).toBe("gần 50");
  });

  it("Dùng số mới writes the new figure into that control, highlighted, and the record; Chấp nhận thay đổi then clears both highlights and nothing else", async () => {
    const { p, change } = await updated();
    await p.living.useFresh(change("conflict"), p.updated.update, "vi");
    expect(p.steel).toEqual({ tag: "lbc:lots.byGroup.Thép", text: "46", highlight: UPDATED_HIGHLIGHT });
    expect(p.updated.resolved).toEqual({ "lbc:lots.byGroup.Thép": "used" });
    expect(p.updated.spoken).toBe("Đã ghi số mới 46 (tô vàng trong văn bản).");
    expect(p.updated.highlighted).toEqual(["lbc:lots.total", "lbc:lots.byGroup.Thép"]);
    expect(parseProvenance(p.word.state.xml ?? "")?.figures.map((f) => f.text)).toEqual(["840", "46", "29"]);
    expect(p.updated.update.provenance.figures.map((f) => f.text)).toEqual(["840", "46", "29"]);

    p.word.state.syncs = 0;
    await p.living.accept(p.updated.highlighted, "vi");
    expect(p.word.state.syncs).toBe(2);
    expect([p.total.highlight, p.steel.highlight, p.own.highlight]).toEqual([null, null, "Green"]);
    expect(p.updated.highlighted).toEqual([]);
    expect(p.updated.message).toEqual({ intent: "success", lines: ["Đã chấp nhận thay đổi: bỏ tô vàng ở 2 chỗ ghi số liệu."] });
    expect(p.word.text()).toEqual(["Đoạn văn thư thêm.", "Đã kiểm tra 840 lô, thép 46 lô; ghi chú", "Câu viết lại."]);
  });

  it("when Word refuses the acceptance, the highlight stays listed and the pane says so", async () => {
    const { p } = await updated();
    let state = p.state;
    const refusing = livingActions(
      {
        ...wordPaneHost({ sets: ["1.5"], paragraphs: [] }).host,
        acceptFigures: () => Promise.reject(Object.assign(new Error("RichApi.Error"), { code: "AccessDenied" })),
      },
      p.actions,
      () => undefined,
      (a) => (state = wordPaneReducer(state, a)),
    );
    await refusing.accept(["lbc:lots.total"], "en");
    if (state.living.kind !== "updated") throw new Error("not updated");
    expect(state.living.highlighted).toEqual(["lbc:lots.total"]);
    expect(state.living.working).toBeUndefined();
    expect(state.living.message).toEqual({
      intent: "error",
      lines: ["The highlight could not be removed: Word did not let the pane change the document. Try again."],
    });
  });
});
