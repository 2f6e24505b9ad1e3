/** The report's fixed words (the frame, joins, the calibrations' sentences); each language's file fills it in full. */
export interface NarrativeWords {
  readonly reportTitle: string;
  /** The finance appendix's title; `estimate` when the table has the year's estimate column. */
  readonly financeTableTitle: (period: string, estimate: boolean) => string;
  /** The unit line above the finance table. */
  readonly financeUnit: string;
  /** Joins the last two items of a list. */
  readonly and: string;
  readonly noCalibrations: string;
  readonly calibrationsFailedLead: string;
  /** "Tổ chức kiểm định và hiệu chuẩn phương tiện đo", from the activities already worded. */
  readonly calibrationsOpening: (activities: string) => string;
}
