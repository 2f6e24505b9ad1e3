/** Vietnamese words for each issue code: what is wrong and what to do, in a clerk's plain words. */
import { IssueCode as C, type IssueMessages, type IssueParam } from "./issue";

const q = (v: IssueParam | undefined): string => `“${v ?? ""}”`;

/** What a computed figure is, by its key; a register's kind is named as it is. */
const FIGURE_VI: Readonly<Record<string, string>> = {
  "tasks-managed": "số nhiệm vụ quản lý, theo dõi trong kỳ",
  "tasks-accepted": "số nhiệm vụ nghiệm thu trong kỳ",
  certificates: "số Giấy chứng nhận đăng ký kết quả cấp trong kỳ",
  lots: "số lô hàng nhập khẩu đăng ký kiểm tra trong kỳ",
  "revenue-actual": "tổng thu thực hiện trong kỳ",
  "revenue-plan": "tổng thu dự toán",
  "expenditure-actual": "tổng chi thực hiện trong kỳ",
  "expenditure-plan": "tổng chi dự toán",
};

export const MESSAGES_VI: IssueMessages = {
  [C.SheetMissing]: (p) => `Không tìm thấy trang tính ${q(p.sheet)}. Hãy thêm trang này (nút Tạo mẫu tạo sẵn) hoặc đổi tên trang đang có cho đúng.`,
  [C.HeaderNotFound]: (p) => `Không tìm thấy dòng tiêu đề cột của trang ${q(p.sheet)}: cần một dòng ghi tên các cột như trong mẫu.`,
  [C.ColumnMissing]: (p) => `Thiếu cột bắt buộc ${q(p.column)}. Hãy thêm cột này vào dòng tiêu đề.`,
  [C.ColumnDuplicate]: (p) => `Cột ${q(p.column)} xuất hiện hai lần; chương trình dùng cột ở ô ${p.otherCell}.`,
  [C.ColumnUnknown]: (p) => `Các cột không có trong mẫu sẽ không đưa vào báo cáo: ${p.columns}.`,
  [C.SheetDuplicate]: (p) => `Có hai trang cùng là ${q(p.sheet)}; chương trình dùng trang ${q(p.other)}.`,
  [C.SheetUnknown]: () => `Trang này không thuộc mẫu báo cáo nên được bỏ qua.`,
  [C.RowsBelowTable]: (p) =>
    `Có ${p.count} dòng nhập bên dưới bảng ${q(p.table)} (bảng kết thúc ở dòng ${p.tableEnd}). Chương trình vẫn đọc các dòng này; hãy kéo dãn bảng để bảng gồm cả các dòng đó.`,
  [C.ValueMissing]: (p) => `Ô này để trống nhưng cột ${q(p.column)} bắt buộc phải có giá trị.`,
  [C.ExcelError]: (p) => `Ô có lỗi Excel ${p.value} (cột ${q(p.column)}). Hãy sửa công thức hoặc nhập lại giá trị.`,
  [C.DateInvalid]: (p) => `${q(p.value)} không phải là ngày (cột ${q(p.column)}). Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/01/2021.`,
  [C.DateImpossible]: (p) => `Ngày ${q(p.value)} không có trên lịch (cột ${q(p.column)}). Hãy kiểm tra lại ngày và tháng.`,
  [C.NumberInvalid]: (p) =>
    `${q(p.value)} không phải là số (cột ${q(p.column)}). Số viết dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân, ví dụ 2.550.000 hoặc 2,5.`,
  [C.NumberNotInteger]: (p) => `Số lượng phải là số nguyên, không được ${q(p.value)} (cột ${q(p.column)}).`,
  [C.NumberNegative]: (p) => `Giá trị ${q(p.value)} bị âm (cột ${q(p.column)}); cột này chỉ nhận số từ 0 trở lên.`,
  [C.NumberNotPositive]: (p) => `Giá trị ${q(p.value)} phải lớn hơn 0 (cột ${q(p.column)}).`,
  [C.CategoryUnknown]: (p) => `${q(p.value)} không có trong danh mục của cột ${q(p.column)}. Có phải là ${q(p.nearest)}? Các giá trị được dùng: ${p.allowed}.`,
  [C.ControlCharsRemoved]: (p) => `Đã bỏ ${p.count} ký tự điều khiển không in được trong ô (cột ${q(p.column)}).`,
  [C.ValueOnlyControlChars]: (p) =>
    `Ô này chỉ có ${p.count} ký tự điều khiển không in được, bỏ đi thì ô trống, nhưng cột ${q(p.column)} bắt buộc phải có giá trị. Hãy xóa ô rồi nhập lại nội dung.`,
  [C.CodeInvalid]: (p) => `Mã ${q(p.value)} không đúng dạng số thứ tự (1, 1.1, 1.1.2) (cột ${q(p.column)}).`,
  [C.DuplicateValue]: (p) => `${q(p.value)} bị trùng với ô ${p.otherCell}; cột ${q(p.column)} không được có hai dòng cùng giá trị.`,
  [C.EndBeforeStart]: (p) => `Ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start} (ô ${p.startCell}).`,
  [C.StatusNeedsDate]: (p) => `Nhiệm vụ có trạng thái ${q(p.status)} nhưng chưa có ${q(p.column)}.`,
  [C.DateWithoutStatus]: (p) => `Có ${q(p.column)} nhưng trạng thái là ${q(p.status)}, chưa phải “Đã nghiệm thu”.`,
  [C.FinanceSumMismatch]: (p) =>
    `Dòng này ghi ${p.value} nhưng tổng các dòng con (${p.children}) là ${p.sum}, chênh lệch ${p.difference} (cột ${q(p.column)}).`,
  [C.FinanceParentMissing]: (p) => `Mã ${q(p.code)} không có dòng mẹ ${q(p.parent)} (cột ${q(p.column)}).`,
  [C.FinanceKindMismatch]: (p) => `Dòng ${q(p.code)} khác loại thu/chi với dòng mẹ ${q(p.parent)} (cột ${q(p.column)}).`,
  [C.ActivityAmountWithoutViolation]: (p) =>
    `Có số tiền nhưng kết quả là ${p.result === "" ? "để trống" : q(p.result)}; cột ${q(p.column)} chỉ ghi khi kết quả là “Vi phạm”.`,
  [C.ActivitySlotUnknown]: (p) => `Câu có chỗ điền {${p.value}} không có trong danh mục (cột ${q(p.column)}). Các chỗ điền được dùng: ${p.known}.`,
  [C.ActivityKindIncomplete]: (p) => `Loại hoạt động mới ${q(p.kind)} chưa có ${q(p.column)}; loại tự thêm cần ghi cả Mục và Câu.`,
  [C.ActivitySectionUnknown]: (p) =>
    `Loại hoạt động ${q(p.kind)} thuộc mục ${q(p.section)}, không có trong đề cương báo cáo nên đoạn về loại này không được đưa vào. Các mục có: ${p.known}.`,
  [C.RowNumberInvalid]: (p) =>
    `Một dòng trong tệp mang số dòng ${q(p.value)}, không phải số dòng của Excel (1 đến 1.048.576), nên không đọc được. Hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`,
  [C.RowNumberRepeated]: (p) =>
    `Dòng ${p.value} xuất hiện lần nữa (hoặc nằm sau một dòng có số lớn hơn) nên bị bỏ qua. Hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`,
  [C.CellReferenceInvalid]: (p) => `Ô ghi địa chỉ ${q(p.value)}, không khớp với dòng chứa nó. Hãy mở tệp bằng Excel, kiểm tra ô này và lưu lại.`,
  [C.SharedStringMissing]: (p) =>
    `Ô này trỏ tới chuỗi văn bản số ${p.value} nhưng tệp không có chuỗi đó, nên không đọc được giá trị. Hãy mở tệp bằng Excel, nhập lại ô và lưu lại.`,
  [C.SettingMissing]: (p) => `Chưa nhập ${q(p.key)} trong trang Thông tin; báo cáo cần mục này.`,
  [C.SettingUnknown]: (p) => `Mục ${q(p.key)} không có trong mẫu nên được bỏ qua.`,
  [C.SettingDuplicate]: (p) => `Mục ${q(p.key)} nhập hai lần; chương trình dùng giá trị ở ô ${p.otherCell}.`,
  [C.PeriodInvalid]: (p) => `Kỳ báo cáo không hợp lệ: “Đến ngày” ${p.to} trước “Từ ngày” ${p.from}.`,
  [C.SectionUnknown]: (p) => `Mục ${q(p.section)} không có trong đề cương báo cáo nên đoạn này không được đưa vào. Các mục có: ${p.known}.`,
  [C.ReportYearMismatch]: (p) => `Mục ${p.section} viết “${p.phrase}” nhưng báo cáo là về ${p.periodName}. Hãy kiểm tra lại năm.`,
  [C.ReportZeroWithText]: (p) =>
    `Mục ${p.section}: số liệu ${p.figure} trong kỳ bằng 0 nhưng đoạn văn lại viết “${p.phrase}”. Hãy kiểm tra số liệu hoặc đoạn văn.`,
  [C.ReportSectionEmpty]: (p) =>
    `${p.count} mục chưa có nội dung: ${p.sections}. Báo cáo in ở mỗi mục này một dòng đánh dấu kèm ghi chú để viết tiếp trong Word; hãy nhập nội dung ở trang Nội dung (cột Mục ghi số mục) hoặc bỏ mục khỏi đề cương.`,
  [C.ReportFigureSum]: (p) =>
    `Mục ${p.section}: ${q(p.parts)} cộng lại là ${p.sum}, không phải ${q(p.total)} như đã ghi. Hãy sửa tổng số hoặc các số thành phần cho khớp.`,
  [C.ReportFigurePercent]: (p) =>
    `Mục ${p.section}: ${q(p.part)} là ${p.expected}% của ${q(p.whole)}, không phải ${q(p.percent)}` +
    (p.sum === undefined ? "" : ` (so với tổng các số thành phần ${p.sum} thì là ${p.sumExpected}%)`) +
    `. Hãy sửa tỷ lệ cho đúng.`,
  [C.ReportFigureList]: (p) =>
    `Mục ${p.section}: đoạn văn ghi ${q(p.phrase)} nhưng danh sách kèm theo có ${p.items} mục. Hãy ghi đúng số lượng (${p.items}) hoặc liệt kê đủ.`,
  [C.ReportFigureNotListed]: (p) =>
    `Mục ${p.section}: đoạn văn ghi ${q(p.phrase)} nhưng danh sách ${q(p.list)} (${p.items}) ` +
    (String(p.listed) === "0" ? `không có mục này.` : `chỉ có ${p.listed}.`) +
    ` Hãy bổ sung vào danh sách (và sửa tổng số) hoặc sửa đoạn văn.`,
  [C.ReportFigureComputed]: (p) =>
    `Mục ${p.section}: đoạn văn ghi ${q(p.phrase)} nhưng theo trang ${p.sheet}, ${FIGURE_VI[String(p.figure)] ?? `số ${p.figure}`} là ${p.computed}. Hãy sửa đoạn văn hoặc số liệu trên trang ${p.sheet}.`,
};
