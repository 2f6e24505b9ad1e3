/** The named slots a kind's sentence may hold (`{số lượng}` or `{quantity}`), as the contract lists them. */
import { NameIndex } from "../text";

export const SLOTS = {
  quantity: { vi: "số lượng", en: "quantity" },
  rows: { vi: "số dòng", en: "rows" },
  batches: { vi: "số đợt", en: "batches" },
  subjects: { vi: "số đối tượng", en: "subjects" },
  participants: { vi: "số người", en: "participants" },
  failed: { vi: "không đạt", en: "failed" },
  /** quantity − failed, so a note "đúng … sai … " adds up by construction. */
  passed: { vi: "đạt", en: "passed" },
  failedPercent: { vi: "tỷ lệ không đạt", en: "failedPercent" },
  amount: { vi: "số tiền", en: "amount" },
  list: { vi: "danh sách", en: "list" },
  batch: { vi: "đợt", en: "batch" },
} as const;
export type SlotKey = keyof typeof SLOTS;

/** Slots written as a count ("03", "3.339"). */
export const COUNT_SLOTS = ["quantity", "rows", "batches", "subjects", "participants", "failed", "passed"] as const satisfies ReadonlyArray<SlotKey>;

/** Slots holding a number: an optional part `[…]` is written only when its first one is not zero. */
export const NUMBER_SLOTS: ReadonlyArray<SlotKey> = [...COUNT_SLOTS, "failedPercent", "amount"];

const index = new NameIndex<SlotKey>((Object.keys(SLOTS) as SlotKey[]).flatMap((k) => [[SLOTS[k].vi, k] as const, [SLOTS[k].en, k] as const]));

/** The slot a name stands for (`Số lượng`, `so luong`, `quantity`), or undefined. */
export function slotNamed(name: string): SlotKey | undefined {
  return index.get(name);
}

/** Every slot's names, for a message: "{số lượng} ({quantity}), …". */
export function knownSlotsText(): string {
  return (Object.keys(SLOTS) as SlotKey[]).map((k) => `{${SLOTS[k].vi}} ({${SLOTS[k].en}})`).join(", ");
}
