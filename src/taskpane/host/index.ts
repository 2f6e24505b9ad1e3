/** The task pane's host adapters: what the pane needs from Office, Graph and the page, as plain functions passed down as props. */
export { chooseLang, launchOptions } from "./launch-options";
export type { LaunchOptions } from "./launch-options";
export { SaveOutcome } from "./taskpane-host";
export type { MissingFeature, ReadingProgress, TaskpaneHost } from "./taskpane-host";
export { excelHost, excelMissingFeatures } from "./excel-host";
export { loadRuntimeConfig, runtimeOneDriveHost } from "./onedrive-host";
export type { OneDriveClient, OneDriveHost } from "./onedrive-port";
export { progressFraction, readingProgress } from "./reading-progress";
export { deliveryPlanOf, openBrowserWindowOf } from "./office-context";
export type { OfficeContextPart } from "./office-context";
