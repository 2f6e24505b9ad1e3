/** The report's fixed words in Vietnamese. */
import type { Activity } from "../schema";
import { nextPeriodName } from "../summarise";
import { agencyInText } from "./agency-words";
import type { NarrativeWords } from "./narrative-words-shape";
import { lowerFirst } from "./word-case";

const ACTIVITIES: Readonly<Record<Activity, string>> = {
  "Kiểm định": "kiểm định",
  "Đo kiểm": "đo kiểm",
  "Hiệu chuẩn": "hiệu chuẩn",
  "Thử nghiệm": "thử nghiệm",
};

export const NARRATIVE_WORDS_VI: NarrativeWords = {
  reportTitle: "Báo cáo",
  financeTableTitle: (period, estimate) => `Biểu thu – chi tài chính ${period}${estimate ? " và ước thực hiện cả năm" : ""}`,
  financeUnit: "Đơn vị tính: đồng",
  and: " và ",
  noCalibrations: "Trong kỳ chưa có số liệu kiểm định, hiệu chuẩn phương tiện đo.",
  calibrationsFailedLead: " Trong đó, không đạt yêu cầu: ",
  calibrationsOpening: (activities) => `Tổ chức ${activities} phương tiện đo`,
  noTasks: "Trong kỳ không có đề tài, dự án nào đang được quản lý, theo dõi.",
  tasksOpening: (managed) => ["Quản lý và theo dõi ", managed, " đề tài, dự án, trong đó: "],
  noFinance: "Chưa có số liệu thu – chi tài chính của kỳ báo cáo (trang Tài chính không có dòng số liệu nào dùng được).",
  financePointer: (label) => `(Có biểu thu – chi tài chính kèm theo${label === undefined ? "" : ` tại ${label}`})`,

  headerAgency: (typed) => typed.trim(),
  agencyInText,
  place: (typed) => typed,
  recipient: (line) => line,
  distributionLine: (line) => line,
  signerTitle: (line) => line,
  periodName: (_from, _to, typed) => typed,
  nextPeriodName,
  unit: (unit) => unit,
  activityOf: (activity) => `${ACTIVITIES[activity]} `,
  calibrationLine: (activity, instrument) => `${activity} ${lowerFirst(instrument)} `,
  activityDone: (activity) => ACTIVITIES[activity],
  goodsGroup: (group) => group,
  lots: () => "lô",
  taskField: (field) => `lĩnh vực ${lowerFirst(field)} `,
  listedIn: (appendix) => ` (chi tiết tại ${appendix})`,
  batchMidSentence: lowerFirst,
};
