/**
 * The workbook contract (`shared/spec/workbook.md`) as data. Real workbooks
 * are typed to it by hand: change it only together with the contract.
 */
import { ValueType as T, SheetKey, type SheetSpec } from "./column-spec";

export const TASK_LEVELS = ["Quốc gia", "Tỉnh", "Cơ sở"] as const;
export const TASK_FIELDS = [
  "Nông nghiệp và phát triển nông thôn",
  "Xã hội - nhân văn",
  "Y dược",
  "Kỹ thuật - công nghệ",
  "Khoa học tự nhiên",
] as const;
export const TASK_STATUSES = ["Đề xuất", "Tuyển chọn", "Đang thực hiện", "Đã nghiệm thu", "Dừng"] as const;
export const GOODS_GROUPS = ["Đồ chơi trẻ em", "Đồ điện, điện tử", "Thép", "Mũ bảo hiểm", "Khác"] as const;
export const LOT_RESULTS = ["Đạt", "Không đạt", "Đang xử lý"] as const;
export const ACTIVITIES = ["Kiểm định", "Hiệu chuẩn", "Đo kiểm", "Thử nghiệm"] as const;
export const PASS_FAIL = ["Đạt", "Không đạt"] as const;
export const FINANCE_KINDS = ["Thu", "Chi"] as const;

export type TaskLevel = (typeof TASK_LEVELS)[number];
export type TaskField = (typeof TASK_FIELDS)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type GoodsGroup = (typeof GOODS_GROUPS)[number];
export type LotResult = (typeof LOT_RESULTS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type PassFail = (typeof PASS_FAIL)[number];
export type FinanceKind = (typeof FINANCE_KINDS)[number];

export const INFO_SHEET = {
  key: SheetKey.Info,
  vi: "Thông tin",
  en: "Report",
  aliases: ["ThongTin", "Settings"],
  required: true,
  columns: [
    { key: "key", vi: "Mục", en: "Key", type: T.Text, required: true },
    { key: "value", vi: "Giá trị", en: "Value", type: T.Text, required: false },
  ],
} as const satisfies SheetSpec;

export const TASKS_SHEET = {
  key: SheetKey.Tasks,
  vi: "Nhiệm vụ",
  en: "Tasks",
  aliases: ["NhiemVu"],
  required: false,
  columns: [
    { key: "code", vi: "Mã nhiệm vụ", en: "Code", type: T.Text, required: true, unique: true },
    { key: "title", vi: "Tên nhiệm vụ", en: "Title", type: T.Text, required: true },
    { key: "level", vi: "Cấp quản lý", en: "Level", type: T.Category, required: true, values: TASK_LEVELS },
    { key: "field", vi: "Lĩnh vực", en: "Field", type: T.Category, required: true, values: TASK_FIELDS },
    { key: "host", vi: "Tổ chức chủ trì", en: "Host organisation", type: T.Text, required: false },
    { key: "investigator", vi: "Chủ nhiệm", en: "Principal investigator", type: T.Text, required: false },
    { key: "start", vi: "Ngày bắt đầu", en: "Start", type: T.Date, required: true },
    { key: "end", vi: "Ngày kết thúc", en: "End", type: T.Date, required: true },
    { key: "budget", vi: "Kinh phí (triệu đồng)", en: "Budget (million VND)", type: T.Number, required: false, min: "nonNegative" },
    { key: "status", vi: "Trạng thái", en: "Status", type: T.Category, required: true, values: TASK_STATUSES },
    { key: "acceptedOn", vi: "Ngày nghiệm thu", en: "Accepted on", type: T.Date, required: false },
    { key: "certifiedOn", vi: "Ngày cấp GCN", en: "Results registered on", type: T.Date, required: false },
  ],
} as const satisfies SheetSpec;

export const LOTS_SHEET = {
  key: SheetKey.Lots,
  vi: "Lô hàng",
  en: "Lots",
  aliases: ["LoHang"],
  required: false,
  columns: [
    { key: "registrationNo", vi: "Số đăng ký", en: "Registration no.", type: T.Text, required: true, unique: true },
    { key: "registeredOn", vi: "Ngày đăng ký", en: "Registered on", type: T.Date, required: true },
    { key: "importer", vi: "Tổ chức nhập khẩu", en: "Importer", type: T.Text, required: true },
    { key: "group", vi: "Nhóm hàng", en: "Goods group", type: T.Category, required: true, values: GOODS_GROUPS },
    { key: "goods", vi: "Tên hàng", en: "Goods", type: T.Text, required: false },
    { key: "quantity", vi: "Số lượng", en: "Quantity", type: T.Number, required: false, min: "positive" },
    { key: "unit", vi: "Đơn vị tính", en: "Unit", type: T.Text, required: false },
    { key: "borderGate", vi: "Cửa khẩu", en: "Border gate", type: T.Text, required: false },
    { key: "result", vi: "Kết quả", en: "Result", type: T.Category, required: true, values: LOT_RESULTS },
  ],
} as const satisfies SheetSpec;

export const CALIBRATIONS_SHEET = {
  key: SheetKey.Calibrations,
  vi: "Kiểm định",
  en: "Calibrations",
  aliases: ["KiemDinh"],
  required: false,
  columns: [
    { key: "date", vi: "Ngày", en: "Date", type: T.Date, required: true },
    { key: "activity", vi: "Hình thức", en: "Activity", type: T.Category, required: true, values: ACTIVITIES },
    { key: "instrument", vi: "Phương tiện đo", en: "Instrument", type: T.Text, required: true },
    { key: "quantity", vi: "Số lượng", en: "Quantity", type: T.Integer, required: true, min: "positive" },
    { key: "unit", vi: "Đơn vị tính", en: "Unit", type: T.Text, required: true },
    { key: "customer", vi: "Khách hàng", en: "Customer", type: T.Text, required: false },
    { key: "result", vi: "Kết quả", en: "Result", type: T.Category, required: true, values: PASS_FAIL },
    { key: "certificateNo", vi: "Số giấy chứng nhận", en: "Certificate no.", type: T.Text, required: false },
  ],
} as const satisfies SheetSpec;

export const FINANCE_SHEET = {
  key: SheetKey.Finance,
  vi: "Tài chính",
  en: "Finance",
  aliases: ["TaiChinh"],
  required: false,
  columns: [
    { key: "code", vi: "Mã", en: "Code", type: T.OutlineCode, required: true, unique: true },
    { key: "item", vi: "Nội dung", en: "Item", type: T.Text, required: true },
    { key: "kind", vi: "Loại", en: "Kind", type: T.Category, required: true, values: FINANCE_KINDS },
    { key: "plan", vi: "Dự toán năm (đồng)", en: "Annual plan (VND)", type: T.Number, required: true, min: "nonNegative" },
    { key: "actual", vi: "Thực hiện kỳ báo cáo (đồng)", en: "Actual in period (VND)", type: T.Number, required: true, min: "nonNegative" },
    { key: "estimate", vi: "Ước cả năm (đồng)", en: "Estimate for the year (VND)", type: T.Number, required: false, min: "nonNegative" },
    { key: "note", vi: "Ghi chú", en: "Note", type: T.Text, required: false },
  ],
} as const satisfies SheetSpec;

export const NARRATIVE_SHEET = {
  key: SheetKey.Narrative,
  vi: "Nội dung",
  en: "Narrative",
  aliases: ["NoiDung"],
  required: false,
  columns: [
    { key: "section", vi: "Mục", en: "Section", type: T.Text, required: true },
    { key: "text", vi: "Nội dung", en: "Text", type: T.Text, required: true },
  ],
} as const satisfies SheetSpec;

/** The template's hidden sheet of drop-down lists: part of the product, never reported as unknown. */
export const LIST_SHEET_NAME = "_Danh mục";

/** All sheets, in the order the template lays them out. */
export const SHEETS: ReadonlyArray<SheetSpec> = [
  INFO_SHEET,
  TASKS_SHEET,
  LOTS_SHEET,
  CALIBRATIONS_SHEET,
  FINANCE_SHEET,
  NARRATIVE_SHEET,
];

/** The data sheets by key: what `WorkbookData` holds, one record type each. */
export const DATA_SHEETS = {
  tasks: TASKS_SHEET,
  lots: LOTS_SHEET,
  calibrations: CALIBRATIONS_SHEET,
  finance: FINANCE_SHEET,
  narrative: NARRATIVE_SHEET,
} as const satisfies { readonly [K in Exclude<SheetKey, "info">]: SheetSpec & { readonly key: K } };

export type DataSheetKey = keyof typeof DATA_SHEETS;
