/** The help text, in the user's language. */
import type { Lang } from "../core/i18n";
import { cliText } from "./cli-text";

export function usageText(lang: Lang): string {
  return cliText(lang).usage;
}
