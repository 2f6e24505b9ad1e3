/** The app's settings: the Entra client id, authority, Graph address and scopes; optionally overridden at run time by app-config.json. */
export { APP_CONFIG, RUNTIME_CONFIG_FILE, configuredClientId, withRuntimeConfig, type AppConfig } from "./app-config";
