import type { Lang } from "../i18n";
import { NARRATIVE_WORDS_EN } from "./narrative-words-en";
import type { NarrativeWords } from "./narrative-words-shape";
import { NARRATIVE_WORDS_VI } from "./narrative-words-vi";

const NARRATIVE_WORDS: Readonly<Record<Lang, NarrativeWords>> = { vi: NARRATIVE_WORDS_VI, en: NARRATIVE_WORDS_EN };

/** The report's fixed words in `lang`. */
export function narrativeWords(lang: Lang): NarrativeWords {
  return NARRATIVE_WORDS[lang];
}
