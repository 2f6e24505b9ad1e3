export { formatNumber, formatCount, formatPercent } from "./vietnamese-number";
export type { NumberStyle } from "./vietnamese-number";
export { formatDate } from "./vietnamese-date";
export { romanNumeral } from "./roman-numeral";
