/**
 * The `Office` namespace of the stand-in: `onReady`, `context` (language,
 * platform, host, requirement sets, the document's url, the dialog API,
 * `openBrowserWindow`) and `actions.associate`.
 *
 * The dialog: a real dialog is another window, so `displayDialogAsync` asks
 * the Node side (the `__officeStandInBridge` binding, see playwright-host.ts)
 * to open the URL in a second page. Messages cross through Node in both
 * directions and arrive via `__OFFICE_STAND_IN_DELIVER__`. Without a bridge
 * (a single page, or jest) the dialog opens nowhere and a test delivers the
 * dialog's messages itself.
 */
import type { BridgeRequest, Delivery, StandInConfig, StandInLogEntry } from "./stand-in-types";

type Log = (entry: StandInLogEntry) => void;
type Handler = (arg: object) => void;
type Bridge = (request: BridgeRequest) => Promise<unknown>;

export interface OfficeHost {
  readonly config: StandInConfig;
  readonly log: Log;
  readonly origin: string;
  readonly bridge: () => Bridge | undefined;
}

const EventType = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
  DialogParentMessageReceived: "dialogParentMessageReceived",
  DocumentSelectionChanged: "documentSelectionChanged",
} as const;

/** The requirement sets a stand-in Excel supports unless the test says otherwise. */
export const DEFAULT_REQUIREMENTS: Readonly<Record<string, string>> = { ExcelApi: "1.17", DialogApi: "1.2", DialogOrigin: "1.1", RibbonApi: "1.1" };

function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** Logs an Office member the stand-in lacks and answers undefined, so feature tests still work. */
function watched<T extends object>(label: string, target: T, log: Log): T {
  return new Proxy(target, {
    get: (t, prop, receiver) => {
      if (typeof prop === "symbol" || prop in t || prop === "then" || prop === "toJSON") return Reflect.get(t, prop, receiver);
      log({ kind: "missing", member: `${label}.${prop}` });
      return undefined;
    },
  });
}

/** `Office.context.document.settings`: values set are read back at once and logged; `saveAsync` logs that they are kept. */
function documentSettings(config: StandInConfig, log: Log): object {
  const values = new Map<string, unknown>(Object.entries(config.settings ?? {}));
  return {
    get: (name: string) => (values.has(name) ? values.get(name) : null),
    set: (name: string, value: unknown) => {
      values.set(name, value);
      log({ kind: "setting", name, value });
    },
    remove: (name: string) => void values.delete(name),
    saveAsync: (options?: unknown, callback?: (result: object) => void) => {
      const done = typeof options === "function" ? (options as (result: object) => void) : callback;
      setTimeout(() => {
        log({ kind: "settingsSaved" });
        done?.({ status: "succeeded" });
      });
    },
  };
}

/** Builds `Office`; `deliver` is what the Node side calls with a dialog message. */
export function officeNamespace(host: OfficeHost): { office: object; deliver: (payload: Delivery) => void } {
  const { config, log } = host;
  const role = config.role ?? "pane";
  const platform = config.platform ?? "OfficeOnline";
  const hostName = config.host ?? "Excel";
  const requirements: Readonly<Record<string, string>> = { ...(config.requirements ?? DEFAULT_REQUIREMENTS), ...(config.naa ? { NestedAppAuth: "1.1" } : {}) };
  const paneHandlers = new Map<string, Handler[]>();
  const dialogHandlers: Handler[] = [];
  const succeeded = (value?: unknown) => ({ status: "succeeded", value });
  const send = (request: BridgeRequest) =>
    void host
      .bridge()?.(request)
      .catch(() => undefined);

  function displayDialogAsync(url: string, options?: unknown, callback?: (result: object) => void): void {
    const done = typeof options === "function" ? (options as (result: object) => void) : callback;
    log({ kind: "dialog", url, options: typeof options === "function" ? null : (options ?? null) });
    // Office opens only pages of the add-in's own domain.
    if (new URL(url, host.origin).origin !== host.origin) {
      setTimeout(() => done?.({ status: "failed", error: { code: 12004, message: "The domain of the URL is not trusted." } }));
      return;
    }
    paneHandlers.clear();
    const dialog = watched(
      "Dialog",
      {
        addEventHandler: (type: string, handler: Handler) => void paneHandlers.set(type, [...(paneHandlers.get(type) ?? []), handler]),
        messageChild: (message: string) => {
          log({ kind: "messageChild", message });
          send({ kind: "toChild", message });
        },
        close: () => {
          log({ kind: "dialogClose" });
          send({ kind: "close" });
        },
      },
      log,
    );
    const opened = host.bridge()?.({ kind: "open", url }) ?? Promise.resolve();
    opened.then(
      () => done?.(succeeded(dialog)),
      (error: unknown) => done?.({ status: "failed", error: { code: 12007, message: String(error) } }),
    );
  }

  function deliver(payload: Delivery): void {
    if (role === "dialog") {
      if (payload.kind !== "message") return;
      log({ kind: dialogHandlers.length > 0 ? "delivered" : "dropped", to: "dialog", message: payload.message });
      for (const h of dialogHandlers) h({ type: EventType.DialogParentMessageReceived, message: payload.message, origin: payload.origin });
      return;
    }
    if (payload.kind === "event") {
      for (const h of paneHandlers.get(EventType.DialogEventReceived) ?? []) h({ type: EventType.DialogEventReceived, error: payload.error });
      return;
    }
    const handlers = paneHandlers.get(EventType.DialogMessageReceived) ?? [];
    log({ kind: handlers.length > 0 ? "delivered" : "dropped", to: "pane", message: payload.message });
    for (const h of handlers) h({ type: EventType.DialogMessageReceived, message: payload.message, origin: payload.origin });
  }

  const ui = watched(
    "Office.context.ui",
    {
      displayDialogAsync,
      messageParent: (message: string) => {
        log({ kind: "messageParent", message });
        send({ kind: "toParent", message });
      },
      addHandlerAsync: (type: string, handler: Handler, options?: unknown, callback?: (result: object) => void) => {
        const done = typeof options === "function" ? (options as (result: object) => void) : callback;
        if (type === EventType.DialogParentMessageReceived) dialogHandlers.push(handler);
        setTimeout(() => done?.(succeeded()));
      },
      openBrowserWindow: (url: string) => log({ kind: "openBrowserWindow", url }),
    },
    log,
  );
  const context = watched(
    "Office.context",
    {
      displayLanguage: config.displayLanguage ?? "vi-VN",
      contentLanguage: config.displayLanguage ?? "vi-VN",
      platform,
      host: hostName,
      diagnostics: { host: hostName, platform, version: "16.0.0000.0000" },
      document: { url: config.documentUrl ?? "", settings: documentSettings(config, log) },
      requirements: { isSetSupported: (name: string, version?: string) => requirements[name] !== undefined && atLeast(requirements[name]!, version ?? "1.1") },
      ui,
    },
    log,
  );
  let ready: Promise<{ host: string; platform: string }> | undefined;
  const office = watched(
    "Office",
    {
      context,
      EventType,
      HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      initialize: undefined as undefined | ((reason: string) => void),
      onReady(callback?: (info: { host: string; platform: string }) => void) {
        // Office.js is ready after the page's scripts have run, never synchronously.
        ready ??= new Promise((resolve) =>
          setTimeout(() => {
            log({ kind: "ready" });
            resolve({ host: hostName, platform });
          }),
        );
        return ready.then((info) => {
          callback?.(info);
          return info;
        });
      },
      actions: { associate: (name: string) => log({ kind: "associate", name }) },
      addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
    },
    log,
  );
  return { office, deliver };
}
