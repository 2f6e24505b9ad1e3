/**
 * Just enough XML for the manifest checks: elements with their attributes,
 * text and line numbers; namespace prefixes dropped. Not a general parser:
 * the schema check (xmllint) is what judges well-formedness.
 */

export interface XmlElement {
  /** Local name, without its namespace prefix. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
  readonly parent?: XmlElement;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

const localName = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** Parses `xml` into its root element; throws on a tag that does not close. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "", line: 0 };
  let current = root;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let line = 1;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    const [whole, cdata, closing, qname, attrText, selfClosing, text] = m;
    if (text !== undefined) current.text += decode(text);
    else if (cdata !== undefined) current.text += cdata;
    else if (qname !== undefined) {
      if (closing) {
        if (current.name !== localName(qname)) throw new Error(`line ${line}: </${qname}> closes <${current.name}>`);
        current = current.parent ?? root;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of (attrText ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[localName(a[1]!)] = decode(a[2] ?? a[3] ?? "");
        const el: XmlElement = { name: localName(qname), attrs, children: [], text: "", line, parent: current };
        current.children.push(el);
        if (!selfClosing) current = el;
      }
    }
    if (whole.length === 0) break;
  }
  if (current !== root) throw new Error(`<${current.name}> (line ${current.line}) is never closed`);
  const top = root.children[0];
  if (!top) throw new Error("no root element");
  return top;
}

/** Every element under `el`, depth first, `el` included. */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* descendants(c);
}
