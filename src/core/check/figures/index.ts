/**
 * Figures in the clerk's text checked: parts against their total, a
 * percentage against its part and whole, a count against its list, a kind
 * of thing against the list that names them, and a figure against the one
 * the product computes.
 */
export { figureIssues } from "./figure-issues";
export type { FigureCheckScope, NarrativeCell } from "./figure-issues";
export { knownFigures } from "./known-figures";
export type { KnownFigure, KnownSheets } from "./known-figures";
