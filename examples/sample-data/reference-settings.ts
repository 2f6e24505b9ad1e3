/** `Thông tin` of the reference sample: the settings of the 2021 half-year report. */
import { INFO_KEYS, type InfoKey } from "../../src/core/schema";
import { utc } from "./dates";
import type { SampleValue } from "./sample-sheet";

/** The reference report's distribution list, one recipient a line (Alt+Enter in Excel). */
export const REFERENCE_DISTRIBUTION = [
  "Như trên;",
  "VP: Tỉnh uỷ, HĐND, UBND tỉnh;",
  "Ban Tuyên giáo Tỉnh uỷ;",
  "Cục Thống kê tỉnh;",
  "Lãnh đạo Sở;",
  "Các phòng, đơn vị thuộc Sở;",
  "Lưu: VT, KH&CN(LTHM).",
] as const;

export const REFERENCE_BASIS =
  "Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch phát triển KT-XH 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2021";

const VALUES: Readonly<Record<InfoKey, SampleValue>> = {
  parentAgency: "UBND TỈNH LẠNG SƠN",
  agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  agencyCode: "SKHCN",
  // Left blank on purpose: the clerk writes the number and the day once the report is signed.
  number: null,
  place: "Lạng Sơn",
  issueDate: null,
  from: utc(2021, 1, 1),
  to: utc(2021, 6, 30),
  periodName: null,
  recipient: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
  basis: REFERENCE_BASIS,
  signerTitle: "GIÁM ĐỐC",
  signer: "Nguyễn Thị Hà",
  distribution: REFERENCE_DISTRIBUTION.join("\n"),
};

/** One row a setting, in contract order: [Mục, Giá trị]. */
export function referenceSettingsRows(): SampleValue[][] {
  return INFO_KEYS.map((k) => [k.vi, VALUES[k.key]]);
}
