/**
 * The report document model: plain data that the narrative step builds and
 * the writers (.docx, HTML preview, Word) render.
 */
export type { TextRun, FigureRun, InlineRun, FootnoteRun, ListMark, Run, RunInput, InlineRunInput } from "./runs";
export { text, bold, italic, boldItalic, figure, footnote, listFootnote, toRuns, inlineText } from "./runs";
export type { Alignment, ParagraphBlock, TableCell, TableRow, TableColumn, TableBlock, Block, CellInput, TableInput } from "./blocks";
export { ALIGNMENTS, paragraph, alignedParagraph, asList, cell, table } from "./blocks";
export { textFigureRuns, titleFigures, type TextFigure } from "./text-figures";
export type { IssueDate, DocumentHeader, DocumentSection, PageOrientation, Appendix, Signer, ReportDocument } from "./report-document";
export { REPORT_KIND_CODE, section } from "./report-document";
export type { DocumentWords, AppendixHeading } from "./document-words";
export { documentWords, numberLine, dateLine, dateWords, registryNumber, appendixLabel, appendixHeading } from "./document-words";
export { documentText, recipientLines } from "./document-text";
export { placeholder } from "./placeholder";
