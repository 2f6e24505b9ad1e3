/** What a Graph client needs from sign-in: an access token, fresh on request. */

export interface TokenRequestOptions {
  /** Skip any cached token: the last one was refused (401). */
  readonly forceRefresh?: boolean;
}

export interface TokenProvider {
  /** A bearer token for Microsoft Graph; rejects with an `AuthProblemError`. */
  getToken(options?: TokenRequestOptions): Promise<string>;
}
