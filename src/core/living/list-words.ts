/**
 * What a computed list is called in the lines that list an update's changes
 * ("Phụ lục bảng thu chi: 23 dòng → 24 dòng"): the CLI's `update` and the Word
 * pane name a list and count its items the same way, in the clerk's language.
 */
import type { Lang } from "../i18n";
import type { ListKind } from "./document-lists";
import type { ListChange } from "./list-changes";

interface ListWords {
  /** What a list is, by its key ("finance.table"), after where it stands: "bảng thu chi". */
  readonly byKey: ReadonlyMap<string, string>;
  /** A note listing tasks (`tasks.…`), whichever tasks. */
  readonly tasks: string;
  /** Any other list, by its kind. */
  readonly byKind: Readonly<Record<ListKind, string>>;
  /** "24 dòng", "3 mục". */
  readonly items: (count: number, kind: ListKind) => string;
}

const WORDS: Readonly<Record<Lang, ListWords>> = {
  vi: {
    byKey: new Map([
      ["finance.table", "bảng thu chi"],
      ["finance.totals", "đoạn tổng thu chi"],
      ["lots.byGroup", "chú thích nhóm hàng"],
      ["calibrations.rows", "chú thích phương tiện đo"],
    ]),
    tasks: "chú thích danh sách nhiệm vụ",
    byKind: { table: "bảng", paragraph: "đoạn", note: "chú thích danh sách" },
    items: (count, kind) => `${count} ${kind === "table" ? "dòng" : "mục"}`,
  },
  en: {
    byKey: new Map([
      ["finance.table", "revenue and expenditure table"],
      ["finance.totals", "revenue and expenditure totals"],
      ["lots.byGroup", "note on goods groups"],
      ["calibrations.rows", "note on measuring instruments"],
    ]),
    tasks: "note listing the tasks",
    byKind: { table: "table", paragraph: "paragraph", note: "note listing items" },
    items: (count, kind) => `${count} ${kind === "table" ? (count === 1 ? "row" : "rows") : count === 1 ? "item" : "items"}`,
  },
};

function listName(w: ListWords, key: string, kind: ListKind): string {
  return w.byKey.get(key) ?? (key.startsWith("tasks.") ? w.tasks : w.byKind[kind]);
}

/** A list change in words: `name` ("Phụ lục bảng thu chi"), its items as written (`from`) and as the workbook now gives them (`to`, "—" when it gives none). */
export interface ListChangeWords {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export function listChangeWords(change: ListChange, lang: Lang): ListChangeWords {
  const w = WORDS[lang];
  const kind = change.fresh?.kind ?? "note";
  const name = [change.fresh?.section ?? "", listName(w, change.key, kind)].filter((s) => s !== "").join(" ");
  return { name, from: w.items(change.written.items, kind), to: change.fresh === undefined ? "—" : w.items(change.fresh.items, kind) };
}
