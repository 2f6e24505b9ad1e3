/**
 * The report's fixed words (the frame, joins, the calibrations' sentences) and what each edition does with the
 * workbook's own words, typed in Vietnamese (kept as typed, or put into English); each language's file fills it in full.
 */
import type { RunInput } from "../document";
import type { EpochDay } from "../model";
import type { Activity, GoodsGroup, TaskField } from "../schema";

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
  /** Section II.2 when no task was managed. */
  readonly noTasks: string;
  /** Section II.2's opening, before the fields: `managed` is the count's run, `count` its value. */
  readonly tasksOpening: (managed: RunInput, count: number) => RunInput[];
  /** The finance paragraph when the sheet has no usable line. */
  readonly noFinance: string;
  /** The line under the finance paragraph pointing to its table, in the appendix `label` when there is one. */
  readonly financePointer: (label: string | undefined) => string;

  /** The header's agency or parent agency, from the settings as typed. */
  readonly headerAgency: (typed: string) => string;
  /** The agency as a sentence names it ("Sở Khoa học và Công nghệ"). */
  readonly agencyInText: (typed: string) => string;
  /** The header's place ("Lạng Sơn" / "Lang Son"). */
  readonly place: (typed: string) => string;
  /** One "Kính gửi" line. */
  readonly recipient: (line: string) => string;
  /** One "Nơi nhận" line the clerk typed. */
  readonly distributionLine: (line: string) => string;
  /** One line of the signer's title. */
  readonly signerTitle: (line: string) => string;
  /** The period's name ("6 tháng đầu năm 2021" / "the first half of 2021"); `typed` is the Vietnamese name already worked out. */
  readonly periodName: (from: EpochDay, to: EpochDay, typed: string) => string;
  readonly nextPeriodName: (from: EpochDay, to: EpochDay) => string;
  /** The unit after a count ("cái" / "units"). */
  readonly unit: (unit: string, count: number) => string;
  /** Before an activity's counts ("kiểm định " / "verification of "). */
  readonly activityOf: (activity: Activity) => string;
  /** Before one line's count in the footnote ("Kiểm định cột đo xăng dầu " / "Verification of petrol dispensers: "). */
  readonly calibrationLine: (activity: Activity, instrument: string) => string;
  /** An activity in the opening's list ("kiểm định" / "verified"). */
  readonly activityDone: (activity: Activity) => string;
  /** A goods group before its lots ("Đồ chơi trẻ em" / "Children's toys"). */
  readonly goodsGroup: (group: GoodsGroup) => string;
  /** The word after a count of lots. */
  readonly lots: (count: number) => string;
  /** A task field before its count, space included ("lĩnh vực y dược " / "medicine and pharmacy "). */
  readonly taskField: (field: TaskField) => string;
  /** Where left-out rows are listed, after the sentence that counts them (" (chi tiết tại Phụ lục II)"). */
  readonly listedIn: (appendix: string) => string;
  /** A batch's name inside a sentence (a Vietnamese name reads on in lower case; an English sentence quotes it as typed). */
  readonly batchMidSentence: (name: string) => string;
}
