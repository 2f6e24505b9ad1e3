/**
 * The .docx writer: a ReportDocument in, the bytes of a Word file out.
 */
export { renderDocx } from "./render-docx";
export { renderReport } from "./render-report";
export type { RenderDocxOptions } from "./render-docx";
export { COMMENT_AUTHOR, PLACEHOLDER_HIGHLIGHT } from "./comments";
export {
  DOCX_LIMITS,
  DocxTooLargeError,
  listContents,
  readLivingDocx,
  recordXml,
  rewriteLivingDocx,
  rewriteControls,
  rewritePart,
  type LivingDocx,
} from "./living-update";
export { hasAnchors, hasRevisions, listControlsOf, listXmlText, type ListControl } from "./list-controls";
export { sdtSpans, type SdtSpan } from "./sdt-scan";
export { listControlOoxml, listControlsOoxml, listOfOoxml, type OoxmlFrame } from "./list-ooxml";
export { CUSTOM_XML_PATH } from "./living-package";
