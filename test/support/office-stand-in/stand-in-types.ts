/**
 * The data a test hands the Office stand-in (`window.__OFFICE_STAND_IN__`)
 * and the log it keeps (`window.__OFFICE_LOG__`). Shared by the in-browser
 * code and the Node side, so both agree on the shapes.
 */

/** One worksheet. `values`, `valueTypes` and `numberFormat` start at A1 (row 0 is sheet row 1). */
export interface StandInSheet {
  readonly name: string;
  /** The used range (values only), e.g. "A1:I847"; absent: computed from `values`, none when all empty. */
  readonly usedRangeAddress?: string;
  readonly values: ReadonlyArray<ReadonlyArray<string | number | boolean>>;
  /** "String", "Double", "Boolean", "Error" or "Empty", cell by cell. */
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<string>>;
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly ref: string }>;
}

export interface StandInWorkbook {
  readonly sheets: ReadonlyArray<StandInSheet>;
  /** The workbook's date system: `functions.date(2000,1,1)` answers 35064 instead of 36526. */
  readonly date1904?: boolean;
}

export interface StandInConfig {
  readonly workbook?: StandInWorkbook;
  /** `Office.context.displayLanguage`; "vi-VN" unless given. */
  readonly displayLanguage?: string;
  /** `Office.context.platform`: "OfficeOnline", "PC", "Mac", …; "OfficeOnline" unless given. */
  readonly platform?: string;
  /** `Office.context.host`; "Excel" unless given. */
  readonly host?: string;
  /** Requirement sets and the highest version supported; absent: `DEFAULT_REQUIREMENTS`. A set not listed is unsupported. */
  readonly requirements?: Readonly<Record<string, string>>;
  /** `Office.context.document.url`: the workbook's address; "" (a workbook never saved) unless given. */
  readonly documentUrl?: string;
  /** A Microsoft account signed in to Office: installs `window.nestedAppAuthBridge` and adds NestedAppAuth 1.1 to the requirement sets. */
  readonly naa?: StandInNaa;
  /** `Office.context.document.settings` as the workbook holds them when opened. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** "dialog" in a page opened by `displayDialogAsync` (set by the bridge, not by tests). */
  readonly role?: "pane" | "dialog";
}

/** The account behind the stand-in NAA bridge (naa-bridge.ts) and the access token it hands out. */
export interface StandInNaa {
  readonly username: string;
  readonly name: string;
  readonly tenantId: string;
  readonly objectId: string;
  readonly accessToken: string;
  /** false: Office has no account, so a silent request needs interaction and only the sign-in window (GetTokenPopup) gives a token. */
  readonly signedIn?: boolean;
}

/** Everything the stand-in records, in call order. */
export type StandInLogEntry =
  | { readonly kind: "ready" }
  /** One `context.sync()`: the ranges whose cells it loaded and how many cells that was in all. */
  | { readonly kind: "sync"; readonly cells: number; readonly loads: ReadonlyArray<{ readonly target: string; readonly props: ReadonlyArray<string> }> }
  | { readonly kind: "activate"; readonly sheet: string }
  | { readonly kind: "select"; readonly sheet: string; readonly address: string }
  /** A property set, or a method that changes the workbook (add, delete, freezeRows, …), on any object. */
  | { readonly kind: "write"; readonly target: string; readonly property: string; readonly value: unknown }
  | { readonly kind: "dialog"; readonly url: string; readonly options: unknown }
  | { readonly kind: "messageChild"; readonly message: string }
  | { readonly kind: "dialogClose" }
  | { readonly kind: "messageParent"; readonly message: string }
  /** A message delivered to a handler (`to`: "pane" for the dialog's messages, "dialog" for the pane's). */
  | { readonly kind: "delivered"; readonly to: "pane" | "dialog"; readonly message: string }
  /** A message that found no handler: real Office drops it too. */
  | { readonly kind: "dropped"; readonly to: "pane" | "dialog"; readonly message: string }
  | { readonly kind: "associate"; readonly name: string }
  /** A request MSAL posted to the NAA bridge (GetInitContext, GetToken, GetTokenPopup). */
  | { readonly kind: "naa"; readonly method: string; readonly clientId: string | undefined; readonly scope: string | undefined }
  | { readonly kind: "openBrowserWindow"; readonly url: string }
  /** A sync refused as over Excel's 5 MB payload limit: the request's and the response's bytes. */
  | { readonly kind: "payloadTooLarge"; readonly request: number; readonly response: number }
  /** `Office.context.document.settings.set` (kept once `saveAsync` runs). */
  | { readonly kind: "setting"; readonly name: string; readonly value: unknown }
  | { readonly kind: "settingsSaved" }
  /** A member the stand-in does not implement was used: the test should fail on it. */
  | { readonly kind: "missing"; readonly member: string };

/** What a page asks of the Node side (a Playwright binding), to emulate the dialog window. */
export type BridgeRequest =
  | { readonly kind: "open"; readonly url: string }
  | { readonly kind: "toChild"; readonly message: string }
  | { readonly kind: "toParent"; readonly message: string }
  | { readonly kind: "close" };

/** What the Node side hands a page (`window.__OFFICE_STAND_IN_DELIVER__`): a message, or the dialog closed by the user (12006). */
export type Delivery = { readonly kind: "message"; readonly message: string; readonly origin: string } | { readonly kind: "event"; readonly error: number };

declare global {
  interface Window {
    __OFFICE_STAND_IN__?: StandInConfig;
    __OFFICE_LOG__?: StandInLogEntry[];
    __OFFICE_STAND_IN_DELIVER__?: (payload: Delivery) => void;
    __officeStandInBridge?: (request: BridgeRequest) => Promise<unknown>;
  }
}

/** Where the add-in's pages load Office.js from; the test serves the stand-in here instead. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
