jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * "Cập nhật số liệu" in the Word pane: the picked workbook refreshes the open
 * report's figures through the Word host (office-addin-mock), and the pane
 * lists what changed and what the clerk has to look at.
 */
import { provenanceXml } from "../../../src/core/living";
import { updateWordFigures } from "../../../src/hosts/word";
import { changeLine, initialWordPaneState, listedChanges, wordPaneActions, wordPaneReducer, type WordPaneState } from "../../../src/taskpane/word";
import { mockDocument } from "../../hosts/word/mock-content-controls";
import { MISTAKES_BYTES, picked, SAMPLE_BYTES, wordPaneHost } from "./word-fixtures";
import { FIRST_WRITTEN, writtenProvenance } from "../../core/living/provenance-fixture";

function pane(xml: string | undefined) {
  const word = mockDocument(
    [
      { tag: "lbc:lots.total", text: "800" },
      { tag: "lbc:lots.byGroup.Thép", text: "50" },
    ],
    xml,
  );
  const { host } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: [] });
  let state: WordPaneState = initialWordPaneState;
  const actions = wordPaneActions({ ...host, updateFigures: (fresh) => updateWordFigures(word.run, fresh) }, (a) => (state = wordPaneReducer(state, a)));
  return {
    word,
    actions,
    get state() {
      return state;
    },
  };
}

const WRITTEN = provenanceXml(writtenProvenance(FIRST_WRITTEN));

it("refreshes the changed figure, and lists it with the typed-over and the deleted one", async () => {
  const p = pane(WRITTEN);
  await p.actions.openFile(picked("so-lieu.xlsx", SAMPLE_BYTES), "vi");
  if (p.state.workbook.kind !== "read") throw new Error("not read");
  await p.actions.updateFigures(p.state.workbook.analysis, "so-lieu.xlsx", false, "vi");
  const living = p.state.living;
  if (living.kind !== "updated") throw new Error("not updated");
  expect(listedChanges(living.update).map((c) => changeLine(c, living.update, "vi"))).toEqual([
    "II.6.1 lô: 800 → 840",
    expect.stringMatching(/: văn bản đang ghi “50” \(đã sửa tay\), số liệu mới là 46\.$/),
    expect.stringMatching(/: số liệu này đã bị xoá khỏi văn bản \(số liệu mới là 29\); không ghi lại\.$/),
  ]);
  expect(living.spoken).toBe("Đã cập nhật 1 số liệu; 2 số liệu cần xem lại.");
  expect(living.source).toEqual({ kind: "picked", name: "so-lieu.xlsx" });
  expect(living.highlighted).toEqual(["lbc:lots.total"]);
  expect(p.state.notice).toBeUndefined();
  expect(p.word.controls.map((c) => c.text)).toEqual(["840", "50"]);
});

it("says so when the open document is not a report of ours, and writes nothing", async () => {
  const p = pane(undefined);
  await p.actions.openFile(picked("so-lieu.xlsx", SAMPLE_BYTES), "en");
  if (p.state.workbook.kind !== "read") throw new Error("not read");
  await p.actions.updateFigures(p.state.workbook.analysis, "so-lieu.xlsx", false, "en");
  expect(p.state.notice?.intent).toBe("warning");
  expect(p.state.notice?.lines[0]).toMatch(/^The open document is not a report this tool wrote/);
  expect(p.word.state.written).toEqual([]);
});

it("a workbook with errors updates nothing unless forced", async () => {
  const p = pane(WRITTEN);
  await p.actions.openFile(picked("loi.xlsx", MISTAKES_BYTES), "vi");
  if (p.state.workbook.kind !== "read") throw new Error("not read");
  await p.actions.updateFigures(p.state.workbook.analysis, "loi.xlsx", false, "vi");
  expect(p.state.notice?.intent).toBe("error");
  expect(p.state.living.kind).toBe("idle");
  expect(p.word.state.written).toEqual([]);
});

it("names a period figure as what it is, wherever it stands, in the pane's language", () => {
  const update = {
    changes: [],
    names: new Map([["period.name", { key: "period.name", text: "6 tháng đầu năm 2021", title: "", section: "II", label: "" }]]),
  } as unknown as Parameters<typeof changeLine>[1];
  const change = { kind: "changed", key: "period.name", tag: "lbc:period.name", written: "6 tháng đầu năm 2021", fresh: "9 tháng đầu năm 2021" } as const;
  expect(changeLine(change, update, "vi")).toBe("II tên kỳ báo cáo: 6 tháng đầu năm 2021 → 9 tháng đầu năm 2021");
  expect(changeLine({ ...change, key: "period.year", tag: "lbc:period.year", written: "2021", fresh: "2022" }, update, "en")).toBe("year: 2021 → 2022");
});
