/**
 * Figures in Vietnamese prose: the numbers a clerk types in `Nội dung`
 * ("3.339", "2,08%", "03 đề tài", "2.550.000 đồng"), with the words they
 * count, in the text and its inline notes; dates, document and standard
 * numbers, spans, ratios, times and years are not figures.
 */
export { FigureKind } from "./figure";
export type { TextFigure } from "./figure";
export { figureNumber } from "./figure-number";
export type { FigureNumber } from "./figure-number";
export { readFigures } from "./read-figures";
export type { FigureText } from "./read-figures";
export { readPart, MAX_FIGURES } from "./read-part";
export type { ReadPart } from "./read-part";
export { cellParts, MAX_CELL_TEXT } from "./text-parts";
export { sentenceSpans, spanAt } from "./sentences";
export type { Span } from "./sentences";
export { listItems } from "./list-items";
export { tokenize } from "./tokens";
export type { Token } from "./tokens";
