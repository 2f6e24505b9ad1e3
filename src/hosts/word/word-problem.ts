/**
 * What went wrong putting the report into Word, as data: the pane's
 * catalogue (src/taskpane/word/word-text.ts) turns the code into words.
 */
import type { InsertMethodKind } from "./insert-method";

export const WordProblemCode = {
  /** The user's Word lacks the requirement set (`set`). */
  Unsupported: "unsupported",
  /** Word refused the action here, as Word on the web does with new documents in some builds. */
  NotAllowed: "not-allowed",
  /** The report is over Word's 4 MB limit for an inserted file. */
  TooLarge: "too-large",
  /** The document cannot be changed now (read-only, or opened for viewing). */
  ReadOnly: "read-only",
  /** Any other failure; `errorCode` carries Office's code when there is one. */
  Failed: "failed",
} as const;
export type WordProblemCode = (typeof WordProblemCode)[keyof typeof WordProblemCode];

export interface WordProblem {
  readonly code: WordProblemCode;
  /** The API that was tried (or would have been). */
  readonly method: InsertMethodKind;
  readonly set?: string;
  readonly errorCode?: string;
}

const NOT_ALLOWED = new Set(["NotAllowed", "ApiNotFound", "NotImplemented", "Unsupported", "UnsupportedOperation"]);
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);
const READ_ONLY = new Set(["AccessDenied", "EditModeRequired", "Forbidden"]);

/** Office.js errors carry a short code ("NotAllowed", "AccessDenied"); anything else is just a failure. */
export function wordProblem(error: unknown, method: InsertMethodKind): WordProblem {
  const raw = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const errorCode = typeof raw === "string" && /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(raw) ? raw : undefined;
  if (errorCode && NOT_ALLOWED.has(errorCode)) return { code: WordProblemCode.NotAllowed, method, errorCode };
  if (errorCode && TOO_LARGE.has(errorCode)) return { code: WordProblemCode.TooLarge, method, errorCode };
  if (errorCode && READ_ONLY.has(errorCode)) return { code: WordProblemCode.ReadOnly, method, errorCode };
  return errorCode ? { code: WordProblemCode.Failed, method, errorCode } : { code: WordProblemCode.Failed, method };
}
