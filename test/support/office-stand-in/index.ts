/**
 * A stand-in for office.js, for browser tests of the task pane: the Excel
 * objects the add-in uses over a workbook the test supplies, `Office` with
 * the dialog API, and a log of every call that matters (see stand-in-types.ts).
 * Node side: the script to serve, the Playwright wiring, sample workbooks.
 */
export { standInScript } from "./stand-in-script";
export { OfficeStandInHost } from "./playwright-host";
export { standInWorkbook } from "./workbook-from-xlsx";
export { OFFICE_JS_URL } from "./stand-in-types";
export type { StandInConfig, StandInLogEntry, StandInNaa, StandInSheet, StandInWorkbook, BridgeRequest, Delivery } from "./stand-in-types";
export type { StandInGlobal } from "./install";
