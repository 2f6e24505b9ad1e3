/**
 * A Word document's content controls and custom XML parts on office-addin-mock,
 * for the living report's Word host and pane tests: writes are queued and
 * applied at `context.sync()`, every write logged, syncs counted; collections'
 * items, a ClientResult's value and tracked changes throw when read before
 * they are loaded and synced, as Office.js does.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { WordRun } from "../../../src/hosts/word";

interface MockNode {
  [key: string]: unknown;
  setValue(name: string, value: unknown): void;
  addMock(name: string): void;
  sync(): Promise<void>;
}

export interface Control {
  tag: string;
  text: string;
  highlight?: string | null;
  /** What `getOoxml` gives back (a list control's package). */
  ooxml?: string;
  /** How many tracked changes it holds. */
  revisions?: number;
  /** How many comments are anchored in it. */
  comments?: number;
  /** The bookmarks in it, Word's hidden ones (`_GoBack`) included. */
  bookmarks?: string[];
}

export function mockDocument(controls: Control[], xml: string | undefined) {
  const state = {
    syncs: 0,
    xml,
    written: [] as Array<{ tag: string; text: string; location: string }>,
    /** The tags whose OOXML was asked for, in order. */
    ooxmlRead: [] as string[],
    /** The tags whose tracked changes were asked for, in order. */
    revisionsRead: [] as string[],
    /** The tags whose comments and bookmarks were asked for, in order. */
    anchorsRead: [] as string[],
    ooxmlWritten: [] as Array<{ tag: string; ooxml: string; location: string }>,
  };
  const pending: Array<() => void> = [];
  const root = new OfficeMockObject({ context: { document: { contentControls: {}, customXmlParts: {} } } }) as unknown as MockNode;
  const context = root.context as MockNode;
  const document = context.document as MockNode;
  const parts = document.customXmlParts as MockNode;
  /** A ClientResult as Office.js gives it: its value may only be read after the sync that fills it. */
  const clientResult = <T>(fill: () => T): { readonly value: T } => {
    let value: T | undefined;
    pending.push(() => (value = fill()));
    return {
      get value() {
        if (value === undefined) throw new Error("PropertyNotLoaded: a ClientResult's value read before context.sync()");
        return value;
      },
    };
  };
  /** A collection as Office.js gives it: `items` only after `load("items")` and the sync that follows. */
  const collection = <T>(items: () => T[]) => {
    let loaded: T[] | undefined;
    const found = {
      load(what: string) {
        if (what !== "items") throw new Error(`load("${what}"): the host loads "items"`);
        pending.push(() => (loaded = items()));
        return found;
      },
      get items(): T[] {
        if (loaded === undefined) throw new Error("PropertyNotLoaded: a collection's items read before load and sync");
        return loaded;
      },
    };
    return found;
  };
  const item = (c: Control) => ({
    get tag() {
      return c.tag;
    },
    get text() {
      return c.text;
    },
    /** Set only ("Chấp nhận thay đổi" clears it: null), applied at the next sync. */
    font: {
      set highlightColor(value: string | null) {
        pending.push(() => (c.highlight = value));
      },
    },
    insertText(text: string, location: string) {
      const font = { highlightColor: undefined as string | undefined };
      pending.push(() => {
        state.written.push({ tag: c.tag, text, location });
        if (location === "Replace") c.text = text;
        c.highlight = font.highlightColor;
      });
      return { font };
    },
    getTrackedChanges() {
      state.revisionsRead.push(c.tag);
      let loaded = false;
      let items: unknown[] | undefined;
      const changes = {
        load: () => {
          loaded = true;
          pending.push(() => (items = Array.from({ length: c.revisions ?? 0 }, () => ({}))));
          return changes;
        },
        get items(): unknown[] {
          if (!loaded || items === undefined) throw new Error("PropertyNotLoaded: trackedChanges.items read before load and sync");
          return items;
        },
      };
      return changes;
    },
    getComments() {
      state.anchorsRead.push(c.tag);
      return collection(() => Array.from({ length: c.comments ?? 0 }, () => ({})));
    },
    getRange(location: string) {
      if (location !== "Whole") throw new Error(`getRange("${location}"): the host asks for the whole control`);
      return {
        /** As Word: hidden bookmarks (named with "_") only when asked for. */
        getBookmarks(includeHidden = false, includeAdjacent = false) {
          if (includeAdjacent) throw new Error("getBookmarks: a bookmark beside the control is not the control's");
          return clientResult(() => (c.bookmarks ?? []).filter((name) => includeHidden || !name.startsWith("_")));
        },
      };
    },
    getOoxml() {
      state.ooxmlRead.push(c.tag);
      return clientResult(() => c.ooxml ?? "");
    },
    insertOoxml(ooxml: string, location: string) {
      const font = { highlightColor: undefined as string | undefined };
      pending.push(() => {
        state.ooxmlWritten.push({ tag: c.tag, ooxml, location });
        if (location === "Replace") c.ooxml = ooxml;
        c.highlight = font.highlightColor;
      });
      return { font };
    },
  });
  const everyControl = collection(() => controls.map(item));
  const contentControls = Object.assign(everyControl, {
    getByTag: (tag: string) => collection(() => controls.filter((c) => c.tag === tag).map(item)),
  });
  parts.setValue("getByNamespace", (ns: string) => {
    const part = {
      getXml() {
        return clientResult(() => state.xml ?? "");
      },
      setXml(value: string) {
        pending.push(() => (state.xml = value));
      },
    };
    return collection(() => (state.xml !== undefined && state.xml.includes(ns) ? [part] : []));
  });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    state.syncs++;
    for (const apply of pending.splice(0)) apply();
    await sync();
  };
  // The batch sees the mock's document with the content controls above (office-addin-mock lets a set collection be read unloaded).
  const batchContext = { document: { contentControls, customXmlParts: parts }, sync: () => context.sync() };
  const run: WordRun = (batch) => batch(batchContext as unknown as Word.RequestContext);
  return { run, state, controls };
}
