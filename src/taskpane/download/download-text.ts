/** The download dialog's words in `lang`. */
import type { Lang } from "../../core/i18n";
import { DOWNLOAD_TEXT_EN } from "./download-text-en";
import type { DownloadText } from "./download-text-shape";
import { DOWNLOAD_TEXT_VI } from "./download-text-vi";

const DOWNLOAD_TEXT: Readonly<Record<Lang, DownloadText>> = { vi: DOWNLOAD_TEXT_VI, en: DOWNLOAD_TEXT_EN };

export function downloadText(lang: Lang): DownloadText {
  return DOWNLOAD_TEXT[lang];
}
