export { formatNumber, formatCount, formatPercent, formatDate } from "./vietnamese-format";
export type { NumberStyle } from "./vietnamese-format";
export { romanNumeral } from "./roman-numeral";
