/**
 * The entry of the in-browser stand-in: reads the test's configuration from
 * `__OFFICE_STAND_IN__`, starts `__OFFICE_LOG__`, and puts `Office`, `Excel`
 * and `OfficeExtension` (and, when asked, `nestedAppAuthBridge`) on the global
 * object, as office.js would.
 */
import { excelNamespace } from "./excel-api";
import { WorkbookModel } from "./excel-model";
import { naaBridge, type NaaBridge } from "./naa-bridge";
import { officeNamespace } from "./office-api";
import type { BridgeRequest, Delivery, StandInConfig, StandInLogEntry } from "./stand-in-types";

/** The globals the stand-in reads and sets (a browser window, or a vm sandbox in jest). */
export interface StandInGlobal {
  __OFFICE_STAND_IN__?: StandInConfig;
  __OFFICE_LOG__?: StandInLogEntry[];
  __OFFICE_STAND_IN_DELIVER__?: (payload: Delivery) => void;
  __officeStandInBridge?: (request: BridgeRequest) => Promise<unknown>;
  location?: { readonly origin: string };
  nestedAppAuthBridge?: NaaBridge;
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
}

class OfficeExtensionError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function installOfficeStandIn(win: StandInGlobal): void {
  const config = win.__OFFICE_STAND_IN__ ?? {};
  const entries = (win.__OFFICE_LOG__ ??= []);
  const log = (entry: StandInLogEntry) => void entries.push(entry);
  const origin = win.location?.origin && win.location.origin !== "null" ? win.location.origin : "https://localhost";
  const { office, deliver } = officeNamespace({ config, log, origin, bridge: () => win.__officeStandInBridge });
  win.Office = office;
  win.Excel = excelNamespace(new WorkbookModel(config.workbook), log);
  win.OfficeExtension = { Error: OfficeExtensionError };
  // Office puts the bridge on the window when it can sign in for the add-in; MSAL looks for it there.
  if (config.naa) win.nestedAppAuthBridge = naaBridge(config.naa, log);
  win.__OFFICE_STAND_IN_DELIVER__ = deliver;
  // Pages written for the old API set Office.initialize instead of calling onReady.
  setTimeout(() => {
    const init = (office as { initialize?: unknown }).initialize;
    if (typeof init === "function") init("inserted");
  });
}
