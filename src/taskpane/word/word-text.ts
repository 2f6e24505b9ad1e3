/**
 * The Word pane's words, in Vietnamese and English: its labels, and what each
 * Word or file problem means for the clerk and what to do instead.
 */
import type { Lang } from "../../core/i18n";
import { WORD_TEXT_EN } from "./word-text-en";
import type { WordText } from "./word-text-shape";
import { WORD_TEXT_VI } from "./word-text-vi";

export type { WordText, OneDrivePickerText, OneDrivePickerProblemCode } from "./word-text-shape";

export const WORD_TEXT: Readonly<Record<Lang, WordText>> = { vi: WORD_TEXT_VI, en: WORD_TEXT_EN };

/** The Word pane's words in `lang`. */
export function wordText(lang: Lang): WordText {
  return WORD_TEXT[lang];
}
