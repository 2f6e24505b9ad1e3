/** The living report (issue 12): figures tagged in the .docx, refreshed in place from the workbook. */
export { figureTag, sourceTitle, TAG_PREFIX } from "./figure-tags";
export { documentFigures, type WrittenFigure } from "./document-figures";
export { PRODUCT_VERSION, PROVENANCE_NAMESPACE, parseProvenance, provenanceOf, provenanceXml, escapeXml, unescapeXml } from "./provenance";
export type { Provenance, ProvenanceFigure } from "./provenance";
export { afterChanges, figureChanges, rewrites, type FigureChange, type FigureChangeKind } from "./figure-changes";
export { figureName, planFigureUpdate, type FigureUpdate } from "./figure-update";
