export { formatNumber, formatCount, formatPercent, formatMoney, VI_STYLE, EN_STYLE } from "./vietnamese-number";
export type { NumberStyle } from "./vietnamese-number";
export { formatDate, formatDateInText } from "./vietnamese-date";
export { romanNumeral } from "./roman-numeral";
