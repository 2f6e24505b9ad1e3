/** What the pane was opened for, from its URL (`?action=`, `?view=`, `?host=`, `?lang=`) and Office's display language. */
import { Lang, parseLang } from "../../core/i18n";

export const LaunchAction = { Check: "check", Generate: "generate" } as const;
export type LaunchAction = (typeof LaunchAction)[keyof typeof LaunchAction];

export interface LaunchOptions {
  /** The ribbon button's action: open its tab and start it. */
  readonly action?: LaunchAction;
  /** `?view=help`: the help page (the manifest's support URL). */
  readonly help: boolean;
  /** `?host=word`: opened from Word's ribbon. */
  readonly word: boolean;
  readonly lang: Lang;
}

/** Parses the page's query string; `displayLanguage` is Office's ("vi-VN", "en-US"). */
export function launchOptions(search: string, displayLanguage: string | undefined): LaunchOptions {
  const query = new URLSearchParams(search);
  const action = query.get("action");
  return {
    action: action === LaunchAction.Check || action === LaunchAction.Generate ? action : undefined,
    help: query.get("view") === "help",
    word: query.get("host") === "word",
    lang: chooseLang(query.get("lang"), displayLanguage),
  };
}

/** `?lang=` wins; else English when Office speaks English; else Vietnamese. */
export function chooseLang(override: string | null, displayLanguage: string | undefined): Lang {
  const asked = parseLang(override ?? undefined);
  if (asked) return asked;
  return displayLanguage?.toLowerCase().startsWith(Lang.En) ? Lang.En : Lang.Vi;
}
