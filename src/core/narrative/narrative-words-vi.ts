/** The report's fixed words in Vietnamese. */
import type { NarrativeWords } from "./narrative-words-shape";

export const NARRATIVE_WORDS_VI: NarrativeWords = {
  reportTitle: "Báo cáo",
  financeTableTitle: (period, estimate) => `Biểu thu – chi tài chính ${period}${estimate ? " và ước thực hiện cả năm" : ""}`,
  financeUnit: "Đơn vị tính: đồng",
  and: " và ",
  noCalibrations: "Trong kỳ chưa có số liệu kiểm định, hiệu chuẩn phương tiện đo.",
  calibrationsFailedLead: " Trong đó, không đạt yêu cầu: ",
  calibrationsOpening: (activities) => `Tổ chức ${activities} phương tiện đo`,
};
