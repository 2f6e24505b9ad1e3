/** The OneDrive button's words in `lang`, and the message for a problem. */
import type { Lang } from "../../core/i18n";
import type { OneDriveProblem } from "./onedrive-save";
import { ONEDRIVE_TEXT_EN } from "./onedrive-text-en";
import type { OneDriveText } from "./onedrive-text-shape";
import { ONEDRIVE_TEXT_VI } from "./onedrive-text-vi";

export type { OneDriveText } from "./onedrive-text-shape";

export const ONEDRIVE_TEXT: Readonly<Record<Lang, OneDriveText>> = { vi: ONEDRIVE_TEXT_VI, en: ONEDRIVE_TEXT_EN };

export function oneDriveText(lang: Lang): OneDriveText {
  return ONEDRIVE_TEXT[lang];
}

/** The message for a problem, in `lang`. */
export function problemMessage(problem: OneDriveProblem, lang: Lang): string {
  return ONEDRIVE_TEXT[lang].problems[problem.code](problem.params);
}
