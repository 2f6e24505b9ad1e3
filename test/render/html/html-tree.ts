// A small HTML reader for the preview tests: enough for what renderHtml
// writes (quoted attributes, void elements, the five escapes), so tests can
// check elements, attributes and decoded text rather than strings.
export interface HtmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Array<HtmlElement | string>;
}

const TOKEN = /<\/([a-z][a-z0-9]*)\s*>|<([a-z][a-z0-9]*)((?:\s+[a-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([a-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
const VOID = new Set(["hr", "br", "img", "col", "input", "meta", "link"]);

export function decode(value: string): string {
  if (/&(?!amp;|lt;|gt;|quot;|#39;)/.test(value)) throw new Error(`html: bare or unknown & in ${JSON.stringify(value)}`);
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const m of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as HtmlElement;
    if (m[6] !== undefined) throw new Error(`html: stray "<" at ${m.index}`);
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`html: </${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? "").matchAll(ATTR)) attrs[a[1] as string] = decode(a[2] ?? a[3] ?? "");
      const element: HtmlElement = { name: m[2], attrs, children: [] };
      top.children.push(element);
      if (m[4] !== "/" && !VOID.has(m[2])) stack.push(element);
    } else if (m[5] !== undefined) {
      top.children.push(decode(m[5]));
    }
  }
  if (stack.length !== 1) throw new Error(`html: <${stack[stack.length - 1]?.name}> not closed`);
  return root;
}

function elements(node: HtmlElement): HtmlElement[] {
  return node.children.filter((c): c is HtmlElement => typeof c !== "string");
}

/** Every element under `node` that `match` accepts, in document order. */
export function findAll(node: HtmlElement, match: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: HtmlElement): void => {
    for (const child of elements(n)) {
      if (match(child)) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function hasClass(name: string): (e: HtmlElement) => boolean {
  return (e) => (e.attrs.class ?? "").split(/\s+/).includes(name);
}

export function byTag(...names: string[]): (e: HtmlElement) => boolean {
  return (e) => names.includes(e.name);
}

export function findOne(node: HtmlElement, match: (e: HtmlElement) => boolean): HtmlElement {
  const found = findAll(node, match);
  if (found.length !== 1) throw new Error(`html: ${found.length} matches, 1 expected`);
  return found[0] as HtmlElement;
}

/** The decoded text under `node`. */
export function textOf(node: HtmlElement): string {
  return node.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

export function childElements(node: HtmlElement): HtmlElement[] {
  return elements(node);
}
