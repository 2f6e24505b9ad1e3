export { ValueProblem, isProblem, isBlankCell, cellDisplay, numberText, excelError } from "./value-problem";
export type { Parsed } from "./value-problem";
export { parseDate, parseDateText, PLAUSIBLE_SERIAL } from "./date-value";
export { parseNumber, parseNumberText } from "./number-value";
export type { NumberRule } from "./number-value";
export { parseText, removeControlChars } from "./text-value";
export { CategoryMatcher, parseCategory } from "./category-value";
export { parseOutlineCode, normaliseOutlineCode } from "./outline-code";
export { ColumnReader, categoryMatcher } from "./column-reader";
