jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
/**
 * The computed lists and the tracked figures in the Word pane's change list:
 * a list replaced whole is highlighted until accepted and listed in the CLI's
 * words, an edited or deleted one is reported, the live region counts them;
 * a figure holding a tracked change is said to be one, and "Dùng số mới" is
 * never written over it.
 */
import type { FigureChange, FigureUpdate, ListChange, WrittenFigure } from "../../../src/core/living";
import { listLines } from "../../../src/cli/update-command";
import {
  changeLine,
  initialWordPaneState,
  listedLists,
  listLine,
  livingActions,
  livingReducer,
  offersFresh,
  updateSummary,
  wordPaneActions,
  wordPaneReducer,
  type WordPaneHost,
  type WordPaneState,
} from "../../../src/taskpane/word";
import { wordPaneHost } from "./word-fixtures";
import { writtenProvenance } from "../../core/living/provenance-fixture";

const TABLE = "lbc:list:finance.table";
const GROUPS = "lbc:list:lots.byGroup";
const TASKS = "lbc:list:tasks.managed";
const TOTALS = "lbc:list:finance.totals";

const written = (key: string, items: number) => ({ tag: `lbc:list:${key}`, key, text: `${key} as written`, items, figures: [] });
const fresh = (key: string, kind: "note" | "paragraph" | "table", items: number, section: string) => ({
  key,
  tag: `lbc:list:${key}`,
  kind,
  text: `${key} now`,
  items,
  title: "",
  section,
  figures: [],
});

const LISTS: ListChange[] = [
  { kind: "changed", key: "finance.table", tag: TABLE, written: written("finance.table", 23), fresh: fresh("finance.table", "table", 24, "Phụ lục") },
  { kind: "conflict", key: "lots.byGroup", tag: GROUPS, written: written("lots.byGroup", 5), fresh: fresh("lots.byGroup", "note", 6, "II.6.1") },
  {
    kind: "conflict",
    key: "finance.totals",
    tag: TOTALS,
    written: written("finance.totals", 1),
    fresh: fresh("finance.totals", "paragraph", 1, "III"),
    tracked: true,
  },
  { kind: "missing", key: "tasks.managed", tag: TASKS, written: written("tasks.managed", 3), fresh: fresh("tasks.managed", "note", 4, "II.2") },
  { kind: "unchanged", key: "calibrations.rows", tag: "lbc:list:calibrations.rows", written: written("calibrations.rows", 2) },
];

const NAMES = new Map<string, WrittenFigure>([
  ["lots.total", { key: "lots.total", text: "840", title: "", section: "II.6.1", label: "lô" }],
  ["fines.total", { key: "fines.total", text: "12.500.000", title: "", section: "II.7", label: "đồng tiền phạt" }],
]);

const PROVENANCE = writtenProvenance([
  ["lots.total", "800"],
  ["fines.total", "10.000.000"],
]);

const TRACKED: FigureChange = {
  kind: "conflict",
  key: "fines.total",
  tag: "lbc:fines.total",
  current: "10.000.000",
  written: "10.000.000",
  fresh: "12.500.000",
  tracked: true,
};
const TYPED: FigureChange = {
  kind: "conflict",
  key: "fines.total",
  tag: "lbc:fines.total",
  current: "khoảng 10 triệu",
  written: "10.000.000",
  fresh: "12.500.000",
};

function update(changes: FigureChange[], lists: ListChange[] = LISTS): FigureUpdate {
  return {
    changes,
    texts: new Map(changes.filter((c) => c.kind === "changed").map((c) => [c.tag, c.fresh ?? ""])),
    provenance: PROVENANCE,
    names: NAMES,
    lists,
    listRewrites: new Set(lists.filter((l) => l.kind === "changed").map((l) => l.tag)),
  };
}

const CHANGED: FigureChange = { kind: "changed", key: "lots.total", tag: "lbc:lots.total", current: "800", written: "800", fresh: "840" };
const source = { kind: "picked", name: "so-lieu.xlsx" } as const;

describe("a list replaced whole", () => {
  it("stays highlighted with the figures until accepted, and is cleared by the acceptance", () => {
    const u = update([CHANGED]);
    const state = livingReducer({ kind: "idle" }, { type: "updated", update: u, source, spoken: "" });
    if (state.kind !== "updated") throw new Error("not updated");
    expect(state.highlighted).toEqual(["lbc:lots.total", TABLE]);
    const accepted = livingReducer(state, { type: "accepted", message: { intent: "success", lines: ["ok"] } });
    expect(accepted.kind === "updated" && accepted.highlighted).toEqual([]);
  });

  it("when only lists changed, something is still highlighted to accept", () => {
    const state = livingReducer({ kind: "idle" }, { type: "updated", update: update([]), source, spoken: "" });
    expect(state.kind === "updated" && state.highlighted).toEqual([TABLE]);
  });
});

describe("the lines of the lists", () => {
  it("one per list that changed, was edited or deleted, in the document's order, in the clerk's words", () => {
    const u = update([]);
    expect(listedLists(u).map((l) => listLine(l, "vi"))).toEqual([
      "Phụ lục bảng thu chi: 23 dòng → 24 dòng",
      "II.6.1 chú thích nhóm hàng: đã được sửa trong văn bản (sổ nay cho 6 mục); giữ nguyên, chỉ cập nhật các số liệu trong đó, hãy xem lại.",
      "III đoạn tổng thu chi: có sửa đổi đang được theo dõi (Theo dõi Thay đổi) bên trong (sổ nay cho 1 mục); giữ nguyên, chỉ cập nhật các số liệu trong đó, hãy xem lại.",
      "II.2 chú thích danh sách nhiệm vụ: đã bị xoá khỏi văn bản (sổ nay cho 4 mục); không ghi lại.",
    ]);
    expect(listedLists(u).map((l) => listLine(l, "en"))).toEqual([
      "Phụ lục revenue and expenditure table: 23 rows → 24 rows",
      "II.6.1 note on goods groups: edited in the document (the workbook now gives 6 items); kept, only its figures are updated, please review.",
      "III revenue and expenditure totals: holds a tracked change (the workbook now gives 1 item); kept, only its figures are updated, please review.",
      "II.2 note listing the tasks: deleted from the document (the workbook now gives 4 items); not written back.",
    ]);
  });

  it("says them as the CLI does (the tracked one apart: Word's own name for Track Changes)", () => {
    const untracked = LISTS.filter((l) => l.tracked !== true);
    for (const lang of ["vi", "en"] as const) {
      expect(listedLists(update([], untracked)).map((l) => listLine(l, lang))).toEqual(listLines(untracked, lang));
    }
  });

  it("the live region counts the lists with the figures", () => {
    expect(updateSummary(update([CHANGED, TYPED]), "vi")).toBe("Đã cập nhật 2 số liệu; 4 số liệu cần xem lại.");
    expect(updateSummary(update([], LISTS.slice(0, 1)), "en")).toBe("1 figure(s) updated; 0 to review.");
  });
});

describe("a figure holding a tracked change", () => {
  it("is worded as one, not as typed over", () => {
    expect(changeLine(TRACKED, update([TRACKED]), "vi")).toBe(
      "II.7 đồng tiền phạt: có sửa đổi đang được theo dõi (Theo dõi Thay đổi); hãy chấp nhận hoặc từ chối trong Word trước (số liệu mới là 12.500.000).",
    );
    expect(changeLine(TRACKED, update([TRACKED]), "vi")).not.toContain("đã sửa tay");
    expect(changeLine(TYPED, update([TYPED]), "vi")).toBe("II.7 đồng tiền phạt: văn bản đang ghi “khoảng 10 triệu” (đã sửa tay), số liệu mới là 12.500.000.");
    expect(changeLine(TRACKED, update([TRACKED]), "en")).toBe(
      "II.7 đồng tiền phạt: holds a tracked change; accept or reject it in Word first (the new figure is 12.500.000).",
    );
  });

  it("is not offered the new figure, and Dùng số mới writes nothing over it", async () => {
    expect(offersFresh(TRACKED)).toBe(false);
    expect(offersFresh(TYPED)).toBe(true);
    const writes: Array<ReadonlyMap<string, string>> = [];
    const { host: base } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: [] });
    const host: WordPaneHost = { ...base, writeFigures: async (texts) => writes.push(texts) };
    let state: WordPaneState = initialWordPaneState;
    const dispatch = (a: Parameters<typeof wordPaneReducer>[1]) => (state = wordPaneReducer(state, a));
    const living = livingActions(host, wordPaneActions(host, dispatch), () => undefined, dispatch);
    const u = update([TRACKED]);
    dispatch({ type: "living", action: { type: "updated", update: u, source, spoken: "" } });
    await living.useFresh(TRACKED, u, "vi");
    expect(writes).toEqual([]);
    expect(state.living.kind === "updated" && state.living.resolved).toEqual({});
    await living.useFresh(TYPED, update([TYPED]), "vi");
    expect(writes).toEqual([new Map([["lbc:fines.total", "12.500.000"]])]);
  });
});

describe("a list's link", () => {
  function paneWith(outcome: "selected" | "gone") {
    const selected: string[] = [];
    const { host: base } = wordPaneHost({ sets: ["1.1", "1.5"], paragraphs: [] });
    const host: WordPaneHost = {
      ...base,
      selectFigure: async (tag) => {
        selected.push(tag);
        return outcome;
      },
    };
    let state: WordPaneState = initialWordPaneState;
    const dispatch = (a: Parameters<typeof wordPaneReducer>[1]) => (state = wordPaneReducer(state, a));
    const living = livingActions(host, wordPaneActions(host, dispatch), () => undefined, dispatch);
    dispatch({ type: "living", action: { type: "updated", update: update([]), source, spoken: "" } });
    return {
      living,
      selected,
      get updated() {
        if (state.living.kind !== "updated") throw new Error("not updated");
        return state.living;
      },
    };
  }

  it("selects the list's control by its tag", async () => {
    const p = paneWith("selected");
    await p.living.selectList(LISTS[0]!, "vi");
    expect(p.selected).toEqual([TABLE]);
    expect(p.updated.message).toBeUndefined();
    expect(p.updated.working).toBeUndefined();
  });

  it("a deleted list's says so plainly", async () => {
    const p = paneWith("gone");
    await p.living.selectList(LISTS[3]!, "vi");
    expect(p.selected).toEqual([TASKS]);
    expect(p.updated.message).toEqual({
      intent: "warning",
      lines: ["II.2 chú thích danh sách nhiệm vụ: không còn trong văn bản (đã bị xoá), nên không chọn được."],
    });
  });
});
