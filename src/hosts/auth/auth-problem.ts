/**
 * Why no token could be had, as data: a code and its params. The task pane
 * turns it into words (`onedrive-text.ts`); nothing here is user text.
 */

export const AuthProblemCode = {
  /** No client id in `src/config/app-config.ts`. */
  NotConfigured: "auth-not-configured",
  /** The user closed the sign-in window, or no account is signed in to Office. */
  NotSignedIn: "not-signed-in",
  /** The user (or an administrator) has not consented to the permissions asked for. */
  ConsentNeeded: "consent-needed",
  /** This Office cannot broker the sign-in (no NestedAppAuth 1.1). */
  NaaUnsupported: "naa-unsupported",
  /** The sign-in service could not be reached. */
  Network: "auth-network",
  Failed: "auth-failed",
} as const;
export type AuthProblemCode = (typeof AuthProblemCode)[keyof typeof AuthProblemCode];

export interface AuthProblem {
  readonly code: AuthProblemCode;
  /** `detail`: MSAL's error code, for the support line. */
  readonly params: Readonly<Record<string, string>>;
}

/** Thrown by a token provider; `problem` says why. */
export class AuthProblemError extends Error {
  constructor(readonly problem: AuthProblem) {
    super(`${problem.code}${problem.params.detail ? ` (${problem.params.detail})` : ""}`);
    this.name = "AuthProblemError";
  }
}

// MSAL's codes (msal-common InteractionRequiredAuthErrorCodes, BrowserAuthErrorCodes), matched as strings so this file needs no MSAL.
const INTERACTION_CODES = new Set([
  "no_tokens_found",
  "refresh_token_expired",
  "interaction_required",
  "consent_required",
  "login_required",
  "bad_token",
  "interrupted_user",
  "native_account_unavailable",
  "no_account_error",
]);
const NOT_SIGNED_IN = new Set([
  "user_cancelled",
  "popup_window_error",
  "empty_window_error",
  "no_account_error",
  "login_required",
  "no_tokens_found",
  "interaction_in_progress",
  "interaction_required",
  "refresh_token_expired",
  "bad_token",
  "interrupted_user",
  "native_account_unavailable",
]);
const NETWORK = new Set(["no_network_connectivity", "post_request_failed", "get_request_failed", "timed_out", "endpoints_resolution_error"]);
const UNSUPPORTED = new Set(["unsupported_method", "non_browser_environment"]);

/** MSAL's error code, or "" for anything else. */
export function msalErrorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === "string" ? code : "";
}

function errorText(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { message, errorMessage } = error as { message?: unknown; errorMessage?: unknown };
  return [message, errorMessage].filter((v) => typeof v === "string").join(" ");
}

/** True when a silent sign-in failed in a way a sign-in window can fix. */
export function needsInteraction(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return name === "InteractionRequiredAuthError" || INTERACTION_CODES.has(msalErrorCode(error));
}

/** The problem behind an MSAL (or any) error. */
export function authProblemOf(error: unknown): AuthProblem {
  if (error instanceof AuthProblemError) return error.problem;
  const detail = msalErrorCode(error) || (error instanceof Error ? error.name : "unknown");
  const code = msalErrorCode(error);
  // AADSTS65001: the user or administrator has not consented; it arrives as consent_required or inside invalid_grant.
  const consent = code === "consent_required" || /AADSTS65001\b/.test(errorText(error));
  if (consent) return { code: AuthProblemCode.ConsentNeeded, params: { detail } };
  if (UNSUPPORTED.has(code)) return { code: AuthProblemCode.NaaUnsupported, params: { detail } };
  if (NETWORK.has(code) || error instanceof TypeError) return { code: AuthProblemCode.Network, params: { detail } };
  if (NOT_SIGNED_IN.has(code)) return { code: AuthProblemCode.NotSignedIn, params: { detail } };
  return { code: AuthProblemCode.Failed, params: { detail } };
}
