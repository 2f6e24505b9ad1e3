/**
 * A Word document for the Word host tests, on office-addin-mock's
 * `OfficeMockObject`. Insertions are queued as Office.js queues them and
 * applied at `context.sync()`: the inserted .docx is decoded and its
 * paragraphs put at the start or end of the body, or in place of it, or into a
 * new document. Every call is logged with its location and options.
 */
import { OfficeMockObject } from "office-addin-mock";
import { fromBase64 } from "../../../src/taskpane/save";
import { docxBodyText } from "../../support/docx-text";

export interface InsertCall {
  readonly api: "document.insertFileFromBase64" | "body.insertFileFromBase64" | "application.createDocument" | "customXmlParts.add" | "customXmlPart.delete";
  readonly location?: string;
  readonly options?: unknown;
  readonly base64: string;
}

export interface MockWordOptions {
  /** WordApi versions this Word supports ("1.1", "1.3", "1.5"). */
  readonly sets: ReadonlyArray<string>;
  /** The open document's paragraphs before the test. */
  readonly paragraphs: ReadonlyArray<string>;
  /** Makes `sync` reject with an Office-like error of this code, changing nothing. */
  readonly failWith?: string;
  /** Makes the sync that adds a custom XML part reject with an Office-like error of this code. */
  readonly failRecordWith?: string;
  /** The open document's custom XML parts before the test: namespace and XML. */
  readonly parts?: ReadonlyArray<{ readonly namespace: string; readonly xml: string }>;
}

interface MockNode {
  [key: string]: unknown;
  setValue(name: string, value: unknown): void;
  sync(): Promise<void>;
}

async function paragraphsOf(base64: string): Promise<string[]> {
  const bytes = fromBase64(base64);
  if (!bytes) throw new Error("not base64");
  return (await docxBodyText(bytes)).split("\n").filter((line) => line.trim().length > 0);
}

export function mockWord(options: MockWordOptions) {
  const state = {
    paragraphs: [...options.paragraphs],
    newDocuments: [] as string[][],
    opened: 0,
    syncs: 0,
    parts: [...(options.parts ?? [])].map((p) => ({ ...p })),
  };
  const calls: InsertCall[] = [];
  const pending: Array<() => Promise<void>> = [];

  const root = new OfficeMockObject({ context: { document: { body: {}, customXmlParts: {} }, application: {} } }) as unknown as MockNode;
  const context = root.context as MockNode;
  const document = context.document as MockNode;
  const body = document.body as MockNode;
  const at = (location: string | undefined, report: string[]) => {
    if (location === "Start") state.paragraphs.unshift(...report);
    else if (location === "End") state.paragraphs.push(...report);
    else if (location === "Replace") state.paragraphs = report;
    else throw Object.assign(new Error(`bad location ${String(location)}`), { code: "InvalidArgument" });
  };
  document.setValue("insertFileFromBase64", (base64: string, location: string, insertOptions?: unknown) => {
    calls.push({ api: "document.insertFileFromBase64", location, options: insertOptions, base64 });
    pending.push(async () => at(location, await paragraphsOf(base64)));
  });
  body.setValue("insertFileFromBase64", (base64: string, location: string, ...rest: unknown[]) => {
    if (rest.length > 0) throw new Error("Body.insertFileFromBase64 takes no options");
    calls.push({ api: "body.insertFileFromBase64", location, base64 });
    pending.push(async () => at(location, await paragraphsOf(base64)));
  });
  // Custom XML parts as Office.js has them (WordApi 1.4): `items` only after load and sync, writes applied at sync.
  const customXmlParts = document.customXmlParts as MockNode;
  customXmlParts.setValue("getByNamespace", (namespace: string) => {
    let loaded = false;
    let synced: typeof state.parts | undefined;
    const collection = {
      load: (what: string) => {
        if (what !== "items") throw new Error(`load("${what}") is not what the host asks for`);
        loaded = true;
        pending.push(async () => void (synced = state.parts.filter((p) => p.namespace === namespace)));
      },
      get items() {
        if (!loaded || synced === undefined) throw new Error("PropertyNotLoaded: customXmlParts.items read before load and sync");
        return synced.map((part) => ({
          delete: () => {
            calls.push({ api: "customXmlPart.delete", base64: "" });
            pending.push(async () => void (state.parts = state.parts.filter((p) => p !== part)));
          },
        }));
      },
    };
    return collection;
  });
  customXmlParts.setValue("add", (xml: string) => {
    calls.push({ api: "customXmlParts.add", base64: "" });
    const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const refused = options.failRecordWith;
    pending.push(async () => {
      if (refused) throw Object.assign(new Error(`RichApi.Error: ${refused}`), { code: refused });
      state.parts.push({ namespace, xml });
    });
  });
  (context.application as MockNode).setValue("createDocument", (base64: string) => {
    calls.push({ api: "application.createDocument", base64 });
    const created: string[] = [];
    pending.push(async () => void created.push(...(await paragraphsOf(base64))));
    return {
      open: () => {
        pending.push(async () => {
          state.opened++;
          state.newDocuments.push(created);
        });
      },
    };
  });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    state.syncs++;
    const queued = pending.splice(0);
    if (options.failWith) throw Object.assign(new Error(`RichApi.Error: ${options.failWith}`), { code: options.failWith });
    for (const apply of queued) await apply();
    await sync();
  };

  const supported = new Set(options.sets);
  return {
    state,
    calls,
    deps: {
      run: <T>(batch: (c: Word.RequestContext) => Promise<T>) => batch(context as unknown as Word.RequestContext),
      isSetSupported: (name: string, version?: string) => name === "WordApi" && version !== undefined && supported.has(version),
    },
  };
}

/** Every WordApi version up to `top`, as a Word that supports `top` would answer. */
export function setsUpTo(top: string): string[] {
  const all = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];
  return all.slice(0, all.indexOf(top) + 1);
}
