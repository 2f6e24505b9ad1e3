/** The report's fixed words in English. */
import type { Activity, GoodsGroup, TaskField } from "../schema";
import { derivePeriodNameEn, nextPeriodNameEn } from "../summarise";
import { agencyInEnglish, signerTitleInEnglish, withoutDiacritics } from "./agency-words";
import { distributionLineInEnglish, instrumentInEnglish, unitInEnglish } from "./english-glossary";
import type { NarrativeWords } from "./narrative-words-shape";
import { englishRef } from "./word-case";

const ACTIVITIES: Readonly<Record<Activity, { readonly of: string; readonly done: string }>> = {
  "Kiểm định": { of: "verification", done: "verified" },
  "Đo kiểm": { of: "measurement", done: "measured" },
  "Hiệu chuẩn": { of: "calibration", done: "calibrated" },
  "Thử nghiệm": { of: "testing", done: "tested" },
};

const GOODS_GROUPS: Readonly<Record<GoodsGroup, string>> = {
  "Đồ chơi trẻ em": "Children's toys",
  "Đồ điện, điện tử": "Electrical and electronic goods",
  Thép: "Steel",
  "Mũ bảo hiểm": "Helmets",
  Khác: "Other goods",
};

const TASK_FIELDS: Readonly<Record<TaskField, string>> = {
  "Nông nghiệp và phát triển nông thôn": "agriculture and rural development",
  "Xã hội - nhân văn": "social sciences and humanities",
  "Y dược": "medicine and pharmacy",
  "Kỹ thuật - công nghệ": "engineering and technology",
  "Khoa học tự nhiên": "natural sciences",
};

export const NARRATIVE_WORDS_EN: NarrativeWords = {
  reportTitle: "Report",
  financeTableTitle: (period, estimate) => `Revenue and expenditure in ${period}${estimate ? ", with the estimate for the year" : ""}`,
  financeUnit: "Unit: VND",
  and: " and ",
  noCalibrations: "No verification or calibration of measuring instruments was recorded in the period.",
  calibrationsFailedLead: " Of these, the following did not meet the requirements: ",
  calibrationsOpening: (activities) => `Measuring instruments were ${activities}`,
  noTasks: "No science and technology task was under management in the period.",
  tasksOpening: (managed, count) => [managed, count === 1 ? " task (research project) was managed: " : " tasks (research projects) were managed: "],
  noFinance: "No revenue or expenditure figures are given for the period (the finance sheet has no usable line).",
  financePointer: (label) => `(The revenue and expenditure table is attached${label === undefined ? "" : ` in ${englishRef(label)}`})`,

  headerAgency: agencyInEnglish,
  agencyInText: agencyInEnglish,
  place: withoutDiacritics,
  recipient: agencyInEnglish,
  distributionLine: distributionLineInEnglish,
  signerTitle: signerTitleInEnglish,
  periodName: (from, to) => derivePeriodNameEn(from, to),
  nextPeriodName: nextPeriodNameEn,
  unit: unitInEnglish,
  activityOf: (activity) => `${ACTIVITIES[activity].of} of `,
  calibrationLine: (activity, instrument) => {
    const of = ACTIVITIES[activity].of;
    return `${of.charAt(0).toUpperCase()}${of.slice(1)} of ${instrumentInEnglish(instrument)}: `;
  },
  activityDone: (activity) => ACTIVITIES[activity].done,
  goodsGroup: (group) => GOODS_GROUPS[group],
  lots: (count) => (count === 1 ? "lot" : "lots"),
  taskField: (field) => `${TASK_FIELDS[field]} `,
  listedIn: (appendix) => ` (listed in ${englishRef(appendix)})`,
  batchMidSentence: (name) => name,
};
