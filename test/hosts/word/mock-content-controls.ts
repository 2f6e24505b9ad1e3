/**
 * A Word document's content controls and custom XML parts on office-addin-mock,
 * for the living report's Word host and pane tests: writes are queued and
 * applied at `context.sync()`, every write logged, syncs counted.
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
    ooxmlWritten: [] as Array<{ tag: string; ooxml: string; location: string }>,
  };
  const pending: Array<() => void> = [];
  const root = new OfficeMockObject({ context: { document: { contentControls: {}, customXmlParts: {} } } }) as unknown as MockNode;
  const context = root.context as MockNode;
  const document = context.document as MockNode;
  const all = document.contentControls as MockNode;
  const parts = document.customXmlParts as MockNode;
  let n = 0;
  const collection = (owner: MockNode, items: unknown[]): MockNode => {
    const name = `found${n++}`;
    owner.addMock(name);
    const found = owner[name] as MockNode;
    found.setValue("items", items);
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
      const changes = { items: [] as unknown[], load: () => changes };
      pending.push(() => (changes.items = Array.from({ length: c.revisions ?? 0 }, () => ({}))));
      return changes;
    },
    getOoxml() {
      state.ooxmlRead.push(c.tag);
      const result = { value: "" };
      pending.push(() => (result.value = c.ooxml ?? ""));
      return result;
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
  all.setValue("items", controls.map(item));
  all.setValue("getByTag", (tag: string) => collection(all, controls.filter((c) => c.tag === tag).map(item)));
  parts.setValue("getByNamespace", (ns: string) => {
    const part = {
      getXml() {
        const result = { value: "" };
        pending.push(() => (result.value = state.xml ?? ""));
        return result;
      },
      setXml(value: string) {
        pending.push(() => (state.xml = value));
      },
    };
    return collection(parts, state.xml !== undefined && state.xml.includes(ns) ? [part] : []);
  });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    state.syncs++;
    for (const apply of pending.splice(0)) apply();
    await sync();
  };
  const run: WordRun = (batch) => batch(context as unknown as Word.RequestContext);
  return { run, state, controls };
}
