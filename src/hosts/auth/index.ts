/** Sign-in for Microsoft Graph: a token provider over nested app authentication, and its problems as data. */
export { naaTokenProvider, type MsalClient, type NaaOptions } from "./naa-token-provider";
export { AuthProblemCode, AuthProblemError, authProblemOf, needsInteraction, msalErrorCode, type AuthProblem } from "./auth-problem";
export type { TokenProvider, TokenRequestOptions } from "./token-provider";
