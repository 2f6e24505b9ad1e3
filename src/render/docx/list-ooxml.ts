/**
 * A computed list's fresh blocks as Word's `insertOoxml` takes them: a flat
 * OPC package (`pkg:package`) holding a document part whose body is the
 * list control's content, with the fresh report's namespaces and styles, so
 * `control.insertOoxml(ooxml, "Replace")` puts in the paragraphs and tables
 * exactly as `generate` writes them now.
 */
import { strFromU8, unzipSync } from "fflate";
import { hasAnchors, hasRevisions, listControlsOf, listXmlText } from "./list-controls";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts a list's OOXML is built from: the fresh document's root element (its namespaces) and its styles part, when there is one. */
export interface OoxmlFrame {
  /** `<w:document xmlns:w="…" …>`. */
  readonly root: string;
  /** The styles part's XML without its declaration. */
  readonly styles?: string;
}

function part(name: string, type: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/** The flat OPC package whose body is `content` (a list control's `<w:p>`s or `<w:tbl>`). */
export function listControlOoxml(content: string, frame: OoxmlFrame): string {
  const documentRels =
    frame.styles === undefined
      ? ""
      : part(
          "/word/_rels/document.xml.rels",
          RELS_TYPE,
          `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
        );
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    part(
      "/_rels/.rels",
      RELS_TYPE,
      `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part("/word/document.xml", DOCUMENT_TYPE, `${frame.root}<w:body>${asBlocks(content)}</w:body></w:document>`) +
    documentRels +
    (frame.styles === undefined ? "" : part("/word/styles.xml", STYLES_TYPE, frame.styles)) +
    `</pkg:package>`
  );
}

/** A paragraph's list holds runs: Word takes them in a paragraph of their own and puts them in the control inline. */
function asBlocks(content: string): string {
  return /^<w:(?:r|sdt)>/.test(content) ? `<w:p>${content}</w:p>` : content;
}

const DECLARATION = /^<\?xml[^>]*\?>\s*/;

/** Each list control of the body of a fresh .docx whose tag is in `tags`, as `listControlOoxml` packs it. */
export function listControlsOoxml(freshDocx: Uint8Array, tags: ReadonlySet<string>): ReadonlyMap<string, string> {
  const files = unzipSync(freshDocx);
  const body = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const stylesPart = files["word/styles.xml"];
  const frame: OoxmlFrame = {
    root: /<w:document\b[^>]*>/.exec(body)?.[0] ?? "<w:document>",
    ...(stylesPart === undefined ? {} : { styles: strFromU8(stylesPart).replace(DECLARATION, "") }),
  };
  const out = new Map<string, string>();
  for (const c of listControlsOf(body)) if (tags.has(c.tag) && !out.has(c.tag)) out.set(c.tag, listControlOoxml(c.content, frame));
  return out;
}

/**
 * A list control as Word's `getOoxml` gives it back: the canonical text of
 * the content of the control tagged `tag` in the package (or of the whole
 * body, if Word left the control's own wrapper out) and whether it holds a
 * tracked change.
 */
export function listOfOoxml(ooxml: string, tag: string): { readonly text: string; readonly tracked: boolean; readonly annotated: boolean } {
  const control = listControlsOf(ooxml).find((c) => c.tag === tag);
  const content = control?.content ?? /<w:body>([\s\S]*?)(?:<w:sectPr\b[\s\S]*)?<\/w:body>/.exec(ooxml)?.[1] ?? "";
  return { text: listXmlText(content), tracked: hasRevisions(content), annotated: hasAnchors(content) };
}
