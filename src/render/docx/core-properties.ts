/**
 * docProps/core.xml with the dates of the given clock: docx stamps the time
 * of packing, which would make each render differ.
 */
export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
  readonly language: string;
  /** When the report was made: created and modified. */
  readonly at: Date;
}

export const CORE_PROPERTIES_PATH = "docProps/core.xml";

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Drops the milliseconds, which core properties do not need. */
function w3cdtf(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function corePropertiesXml(props: CoreProperties): string {
  const when = w3cdtf(props.at);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title>` +
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>` +
    `<dc:language>${escapeXml(props.language)}</dc:language>` +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
