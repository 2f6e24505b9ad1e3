/**
 * The report's outline as data: parts, sections and sub-sections, each with
 * the key the `Nội dung` sheet uses, its heading in both languages and the
 * computed paragraphs it holds. Numbers are not stored: they follow position.
 */

/** Computed content a section can hold, written before its free text. */
export const COMPUTED_CONTENT = ["tasks", "certificates", "lots", "calibrations", "finance"] as const;
export type ComputedContent = (typeof COMPUTED_CONTENT)[number];

/** Placeholders a heading may use: the period's name, the next period's, the year of the period's end. */
export const HEADING_PLACEHOLDERS = ["period", "nextPeriod", "year"] as const;
export type HeadingPlaceholder = (typeof HEADING_PLACEHOLDERS)[number];

export interface OutlineHeading {
  readonly vi: string;
  readonly en: string;
}

export interface OutlineNode {
  /** The key typed in the `Mục` column of `Nội dung` ("II.6.1"); compared after `normaliseSectionKey`. */
  readonly key: string;
  /** May hold `{period}`, `{nextPeriod}`, `{year}`; part headings are printed in capitals. */
  readonly heading: OutlineHeading;
  readonly computed?: ComputedContent;
  readonly children?: ReadonlyArray<OutlineNode>;
}

/** JSON-serialisable: a department can keep its own outline in a file. */
export interface Outline {
  readonly parts: ReadonlyArray<OutlineNode>;
}

/** Deepest level allowed: parts, sections, sub-sections, sub-sub-sections. */
export const MAX_OUTLINE_DEPTH = 4;

/**
 * A section key as compared: NFC, spaces removed, upper case, no trailing dot,
 * so "ii.6.1.", "II. 6.1" and "II.6.1" are the same key.
 */
export function normaliseSectionKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, "").replace(/\.+$/, "").toUpperCase();
}
