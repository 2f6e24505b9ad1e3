/**
 * The task pane's own words, in Vietnamese and English. Issue messages come
 * from the core catalogue (`issueMessage`); these are the pane's labels.
 */
import type { Lang } from "../../core/i18n";
import type { UiText } from "./ui-text-shape";
import { UI_TEXT_EN } from "./ui-text-en";
import { UI_TEXT_VI } from "./ui-text-vi";

export type { UiText, SummaryWords } from "./ui-text-shape";

export const UI_TEXT: Readonly<Record<Lang, UiText>> = { vi: UI_TEXT_VI, en: UI_TEXT_EN };

/** The pane's words in `lang`. */
export function uiText(lang: Lang): UiText {
  return UI_TEXT[lang];
}
