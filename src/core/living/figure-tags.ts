/**
 * The tag a figure's content control carries: `lbc:<key>`. Word keeps a tag
 * to 64 characters, so a longer key is tagged by a hash of it; the document's
 * custom XML part keeps the full key next to every tag it wrote.
 */
export const TAG_PREFIX = "lbc:";
const MAX_TAG = 64;

export function figureTag(key: string): string {
  const tag = `${TAG_PREFIX}${key}`;
  return tag.length <= MAX_TAG ? tag : `${TAG_PREFIX}#${fnv1a(key)}`;
}

/** The tag of a computed list's block-level control: `lbc:list:<key>`. */
export const LIST_TAG_PREFIX = `${TAG_PREFIX}list:`;

export function listTag(key: string): string {
  const tag = `${LIST_TAG_PREFIX}${key}`;
  return tag.length <= MAX_TAG ? tag : `${LIST_TAG_PREFIX}#${fnv1a(key)}`;
}

/** The source cells as a control's title: `'Lô hàng'!B2:B841, 'Lô hàng'!B845`, cut short past a few ranges. */
export function sourceTitle(sources: ReadonlyArray<{ readonly sheet: string; readonly ranges: ReadonlyArray<string> }>): string {
  const all = sources.flatMap((s) => s.ranges.map((r) => `'${s.sheet}'!${r}`));
  const shown = all.slice(0, 4).join(", ");
  return all.length > 4 ? `${shown}, …` : shown;
}

/** FNV-1a, 32 bits, over the UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
