/**
 * The .docx package made living: figure runs spliced into content controls
 * (content-controls.ts) in the body and the footnotes, and a custom XML part
 * (customXml/item1.xml, its properties and relationships) saying what the
 * report was made from. Entries keep docx's order, the new ones last.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { PROVENANCE_NAMESPACE, provenanceXml, type Provenance } from "../../core/living";
import { spliceFigureControls } from "./content-controls";
import { spliceListControls } from "./list-controls";

export const CUSTOM_XML_PATH = "customXml/item1.xml";
const ITEM_PROPS_PATH = "customXml/itemProps1.xml";
const ITEM_RELS_PATH = "customXml/_rels/item1.xml.rels";
const DOCUMENT_RELS_PATH = "word/_rels/document.xml.rels";
const CONTENT_TYPES_PATH = "[Content_Types].xml";
const FIGURE_PARTS = ["word/document.xml", "word/footnotes.xml"];
/** A fixed id: the part is found by its namespace, and the same input must give the same bytes. */
const DATASTORE_ID = "{6C0C3E8B-1B7A-4C55-9D2A-4C4241430001}";

export function livingPackage(zip: Uint8Array, provenance: Provenance): Uint8Array {
  const files = unzipSync(zip);
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (FIGURE_PARTS.includes(path)) out[path] = strToU8(spliceListControls(spliceFigureControls(strFromU8(data))));
    else if (path === DOCUMENT_RELS_PATH) out[path] = strToU8(withCustomXmlRelationship(strFromU8(data)));
    else if (path === CONTENT_TYPES_PATH) out[path] = strToU8(withItemPropsType(strFromU8(data)));
    else out[path] = data;
  }
  out[CUSTOM_XML_PATH] = strToU8(provenanceXml(provenance));
  out[ITEM_PROPS_PATH] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${DATASTORE_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${PROVENANCE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  out[ITEM_RELS_PATH] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  return zipSync(out);
}

function withCustomXmlRelationship(rels: string): string {
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const rel = `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../${CUSTOM_XML_PATH}"/>`;
  return rels.replace("</Relationships>", `${rel}</Relationships>`);
}

function withItemPropsType(types: string): string {
  const override = `<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/${ITEM_PROPS_PATH}"/>`;
  return types.replace("</Types>", `${override}</Types>`);
}
