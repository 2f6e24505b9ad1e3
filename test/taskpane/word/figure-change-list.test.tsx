/**
 * The change list as the clerk sees it (rendered to markup): a list that
 * changed gets its line, its link and "Chấp nhận thay đổi" even when no
 * figure changed; a figure holding a tracked change, or a comment or bookmark,
 * gets no "Dùng số mới", but a line saying what to settle in Word first.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { FigureChange, FigureUpdate, ListChange } from "../../../src/core/living";
import { FigureChangeList, livingReducer, type LivingState } from "../../../src/taskpane/word";

const TABLE: ListChange = {
  kind: "changed",
  key: "finance.table",
  tag: "lbc:list:finance.table",
  written: { tag: "lbc:list:finance.table", key: "finance.table", text: "old", items: 23, figures: [] },
  fresh: { key: "finance.table", tag: "lbc:list:finance.table", kind: "table", text: "new", items: 24, title: "", section: "Phụ lục", figures: [] },
};

const FINE = { key: "fines.total", tag: "lbc:fines.total", written: "10.000.000", fresh: "12.500.000" };
const TRACKED: FigureChange = { ...FINE, kind: "conflict", current: "10.000.000", tracked: true };
const TYPED: FigureChange = { ...FINE, kind: "conflict", current: "khoảng 10 triệu" };
const COMMENTED: FigureChange = { ...FINE, kind: "conflict", current: "10.000.000", annotated: true };

function render(changes: FigureChange[], lists: ListChange[]): string {
  const update: FigureUpdate = {
    changes,
    texts: new Map(),
    provenance: { period: "6 tháng đầu năm 2021", version: "0.1.0", figures: [] },
    names: new Map([["fines.total", { key: "fines.total", text: "12.500.000", title: "", section: "II.7", label: "đồng" }]]),
    lists,
    listRewrites: new Set(lists.filter((l) => l.kind === "changed").map((l) => l.tag)),
  };
  const living = livingReducer({ kind: "idle" }, { type: "updated", update, source: { kind: "picked", name: "so-lieu.xlsx" }, spoken: "" });
  if (living.kind !== "updated") throw new Error("not updated");
  const noop = () => undefined;
  return renderToStaticMarkup(
    <FigureChangeList
      lang="vi"
      living={living as Extract<LivingState, { kind: "updated" }>}
      busy={false}
      onSelect={noop}
      onSelectList={noop}
      onKeep={noop}
      onUseFresh={noop}
      onAccept={noop}
    />,
  );
}

describe("FigureChangeList", () => {
  it("when only a list changed: its line and link, and Chấp nhận thay đổi; not 'nothing changed'", () => {
    const html = render([], [TABLE]);
    expect(html).not.toContain("Không có số liệu nào thay đổi.");
    expect(html).toContain("Phụ lục bảng thu chi: 23 dòng → 24 dòng");
    expect(html).toContain('aria-label="Xem trong văn bản: Phụ lục bảng thu chi"');
    expect(html).toContain("Chấp nhận thay đổi</button>");
  });

  it("with nothing changed says so and offers no acceptance", () => {
    const html = render([], [{ ...TABLE, kind: "unchanged" }]);
    expect(html).toContain("Không có số liệu nào thay đổi.");
    expect(html).not.toContain("Chấp nhận thay đổi</button>");
  });

  it("a figure holding a tracked change: no Dùng số mới, a line to settle it in Word first", () => {
    const html = render([TRACKED], []);
    expect(html).toContain("II.7 đồng: có sửa đổi đang được theo dõi (Theo dõi Thay đổi); hãy chấp nhận hoặc từ chối trong Word trước");
    expect(html).not.toContain("Dùng số mới");
    expect(html).toContain("Chưa ghi số mới vào đây để khỏi mất sửa đổi của người duyệt.");
  });

  it("a figure with a comment or bookmark on it: no Dùng số mới, and what to do to get the new figure", () => {
    const html = render([COMMENTED], []);
    expect(html).toContain("II.7 đồng: có ghi chú hoặc dấu trang gắn vào số liệu này; chưa ghi số liệu mới (12.500.000) để khỏi mất ghi chú.");
    expect(html).not.toContain("Dùng số mới");
    expect(html).toContain("Muốn ghi số mới thì xoá ghi chú (hoặc dấu trang) trên số liệu này hay chuyển nó ra ngoài số liệu");
    expect(html).not.toContain("Chưa ghi số mới vào đây");
  });

  it("a figure typed over is still offered both answers", () => {
    const html = render([TYPED], []);
    expect(html).toContain('aria-label="Dùng số mới: II.7 đồng"');
    expect(html).toContain('aria-label="Giữ chữ đã sửa: II.7 đồng"');
    expect(html).not.toContain("Chưa ghi số mới vào đây");
  });
});
