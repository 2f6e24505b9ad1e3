/**
 * The add-in's settings for Microsoft sign-in and Microsoft Graph, in one
 * place. Everything but "Lưu lên OneDrive" works without a client id; with
 * none, that button says what to set here.
 */

export interface AppConfig {
  /** The Application (client) ID of the add-in's Microsoft Entra app registration; undefined until one is registered. */
  readonly clientId: string | undefined;
  readonly authority: string;
  readonly graphBaseUrl: string;
  /** Delegated permissions asked for at sign-in. */
  readonly scopes: ReadonlyArray<string>;
}

export const APP_CONFIG: AppConfig = {
  // Paste the app registration's Application (client) ID here, e.g. "0b1c2d3e-…". See README, "OneDrive".
  clientId: undefined,
  authority: "https://login.microsoftonline.com/common",
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  scopes: ["Files.ReadWrite"],
};

/** The client id when one is set (a blank string counts as none). */
export function configuredClientId(config: AppConfig): string | undefined {
  const id = config.clientId?.trim();
  return id ? id : undefined;
}
