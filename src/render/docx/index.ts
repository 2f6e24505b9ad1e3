/**
 * The .docx writer: a ReportDocument in, the bytes of a Word file out.
 */
export { renderDocx } from "./render-docx";
export { renderReport } from "./render-report";
export type { RenderDocxOptions } from "./render-docx";
export { COMMENT_AUTHOR, PLACEHOLDER_HIGHLIGHT } from "./comments";
export { readLivingDocx, rewriteLivingDocx, rewriteControls, type LivingDocx } from "./living-update";
export { CUSTOM_XML_PATH } from "./living-package";
