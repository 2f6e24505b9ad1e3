/**
 * The workbook contract (`shared/spec/workbook.md`) as data. Real workbooks
 * are typed to it by hand: change it only together with the contract.
 */
import { ValueType as T, SheetKey, type SheetSpec } from "./column-spec";

export const TASK_LEVELS = ["Quốc gia", "Tỉnh", "Cơ sở"] as const;
export const TASK_FIELDS = ["Nông nghiệp và phát triển nông thôn", "Xã hội - nhân văn", "Y dược", "Kỹ thuật - công nghệ", "Khoa học tự nhiên"] as const;
export const TASK_STATUSES = ["Đề xuất", "Tuyển chọn", "Đang thực hiện", "Đã nghiệm thu", "Dừng"] as const;
export const GOODS_GROUPS = ["Đồ chơi trẻ em", "Đồ điện, điện tử", "Thép", "Mũ bảo hiểm", "Khác"] as const;
export const LOT_RESULTS = ["Đạt", "Không đạt", "Đang xử lý"] as const;
export const ACTIVITIES = ["Kiểm định", "Hiệu chuẩn", "Đo kiểm", "Thử nghiệm"] as const;
export const PASS_FAIL = ["Đạt", "Không đạt"] as const;
export const FINANCE_KINDS = ["Thu", "Chi"] as const;
/** The contract's built-in activity kinds; `core/activities` gives each its section and sentences. */
export const BUILT_IN_ACTIVITY_KINDS = [
  "Thẩm định công nghệ",
  "Cấp giấy phép X-quang",
  "Cấp chứng chỉ nhân viên bức xạ",
  "Đào tạo an toàn bức xạ",
  "Xét công nhận sáng kiến",
  "Hội nghị, hội thảo",
  "Khảo sát chất lượng",
  "Công bố hợp chuẩn",
  "Niêm phong cột đo xăng dầu",
  "Cân đối chứng",
  "Thanh tra",
  "Kiểm tra",
] as const;
export type BuiltInActivityKind = (typeof BUILT_IN_ACTIVITY_KINDS)[number];
export const ACTIVITY_RESULTS = ["Đạt", "Không đạt", "Vi phạm", "Không vi phạm"] as const;

export type TaskLevel = (typeof TASK_LEVELS)[number];
export type TaskField = (typeof TASK_FIELDS)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type GoodsGroup = (typeof GOODS_GROUPS)[number];
export type LotResult = (typeof LOT_RESULTS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type PassFail = (typeof PASS_FAIL)[number];
export type FinanceKind = (typeof FINANCE_KINDS)[number];
export type ActivityResult = (typeof ACTIVITY_RESULTS)[number];
/** The results that count as failed in an activity's figures, and the one an amount goes with. */
export const FAILED_RESULTS: ReadonlyArray<ActivityResult> = ["Không đạt", "Vi phạm"];
export const VIOLATION_RESULT: ActivityResult = "Vi phạm";

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

/** The department's other registers, one row per thing done. `kind` is text here: the allowed kinds depend on the catalogue (`core/activities`), which the checks match it against. */
export const ACTIVITIES_SHEET = {
  key: SheetKey.Activities,
  vi: "Hoạt động",
  en: "Activities",
  aliases: ["HoatDong"],
  required: false,
  columns: [
    { key: "date", vi: "Ngày", en: "Date", type: T.Date, required: true },
    { key: "kind", vi: "Loại hoạt động", en: "Kind", type: T.Text, required: true, suggestions: BUILT_IN_ACTIVITY_KINDS },
    { key: "subject", vi: "Đối tượng", en: "Subject", type: T.Text, required: true },
    { key: "quantity", vi: "Số lượng", en: "Quantity", type: T.Integer, required: false, min: "positive" },
    { key: "participants", vi: "Số người", en: "Participants", type: T.Integer, required: false, min: "nonNegative" },
    { key: "batch", vi: "Đợt", en: "Batch", type: T.Text, required: false },
    { key: "result", vi: "Kết quả", en: "Result", type: T.Category, required: false, values: ACTIVITY_RESULTS },
    { key: "amount", vi: "Số tiền (đồng)", en: "Amount (VND)", type: T.Number, required: false, min: "nonNegative" },
    { key: "note", vi: "Ghi chú", en: "Note", type: T.Text, required: false },
  ],
} as const satisfies SheetSpec;

/** What each kind of activity says; rows add kinds or override built-in ones. Absent: the built-in catalogue alone. */
export const ACTIVITY_KINDS_SHEET = {
  key: SheetKey.ActivityKinds,
  vi: "Danh mục hoạt động",
  en: "Activity kinds",
  aliases: ["DanhMucHoatDong", "ActivityKinds"],
  required: false,
  whenMissing: "quiet",
  columns: [
    { key: "kind", vi: "Loại hoạt động", en: "Kind", type: T.Text, required: true, unique: true },
    { key: "section", vi: "Mục", en: "Section", type: T.Text, required: false },
    { key: "sentence", vi: "Câu", en: "Sentence", type: T.Text, required: false },
    { key: "unit", vi: "Đơn vị", en: "Unit", type: T.Text, required: false },
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
  ACTIVITIES_SHEET,
  ACTIVITY_KINDS_SHEET,
  NARRATIVE_SHEET,
];

/** The data sheets by key: what `WorkbookData` holds, one record type each. */
export const DATA_SHEETS = {
  tasks: TASKS_SHEET,
  lots: LOTS_SHEET,
  calibrations: CALIBRATIONS_SHEET,
  finance: FINANCE_SHEET,
  narrative: NARRATIVE_SHEET,
  activities: ACTIVITIES_SHEET,
  activityKinds: ACTIVITY_KINDS_SHEET,
} as const satisfies { readonly [K in Exclude<SheetKey, "info">]: SheetSpec & { readonly key: K } };

export type DataSheetKey = keyof typeof DATA_SHEETS;
