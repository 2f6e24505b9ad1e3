// A small XML reader for the tests: enough for the parts docx writes
// (no DTD, no CDATA), so tests can check elements and attributes, not strings.
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const TOKEN = /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*"([^"]*)"/g;

function decode(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`xml: </${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? "").matchAll(ATTR)) attrs[a[1] as string] = decode(a[2] as string);
      const element: XmlElement = { name: m[2], attrs, children: [], text: "" };
      top.children.push(element);
      if (m[4] !== "/") stack.push(element);
    } else if (m[5] !== undefined) {
      top.text += decode(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error("xml: unclosed element");
  return root;
}

/** Every element named `name` under `node`, in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement): void => {
    for (const child of n.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function findFirst(node: XmlElement, name: string): XmlElement {
  const found = findAll(node, name)[0];
  if (found === undefined) throw new Error(`xml: no <${name}>`);
  return found;
}

/** The text of the w:t elements under `node`, joined. */
export function wordText(node: XmlElement): string {
  return findAll(node, "w:t")
    .map((t) => t.text)
    .join("");
}
