/** The keys of the `Thông tin` sheet: the report's settings. */
import type { EpochDay } from "./record-of";

export const InfoValueType = { Text: "text", Date: "date", Lines: "lines" } as const;
export type InfoValueType = (typeof InfoValueType)[keyof typeof InfoValueType];

export interface InfoKeySpec {
  /** Field name in `ReportSettings`. */
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  readonly type: InfoValueType;
  readonly required: boolean;
  /** An example, used by the template. */
  readonly example: string;
}

export const INFO_KEYS = [
  { key: "parentAgency", vi: "Cơ quan chủ quản", en: "Parent agency", type: "text", required: true, example: "UBND TỈNH LẠNG SƠN" },
  { key: "agency", vi: "Cơ quan ban hành", en: "Agency", type: "text", required: true, example: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" },
  { key: "agencyCode", vi: "Ký hiệu cơ quan", en: "Agency code", type: "text", required: true, example: "SKHCN" },
  { key: "number", vi: "Số văn bản", en: "Number", type: "text", required: false, example: "" },
  { key: "place", vi: "Địa danh", en: "Place", type: "text", required: true, example: "Lạng Sơn" },
  { key: "issueDate", vi: "Ngày ban hành", en: "Issue date", type: "date", required: false, example: "" },
  { key: "from", vi: "Từ ngày", en: "Period from", type: "date", required: true, example: "01/01/2021" },
  { key: "to", vi: "Đến ngày", en: "Period to", type: "date", required: true, example: "30/06/2021" },
  { key: "periodName", vi: "Tên kỳ báo cáo", en: "Period name", type: "text", required: false, example: "" },
  { key: "recipient", vi: "Kính gửi", en: "Recipient", type: "text", required: true, example: "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn" },
  { key: "basis", vi: "Căn cứ", en: "Basis", type: "text", required: false, example: "" },
  { key: "signerTitle", vi: "Chức vụ người ký", en: "Signer title", type: "text", required: true, example: "GIÁM ĐỐC" },
  { key: "signer", vi: "Người ký", en: "Signer", type: "text", required: true, example: "Nguyễn Thị Hà" },
  { key: "distribution", vi: "Nơi nhận", en: "Distribution", type: "lines", required: false, example: "" },
] as const satisfies ReadonlyArray<InfoKeySpec>;

/** A key of the report's settings ("parentAgency", "from", …). */
export type InfoKey = (typeof INFO_KEYS)[number]["key"];

type InfoValue<K extends InfoKeySpec> = K["type"] extends "date" ? EpochDay : K["type"] extends "lines" ? ReadonlyArray<string> : string;

/** The report's settings, read off `INFO_KEYS`: a field per key, undefined when the value is blank or unreadable. */
export type ReportSettings = { -readonly [K in (typeof INFO_KEYS)[number] as K["key"]]?: InfoValue<K> };
