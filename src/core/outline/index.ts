/**
 * The report outline as data: the default (the reference report, numbered
 * correctly), a checker for outlines a department supplies, and numbering
 * and headings from position.
 */
export type { ComputedContent, HeadingPlaceholder, OutlineHeading, OutlineNode, Outline } from "./outline";
export { COMPUTED_CONTENT, HEADING_PLACEHOLDERS, MAX_OUTLINE_DEPTH, normaliseSectionKey } from "./outline";
export { DEFAULT_OUTLINE } from "./default-outline";
export { OutlineProblemCode, parseOutline } from "./parse-outline";
export type { OutlineProblem, ParseOutlineResult } from "./parse-outline";
export { outlineProblemText } from "./outline-problem-text";
export type { NumberedNode } from "./number-outline";
export { numberOutline, flattenNumbered } from "./number-outline";
export type { HeadingValues } from "./heading-text";
export { headingText } from "./heading-text";
