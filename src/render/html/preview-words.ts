/**
 * The preview's own labels, in the language of the task pane (which may not
 * be the report's).
 */
import type { Lang } from "../../core/i18n";

export interface PreviewWords {
  /** Heading of the footnote list at the end. */
  readonly notes: string;
  /** Read out for a footnote reference: "Chú thích 3". */
  readonly noteRef: (n: number) => string;
  /** The link from a note back to where it is called. */
  readonly backToText: string;
  /** Read out for a figure: where its number comes from. */
  readonly figureSource: string;
}

const WORDS: Readonly<Record<Lang, PreviewWords>> = {
  vi: { notes: "Chú thích", noteRef: (n) => `Chú thích ${n}`, backToText: "Quay lại chỗ gọi chú thích", figureSource: "Số liệu lấy từ" },
  en: { notes: "Notes", noteRef: (n) => `Note ${n}`, backToText: "Back to where the note is called", figureSource: "Figure from" },
};

export function previewWords(lang: Lang): PreviewWords {
  return WORDS[lang];
}
