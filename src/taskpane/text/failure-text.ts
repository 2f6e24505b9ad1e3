/** What went wrong, in words a clerk can act on: never a stack trace. */
import type { Lang } from "../../core/i18n";
import { uiText, type UiText } from "./ui-text";

export type FailureKind = keyof UiText["failures"];

/** Office.js errors carry a short code ("ItemNotFound", "AccessDenied"); other errors say nothing useful to a user. */
export function failureText(kind: FailureKind, error: unknown, lang: Lang): string {
  const t = uiText(lang);
  // A row Excel cannot send even alone: say which, and what to do about it.
  if (isRowTooLarge(error)) return t.failed(t.failures[kind], t.payloadTooLarge(error.sheet, String(error.row)));
  const code = errorCode(error);
  return t.failed(t.failures[kind], code ? t.errorCode(code) : t.tryAgain);
}

/** The error's code when it is a short identifier, as Office.js codes are. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(code)) return code;
  if (typeof code === "number" && Number.isInteger(code)) return String(code);
  return undefined;
}

function isRowTooLarge(error: unknown): error is { readonly sheet: string; readonly row: number } {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; sheet?: unknown; row?: unknown };
  return e.code === "RowTooLarge" && typeof e.sheet === "string" && typeof e.row === "number";
}
