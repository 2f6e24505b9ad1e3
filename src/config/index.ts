/** The app's settings: the Entra client id, authority, Graph address and scopes; optionally overridden at run time by app-config.json, within allow-lists. */
export {
  APP_CONFIG,
  AUTHORITY_HOSTS,
  GRAPH_BASE_URLS,
  PERMITTED_SCOPES,
  RUNTIME_CONFIG_FILE,
  allowedAuthority,
  allowedGraphBaseUrl,
  configuredClientId,
  permittedScopes,
  refusedRuntimeFields,
  withRuntimeConfig,
  type AppConfig,
} from "./app-config";
