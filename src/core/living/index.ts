/** The living report (issue 12): figures tagged in the .docx, refreshed in place from the workbook. */
export { figureTag, listTag, sourceTitle, LIST_TAG_PREFIX, TAG_PREFIX } from "./figure-tags";
export { documentFigures, type WrittenFigure } from "./document-figures";
export { documentLists, listText, type ListKind, type WrittenList } from "./document-lists";
export { PRODUCT_VERSION, PROVENANCE_NAMESPACE, parseProvenance, provenanceList, provenanceOf, provenanceXml, escapeXml, unescapeXml } from "./provenance";
export type { Provenance, ProvenanceFigure, ProvenanceList } from "./provenance";
export { afterChanges, figureChanges, rewrites, type FigureChange, type FigureChangeKind } from "./figure-changes";
export { listChanges, type ListChange } from "./list-changes";
export { listChangeWords, type ListChangeWords } from "./list-words";
export { figureName, planFigureUpdate, type FigureUpdate, type FreshReport, type HeldControls } from "./figure-update";
export { isPeriodFigure, periodFigureWord } from "./period-figure-words";
export { takeFreshFigure } from "./resolve-conflict";
export { addTagText, type TagTexts } from "./tag-texts";
export { SUMMARY_RECORD_LIMIT, summaryRecord, type SummaryOmission, type SummaryRecord } from "./summary-record";
