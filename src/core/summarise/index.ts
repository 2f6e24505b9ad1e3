/** The period summed up: figures that keep their source cells, and the period's name. */
export type * from "./summary";
export { summarise } from "./summarise";
export { summariseTasks } from "./tasks-summary";
export { summariseLots } from "./lots-summary";
export { summariseCalibrations, spellingKey } from "./calibrations-summary";
export { summariseFinance } from "./finance-summary";
export { summariseActivities, EMPTY_ACTIVITIES } from "./activities-summary";
export { periodOf, derivePeriodName, derivePeriodNameEn, nextPeriodName, nextPeriodNameEn } from "./period";
export { periodShape, nextPeriodShape, type PeriodShape } from "./period-shape";
export { summaryToJson, type SummaryJson } from "./summary-json";
export { figureKeys } from "./figure-keys";
