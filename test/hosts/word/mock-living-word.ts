/**
 * A living report open in Word, for the Word host and pane tests, on
 * office-addin-mock's `OfficeMockObject` (the request context and its sync)
 * with Office.js's proxy rules enforced, which office-addin-mock only hints
 * at with an error string:
 * - a property of a proxy (`items`, `tag`, `text`, `highlightColor`, a
 *   `getXml()` result's `value`) throws `PropertyNotLoaded` unless it was
 *   loaded and a `context.sync()` has run since;
 * - writes (`insertText`, `font.highlightColor = …`, `select`, `setXml`) are
 *   queued and applied at the next sync, as Office.js sends them;
 * - `getFirst()` on an empty collection fails that sync with `ItemNotFound`.
 * The document is paragraphs of plain text and content controls; every call
 * is logged, syncs are counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { WordRun } from "../../../src/hosts/word";

export interface LivingControl {
  readonly tag: string;
  text: string;
  highlight?: string | null;
}

/** A paragraph: runs of plain text and controls. */
export type LivingParagraph = ReadonlyArray<string | LivingControl>;

export interface LoggedCall {
  readonly call: "getByTag" | "getByNamespace" | "insertText" | "highlightColor" | "select" | "setXml" | "getXml" | "getFirst" | "load";
  readonly target?: string;
  readonly value?: unknown;
}

class NotLoaded extends Error {
  readonly code = "PropertyNotLoaded";
}

class OfficeError extends Error {
  constructor(readonly code: string) {
    super(`RichApi.Error: ${code}`);
  }
}

export function mockLivingWord(paragraphs: ReadonlyArray<LivingParagraph>, xml: string | undefined) {
  const state = { syncs: 0, xml, selected: [] as string[], calls: [] as LoggedCall[] };
  const controls = paragraphs.flatMap((p) => p.filter((r): r is LivingControl => typeof r !== "string"));
  const queued: Array<() => void> = [];
  /** Loads asked for, made readable by the next sync. */
  const loading: Array<() => void> = [];
  const log = (entry: LoggedCall) => void state.calls.push(entry);

  /** A proxy property: readable once loaded and synced. */
  const slot = <T>(name: string, read: () => T) => {
    let ready = false;
    return {
      load: () => loading.push(() => (ready = true)),
      get value(): T {
        if (!ready) throw new NotLoaded(`PropertyNotLoaded: ${name} was not loaded and synced`);
        return read();
      },
    };
  };

  const controlProxy = (c: LivingControl) => {
    const tag = slot("tag", () => c.tag);
    const text = slot("text", () => c.text);
    const highlight = slot("font.highlightColor", () => c.highlight ?? null);
    const font = {
      get highlightColor(): string | null {
        return highlight.value;
      },
      set highlightColor(value: string | null) {
        log({ call: "highlightColor", target: c.tag, value });
        queued.push(() => (c.highlight = value));
      },
    };
    return {
      loadAll: () => [tag, text, highlight].forEach((s) => s.load()),
      proxy: {
        get tag() {
          return tag.value;
        },
        get text() {
          return text.value;
        },
        font,
        insertText(value: string, location: string) {
          log({ call: "insertText", target: c.tag, value: [value, location] });
          if (location !== "Replace") throw new Error(`insertText: only Replace is expected, got ${location}`);
          queued.push(() => (c.text = value));
          return {
            font: {
              set highlightColor(color: string | null) {
                log({ call: "highlightColor", target: c.tag, value: color });
                queued.push(() => (c.highlight = color));
              },
            },
          };
        },
        select() {
          log({ call: "select", target: c.tag });
          queued.push(() => void state.selected.push(c.tag));
        },
      },
    };
  };

  /** A collection whose members are found at the next sync, as Office.js resolves them. */
  const collection = (label: string, tag: string | undefined, members: () => LivingControl[]) => {
    let found: ReturnType<typeof controlProxy>[] = [];
    const items = slot(`${label}.items`, () => found.map((f) => f.proxy));
    return {
      load(props?: string) {
        log({ call: "load", target: label, value: props });
        if (props !== "items") throw new Error(`load: only "items" is expected, got ${String(props)}`);
        items.load();
        loading.push(() => {
          found = members().map(controlProxy);
          for (const f of found) f.loadAll();
        });
        return this;
      },
      get items() {
        return items.value;
      },
      getFirst() {
        log({ call: "getFirst", target: label });
        return {
          select() {
            log({ call: "select", target: tag });
            // Resolved at sync: with no such control the whole sync fails, as in Word.
            queued.push(() => {
              const first = members()[0];
              if (!first) throw new OfficeError("ItemNotFound");
              state.selected.push(first.tag);
            });
          },
        };
      },
    };
  };

  const root = new OfficeMockObject({ context: { document: {} } }) as unknown as { context: Record<string, unknown> & { sync(): Promise<void> } };
  const context = root.context;
  const document = context.document as Record<string, unknown>;
  const all = collection("contentControls", undefined, () => controls);
  document.contentControls = Object.assign(all, {
    getByTag(tag: string) {
      log({ call: "getByTag", target: tag });
      return collection(`getByTag(${tag})`, tag, () => controls.filter((c) => c.tag === tag));
    },
  });
  document.customXmlParts = {
    getByNamespace(ns: string) {
      log({ call: "getByNamespace", target: ns });
      let parts: unknown[] = [];
      const items = slot("customXmlParts.items", () => parts);
      const part = {
        getXml() {
          log({ call: "getXml" });
          const result = slot("getXml().value", () => state.xml ?? "");
          result.load();
          return {
            get value() {
              return result.value;
            },
          };
        },
        setXml(value: string) {
          log({ call: "setXml", value });
          queued.push(() => (state.xml = value));
        },
      };
      return {
        load(props?: string) {
          if (props !== "items") throw new Error(`load: only "items" is expected, got ${String(props)}`);
          items.load();
          loading.push(() => (parts = state.xml !== undefined && state.xml.includes(ns) ? [part] : []));
          return this;
        },
        get items() {
          return items.value;
        },
      };
    },
  };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    state.syncs++;
    // Writes first, then loads, in one round trip; a failing call fails the whole sync, as a batch does in Word.
    for (const apply of queued.splice(0)) apply();
    while (loading.length > 0) loading.shift()!();
    await sync();
  };
  const run: WordRun = (batch) => batch(context as unknown as Word.RequestContext);
  /** The document's text, paragraph by paragraph, controls inline. */
  const text = () => paragraphs.map((p) => p.map((r) => (typeof r === "string" ? r : r.text)).join(""));
  return { run, state, controls, text };
}
