/**
 * The narrative: the checked, summed-up workbook written as a report document
 * (Vietnamese, or English for partners), with the cross-checks on what it says.
 */
export { buildReport } from "./build-report";
export type { BuildReportOptions, BuiltReport } from "./build-report";
export { inlineFootnoteRuns } from "./inline-footnotes";
export { agencyInText } from "./agency-words";
