/**
 * What a computed list is called in the lines that list an update's changes
 * ("Phụ lục bảng thu chi: 23 dòng → 24 dòng"): the CLI's `update` and the Word
 * pane name a list and count its items the same way, in the clerk's language.
 */
import type { Lang } from "../i18n";
import type { ListKind } from "./document-lists";
import type { ListChange } from "./list-changes";

interface ListWords {
  /** What a list is, by its key ("finance.table") and kind, after where it stands: "bảng thu chi". */
  readonly name: (key: string, kind: ListKind) => string;
  /** "24 dòng", "3 mục". */
  readonly items: (count: number, kind: ListKind) => string;
}

const WORDS: Readonly<Record<Lang, ListWords>> = {
  vi: {
    name: (key, kind) => {
      if (key === "finance.table") return "bảng thu chi";
      if (key === "finance.totals") return "đoạn tổng thu chi";
      if (key === "lots.byGroup") return "chú thích nhóm hàng";
      if (key.startsWith("tasks.")) return "chú thích danh sách nhiệm vụ";
      if (key === "calibrations.rows") return "chú thích phương tiện đo";
      return kind === "table" ? "bảng" : kind === "paragraph" ? "đoạn" : "chú thích danh sách";
    },
    items: (count, kind) => `${count} ${kind === "table" ? "dòng" : "mục"}`,
  },
  en: {
    name: (key, kind) => {
      if (key === "finance.table") return "revenue and expenditure table";
      if (key === "finance.totals") return "revenue and expenditure totals";
      if (key === "lots.byGroup") return "note on goods groups";
      if (key.startsWith("tasks.")) return "note listing the tasks";
      if (key === "calibrations.rows") return "note on measuring instruments";
      return kind === "table" ? "table" : kind === "paragraph" ? "paragraph" : "note listing items";
    },
    items: (count, kind) => `${count} ${kind === "table" ? (count === 1 ? "row" : "rows") : count === 1 ? "item" : "items"}`,
  },
};

/** A list change in words: `name` ("Phụ lục bảng thu chi"), its items as written (`from`) and as the workbook now gives them (`to`, "—" when it gives none). */
export interface ListChangeWords {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export function listChangeWords(change: ListChange, lang: Lang): ListChangeWords {
  const w = WORDS[lang];
  const kind = change.fresh?.kind ?? "note";
  const name = [change.fresh?.section ?? "", w.name(change.key, kind)].filter((s) => s !== "").join(" ");
  return { name, from: w.items(change.written.items, kind), to: change.fresh === undefined ? "—" : w.items(change.fresh.items, kind) };
}
