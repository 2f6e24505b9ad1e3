/**
 * What "Tạo mẫu" tells the user, as a small Office dialog over commands.html
 * (a function command has no window of its own): the URL carries the outcome,
 * the page shows it in the user's language and closes on "Đóng".
 */
import type { Lang } from "../core/i18n";
import { uiText } from "../taskpane/text";
import { TemplateCommandOutcome } from "./template-command";

/** The dialog's size, in percent of the screen. */
export const NOTICE_SIZE = { height: 25, width: 30 } as const;
/** The dialog closes by itself after this, so the command always completes. */
export const NOTICE_TIMEOUT_MS = 120_000;

/** commands.html?notice=…&added=…&lang=… beside the function file. */
export function noticeUrl(functionFileUrl: string, outcome: TemplateCommandOutcome, added: ReadonlyArray<string>, lang: Lang): string {
  const url = new URL(functionFileUrl);
  url.search = "";
  url.hash = "";
  url.searchParams.set("notice", outcome);
  if (added.length > 0) url.searchParams.set("added", JSON.stringify(added));
  url.searchParams.set("lang", lang);
  return url.href;
}

/** The notice's title and text, from the page's query; undefined when the page is the function file itself. */
export function noticeText(search: string, lang: Lang): { readonly title: string; readonly text: string } | undefined {
  const query = new URLSearchParams(search);
  const outcome = query.get("notice");
  if (!outcome) return undefined;
  const t = uiText(lang);
  const added = parseAdded(query.get("added"));
  const text =
    outcome === TemplateCommandOutcome.Added
      ? t.templateAdded(added.join(", "))
      : outcome === TemplateCommandOutcome.NothingToAdd
        ? t.templateNothingToAdd
        : outcome === TemplateCommandOutcome.Unsupported
          ? `${t.missingFeature.template} ${t.needsSet("ExcelApi 1.8")}`
          : `${t.failures.template} ${t.tryAgain}`;
  return { title: t.templateResultTitle, text };
}

function parseAdded(raw: string | null): string[] {
  if (!raw || raw.length > 2_000) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 20) : [];
  } catch {
    return [];
  }
}
