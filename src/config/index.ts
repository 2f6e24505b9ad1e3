/** The app's settings: the Entra client id, authority, Graph address and scopes. */
export { APP_CONFIG, configuredClientId, type AppConfig } from "./app-config";
