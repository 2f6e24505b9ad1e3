/**
 * The add-in's settings for Microsoft sign-in and Microsoft Graph, in one
 * place. Everything but "Lưu lên OneDrive" works without a client id; with
 * none, that button says what to set here. An app-config.json beside
 * taskpane.html overrides them at run time (`withRuntimeConfig`), but only
 * within what this file allows: a Microsoft sign-in and Graph address, and
 * scopes no wider than the built-in ones.
 */

export interface AppConfig {
  /** The Application (client) ID of the add-in's Microsoft Entra app registration; undefined until one is registered. */
  readonly clientId: string | undefined;
  readonly authority: string;
  readonly graphBaseUrl: string;
  /** Delegated permissions asked for at sign-in. */
  readonly scopes: ReadonlyArray<string>;
}

/** Microsoft Graph's service roots: the global service and the national clouds (learn.microsoft.com/graph/deployments). */
export const GRAPH_BASE_URLS: ReadonlyArray<string> = [
  "https://graph.microsoft.com/v1.0",
  // US Government L4 (GCC High) and L5 (DoD).
  "https://graph.microsoft.us/v1.0",
  "https://dod-graph.microsoft.us/v1.0",
  // Operated by 21Vianet in China.
  "https://microsoftgraph.chinacloudapi.cn/v1.0",
];

/** Microsoft Entra ID's sign-in hosts for the same clouds. */
export const AUTHORITY_HOSTS: ReadonlyArray<string> = ["login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn"];

/**
 * Every permission the add-in may ask for. `Files.ReadWrite.All` reaches the
 * SharePoint document libraries the user can open, where a department keeps
 * its workbooks; `Files.ReadWrite` alone reaches only the user's own OneDrive.
 * app-config.json may narrow the scopes to some of these, never add others.
 */
export const PERMITTED_SCOPES: ReadonlyArray<string> = ["Files.ReadWrite.All", "Files.ReadWrite"];

export const APP_CONFIG: AppConfig = {
  // Paste the app registration's Application (client) ID here, e.g. "0b1c2d3e-…". See README, "OneDrive".
  clientId: undefined,
  authority: "https://login.microsoftonline.com/common",
  graphBaseUrl: GRAPH_BASE_URLS[0]!,
  scopes: ["Files.ReadWrite.All"],
};

/** The client id when one is set (a blank string counts as none). */
export function configuredClientId(config: AppConfig): string | undefined {
  const id = config.clientId?.trim();
  return id ? id : undefined;
}

/** The allow-listed Graph root `url` names (trailing slashes and case of the host aside), or undefined. */
export function allowedGraphBaseUrl(url: string): string | undefined {
  const wanted = url.trim().replace(/\/+$/, "").toLowerCase();
  return GRAPH_BASE_URLS.find((allowed) => allowed.toLowerCase() === wanted);
}

/** `https://<Microsoft sign-in host>/<tenant>`, or undefined for any other address. */
export function allowedAuthority(url: string): string | undefined {
  const match = /^https:\/\/([a-z0-9.-]+)\/([A-Za-z0-9.-]+)\/?$/i.exec(url.trim());
  if (!match || !AUTHORITY_HOSTS.includes(match[1]!.toLowerCase())) return undefined;
  return `https://${match[1]!.toLowerCase()}/${match[2]}`;
}

/** The scopes asked for, when every one is permitted (spelled as `PERMITTED_SCOPES` spells it); undefined otherwise. */
export function permittedScopes(scopes: ReadonlyArray<unknown>): string[] | undefined {
  if (scopes.length === 0) return undefined;
  const out: string[] = [];
  for (const scope of scopes) {
    const known = typeof scope === "string" ? PERMITTED_SCOPES.find((p) => p.toLowerCase() === scope.trim().toLowerCase()) : undefined;
    if (!known) return undefined;
    if (!out.includes(known)) out.push(known);
  }
  return out;
}

/**
 * The file an administrator may put beside taskpane.html to set these without
 * rebuilding, e.g. `{ "clientId": "0b1c2d3e-…" }`. The pane reads it once, when
 * "Lưu lên OneDrive" is first pressed; absent or unreadable, the built-in values stand.
 */
export const RUNTIME_CONFIG_FILE = "app-config.json";

/** The fields of a runtime config file that were refused (not allow-listed, or of the wrong type). */
export function refusedRuntimeFields(json: unknown): string[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return [];
  const given = json as Partial<Record<keyof AppConfig, unknown>>;
  const refused: string[] = [];
  if (given.authority !== undefined && (typeof given.authority !== "string" || !allowedAuthority(given.authority))) refused.push("authority");
  if (given.graphBaseUrl !== undefined && (typeof given.graphBaseUrl !== "string" || !allowedGraphBaseUrl(given.graphBaseUrl))) refused.push("graphBaseUrl");
  if (given.scopes !== undefined && (!Array.isArray(given.scopes) || !permittedScopes(given.scopes))) refused.push("scopes");
  return refused;
}

/**
 * `base` with the settings found in a runtime config file's JSON laid over it.
 * A field of the wrong type, a Graph or sign-in address that is not
 * Microsoft's, or a scope the add-in does not permit is ignored: the built-in value stands.
 */
export function withRuntimeConfig(base: AppConfig, json: unknown): AppConfig {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return base;
  const given = json as Partial<Record<keyof AppConfig, unknown>>;
  return {
    clientId: typeof given.clientId === "string" ? given.clientId : base.clientId,
    authority: (typeof given.authority === "string" && allowedAuthority(given.authority)) || base.authority,
    graphBaseUrl: (typeof given.graphBaseUrl === "string" && allowedGraphBaseUrl(given.graphBaseUrl)) || base.graphBaseUrl,
    scopes: (Array.isArray(given.scopes) && permittedScopes(given.scopes)) || base.scopes,
  };
}
