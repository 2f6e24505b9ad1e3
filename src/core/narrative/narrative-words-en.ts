/** The report's fixed words in English. */
import type { NarrativeWords } from "./narrative-words-shape";

export const NARRATIVE_WORDS_EN: NarrativeWords = {
  reportTitle: "Report",
  financeTableTitle: (period, estimate) => `Revenue and expenditure in ${period}${estimate ? ", with the estimate for the year" : ""}`,
  financeUnit: "Unit: VND",
  and: " and ",
  noCalibrations: "No verification or calibration of measuring instruments was recorded in the period.",
  calibrationsFailedLead: " Of these, the following did not meet the requirements: ",
  calibrationsOpening: (activities) => `Measuring instruments were ${activities}`,
};
