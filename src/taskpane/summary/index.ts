/** The Tổng hợp tab: the period's figures as tables and small charts, each figure a way to its cells. */
export { SummaryTab, type SummaryTabProps } from "./summary-tab";
export { summaryTables, numericColumn, amount, type SummaryTable, type SummaryCell, type FigureCell, type TextCell } from "./summary-tables";
export { chartBars, chartDescription, type ChartBar } from "./chart-bars";
export { firstSource, sourceText } from "./figure-source";
