/**
 * The add-in's settings for Microsoft sign-in and Microsoft Graph, in one
 * place. Everything but "Lưu lên OneDrive" works without a client id; with
 * none, that button says what to set here. An app-config.json beside
 * taskpane.html overrides them at run time (`withRuntimeConfig`).
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

/**
 * The file an administrator may put beside taskpane.html to set these without
 * rebuilding, e.g. `{ "clientId": "0b1c2d3e-…" }`. The pane reads it once, when
 * "Lưu lên OneDrive" is first pressed; absent or unreadable, the built-in values stand.
 */
export const RUNTIME_CONFIG_FILE = "app-config.json";

/** `base` with the settings found in a runtime config file's JSON laid over it; a field of the wrong type is ignored. */
export function withRuntimeConfig(base: AppConfig, json: unknown): AppConfig {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return base;
  const given = json as Partial<Record<keyof AppConfig, unknown>>;
  const text = (value: unknown, fallback: string) => (typeof value === "string" && value.trim() !== "" ? value.trim() : fallback);
  const scopes = Array.isArray(given.scopes) && given.scopes.length > 0 && given.scopes.every((s) => typeof s === "string") ? (given.scopes as string[]) : base.scopes;
  return {
    clientId: typeof given.clientId === "string" ? given.clientId : base.clientId,
    authority: text(given.authority, base.authority),
    graphBaseUrl: text(given.graphBaseUrl, base.graphBaseUrl).replace(/\/+$/, ""),
    scopes,
  };
}
