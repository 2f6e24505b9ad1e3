/**
 * A minimal `Word` for the browser tests of the Word pane: `Word.run` over a
 * document of paragraphs (plain text and content controls) and the living
 * report's custom XML part, with what "Cập nhật số liệu" uses: the content
 * controls (all, or by tag; `items`, `tag`, `text`, `getFirst().select()`,
 * `insertText(…, "Replace")`, `font.highlightColor`, and `getComments()` and
 * `getRange("Whole").getBookmarks()`, which WordApi 1.4 has), the parts by namespace
 * (`getXml`, `setXml`) and `context.sync()`. Writes wait for the sync, as in
 * Office.js; `items` read before a load and a sync throws. The office.js
 * stand-in (test/support/office-stand-in) is Excel's; this is put beside it
 * once the pane has loaded (the pane asks for `Word` only when a button is
 * pressed). The document and a log of calls stay on the window.
 */
import type { Page } from "playwright-core";

export interface StandInControl {
  readonly tag: string;
  text: string;
  highlight?: string | null;
  /** How many comments are anchored in it. */
  comments?: number;
  /** Its bookmarks, Word's hidden ones (named with "_") included. */
  bookmarks?: string[];
}

export interface StandInWordDocument {
  readonly paragraphs: ReadonlyArray<ReadonlyArray<string | StandInControl>>;
  xml?: string;
}

export interface WordCall {
  readonly call: string;
  readonly target?: string;
  readonly value?: unknown;
}

declare global {
  interface Window {
    __WORD_DOC__?: StandInWordDocument;
    __WORD_LOG__?: WordCall[];
    __WORD_SYNCS__?: number;
  }
}

/** Runs in the page: sent as text, so it uses nothing from outside. */
function installWord(doc: StandInWordDocument): void {
  const w = window as unknown as Window & { Word?: unknown };
  w.__WORD_DOC__ = doc;
  w.__WORD_LOG__ = [];
  w.__WORD_SYNCS__ = 0;
  const log = (entry: WordCall) => void w.__WORD_LOG__!.push(entry);
  const controls = doc.paragraphs.flatMap((p) => p.filter((r): r is StandInControl => typeof r !== "string"));
  const error = (code: string) => Object.assign(new Error(`RichApi.Error: ${code}`), { code });

  function context() {
    const queued: Array<() => void> = [];
    const loads: Array<() => void> = [];
    const proxy = (c: StandInControl) => ({
      tag: c.tag,
      text: c.text,
      font: {
        set highlightColor(value: string | null) {
          log({ call: "highlightColor", target: c.tag, value });
          queued.push(() => (c.highlight = value));
        },
      },
      getComments() {
        log({ call: "getComments", target: c.tag });
        let items: unknown[] | undefined;
        return {
          load() {
            loads.push(() => (items = Array.from({ length: c.comments ?? 0 }, () => ({}))));
            return this;
          },
          get items() {
            if (!items) throw error("PropertyNotLoaded");
            return items;
          },
        };
      },
      getRange(location: string) {
        if (location !== "Whole") throw error("InvalidArgument");
        return {
          getBookmarks(includeHidden = false, includeAdjacent = false) {
            log({ call: "getBookmarks", target: c.tag, value: [includeHidden, includeAdjacent] });
            let value: string[] | undefined;
            loads.push(() => (value = (c.bookmarks ?? []).filter((name) => includeHidden || !name.startsWith("_"))));
            return {
              get value() {
                if (!value) throw error("PropertyNotLoaded");
                return value;
              },
            };
          },
        };
      },
      insertText(text: string, location: string) {
        log({ call: "insertText", target: c.tag, value: [text, location] });
        if (location !== "Replace") throw error("InvalidArgument");
        queued.push(() => (c.text = text));
        return {
          font: {
            set highlightColor(value: string | null) {
              log({ call: "highlightColor", target: c.tag, value });
              queued.push(() => (c.highlight = value));
            },
          },
        };
      },
    });
    const collection = (label: string, members: () => StandInControl[]) => {
      let items: ReturnType<typeof proxy>[] | undefined;
      return {
        load() {
          loads.push(() => (items = members().map(proxy)));
          return this;
        },
        get items() {
          if (!items) throw error("PropertyNotLoaded");
          return items;
        },
        getFirst() {
          return {
            select() {
              log({ call: "select", target: label });
              queued.push(() => {
                if (members().length === 0) throw error("ItemNotFound");
              });
            },
          };
        },
      };
    };
    const all = collection("*", () => controls);
    return {
      document: {
        contentControls: Object.assign(all, {
          getByTag: (tag: string) => {
            log({ call: "getByTag", target: tag });
            return collection(tag, () => controls.filter((c) => c.tag === tag));
          },
        }),
        customXmlParts: {
          getByNamespace(ns: string) {
            let items: unknown[] | undefined;
            const part = {
              getXml() {
                const result = { value: "" };
                loads.push(() => (result.value = doc.xml ?? ""));
                return result;
              },
              setXml(value: string) {
                log({ call: "setXml" });
                queued.push(() => (doc.xml = value));
              },
            };
            return {
              load() {
                loads.push(() => (items = doc.xml !== undefined && doc.xml.includes(ns) ? [part] : []));
                return this;
              },
              get items() {
                if (!items) throw error("PropertyNotLoaded");
                return items;
              },
            };
          },
        },
      },
      async sync() {
        w.__WORD_SYNCS__ = (w.__WORD_SYNCS__ ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        for (const apply of queued.splice(0)) apply();
        for (const load of loads.splice(0)) load();
      },
    };
  }

  w.Word = { run: (batch: (c: ReturnType<typeof context>) => Promise<unknown>) => batch(context()) };
}

/** Puts the Word stand-in, over `doc`, into the loaded page. */
export async function installWordStandIn(page: Page, doc: StandInWordDocument): Promise<void> {
  // Sent as source: tsx (esbuild) wraps named functions in a `__name` helper the page lacks, so one is given.
  await page.evaluate(`(() => { const __name = (f) => f; (${installWord.toString()})(${JSON.stringify(doc)}); })()`);
}

/** The document as the page's Word holds it now, and the calls made. */
export function wordStateOf(page: Page): Promise<{ doc: StandInWordDocument; calls: WordCall[]; syncs: number }> {
  return page.evaluate(() => ({ doc: window.__WORD_DOC__!, calls: window.__WORD_LOG__ ?? [], syncs: window.__WORD_SYNCS__ ?? 0 }));
}

/** The document's paragraphs as text, controls inline. */
export function paragraphText(doc: StandInWordDocument): string[] {
  return doc.paragraphs.map((p) => p.map((r) => (typeof r === "string" ? r : r.text)).join(""));
}
