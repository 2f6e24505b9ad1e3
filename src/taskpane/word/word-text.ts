/**
 * The Word pane's words, in Vietnamese and English: its labels, and what each
 * Word or file problem means for the clerk and what to do instead.
 */
import type { XlsxBytesProblemCode } from "../../hosts/browser";
import type { InsertPlace, WordProblem } from "../../hosts/word";
import type { Lang } from "../../core/issues";

/** "Chọn từ OneDrive": the picker's words; sign-in problems reuse the save button's messages. */
export interface OneDrivePickerText {
  readonly choose: string;
  readonly signingIn: string;
  readonly listing: string;
  readonly listLabel: string;
  readonly empty: string;
  readonly open: string;
  readonly refresh: string;
  /** The accessible line of one workbook: name, date modified, size. */
  readonly item: (name: string, date: string, size: string) => string;
  readonly modified: (date: string) => string;
  readonly progressLabel: string;
  readonly downloading: (name: string, percent: string) => string;
  /** Graph problems met while listing or downloading (the save button's words speak of uploading). */
  readonly problems: Readonly<Record<OneDrivePickerProblemCode, (p: Readonly<Record<string, string | number>>) => string>>;
}

export type OneDrivePickerProblemCode =
  "item-not-found" | "no-permission" | "unauthorized" | "throttled" | "network" | "server-error" | "bad-response" | "unexpected";

export interface WordText {
  readonly intro: string;
  readonly pickFile: string;
  readonly pickHint: string;
  /** The visible button that opens the file chooser (the browser's own says "Choose file" whatever the language). */
  readonly pickButton: string;
  readonly noFileChosen: string;
  readonly chosenFile: (file: string) => string;
  readonly fromOneDrive: string;
  readonly oneDrive: OneDrivePickerText;
  readonly reading: string;
  readonly readingSheet: (sheet: string) => string;
  readonly fileRead: (file: string) => string;
  readonly counts: (errors: string, warnings: string) => string;
  readonly noIssues: string;
  readonly warningsHeading: string;
  readonly placeLabel: string;
  readonly places: Readonly<Record<InsertPlace, string>>;
  readonly insert: string;
  readonly inserting: string;
  /** "Cập nhật số liệu": refresh the figures of the open report from the workbook (issue 12). */
  readonly updateFigures: string;
  readonly updatingFigures: string;
  readonly notLivingReport: string;
  /** `figure` names it: "II.6.1 lô". */
  readonly figureChanged: (figure: string, from: string, to: string) => string;
  readonly figureTypedOver: (figure: string, typed: string, fresh: string) => string;
  readonly figureDeleted: (figure: string, fresh: string) => string;
  readonly figuresUpdated: (changed: string, unchanged: string) => string;
  readonly updateFailed: string;
  readonly confirmReplace: string;
  readonly confirmReplaceYes: string;
  readonly cancel: string;
  readonly blockedByErrors: (n: string) => string;
  readonly noPeriod: string;
  readonly forceInsert: string;
  readonly toFix: string;
  readonly moreErrors: (n: string) => string;
  readonly inserted: Readonly<Record<InsertPlace, string>>;
  readonly bodyOnly: string;
  readonly rowsLeftOut: (n: string) => string;
  readonly warningsAllowed: (n: string) => string;
  readonly download: string;
  readonly downloaded: (file: string) => string;
  readonly saved: (file: string) => string;
  readonly saveCancelled: string;
  readonly saveFailed: string;
  readonly buildFailed: string;
  readonly readFailed: string;
  readonly fileProblems: Readonly<Record<XlsxBytesProblemCode, string>>;
  readonly wordProblem: (problem: WordProblem) => string;
}

const VI: WordText = {
  intro: "Chọn sổ số liệu (.xlsx), xem lại kết quả kiểm tra, rồi chèn báo cáo vào văn bản này hoặc mở trong văn bản mới.",
  pickFile: "Chọn sổ số liệu (.xlsx) trên máy tính",
  pickHint: "Sổ chỉ được đọc ngay trên máy này, không gửi đi đâu.",
  pickButton: "Chọn tệp…",
  noFileChosen: "Chưa chọn tệp nào.",
  chosenFile: (file) => `Đã chọn: ${file}`,
  fromOneDrive: "Hoặc mở từ OneDrive",
  oneDrive: {
    choose: "Chọn từ OneDrive",
    signingIn: "Đang đăng nhập tài khoản Microsoft…",
    listing: "Đang tìm các sổ .xlsx trên OneDrive…",
    listLabel: "Sổ số liệu trên OneDrive (mới sửa nhất ở trên)",
    empty: "Không tìm thấy sổ .xlsx nào trên OneDrive của tài khoản này. Có thể chọn sổ trên máy tính ở trên.",
    open: "Mở sổ đã chọn",
    refresh: "Tải lại danh sách",
    item: (name, date, size) => `${name}, sửa ngày ${date}, ${size}`,
    modified: (date) => `sửa ngày ${date}`,
    progressLabel: "Tiến độ tải sổ từ OneDrive",
    downloading: (name, percent) => `Đang tải sổ ${name} từ OneDrive: ${percent}%`,
    problems: {
      "item-not-found": () => "Không tìm thấy sổ này trên OneDrive nữa; có thể sổ vừa bị chuyển, đổi tên hoặc xoá. Hãy tải lại danh sách.",
      "no-permission": () => "Tài khoản không có quyền đọc sổ này. Hãy nhờ người chủ sổ chia sẻ cho bạn, hoặc chọn sổ trên máy tính.",
      unauthorized: () =>
        "OneDrive không chấp nhận phiên đăng nhập, kể cả sau khi đăng nhập lại. Hãy bấm Thử lại; nếu vẫn lỗi, hãy đăng xuất rồi đăng nhập lại Office.",
      throttled: (p) => `OneDrive đang bận (đã chờ và thử ${p.attempts ?? ""} lần). Hãy bấm Thử lại sau ít phút.`,
      network: (p) => `Mất kết nối mạng khi đọc OneDrive (đã thử ${p.attempts ?? ""} lần). Hãy kiểm tra mạng rồi bấm Thử lại.`,
      "server-error": (p) => `OneDrive báo lỗi (mã: ${[p.status, p.graphCode].filter((v) => v !== undefined).join(", ")}). Hãy bấm Thử lại sau ít phút.`,
      "bad-response": (p) => `OneDrive trả lời không như mong đợi (mã: ${p.status ?? "không rõ"}). Hãy bấm Thử lại.`,
      unexpected: (p) => `Không lấy được sổ từ OneDrive (lỗi: ${p.detail ?? "không rõ"}). Hãy bấm Thử lại.`,
    },
  },
  reading: "Đang đọc sổ số liệu",
  readingSheet: (sheet) => `Đang đọc trang ${sheet}…`,
  fileRead: (file) => `Đã đọc sổ ${file}.`,
  counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo.`,
  noIssues: "Không có lỗi hay cảnh báo nào.",
  warningsHeading: "Các cảnh báo",
  placeLabel: "Chèn báo cáo vào đâu",
  places: { start: "Đầu văn bản", end: "Cuối văn bản", replace: "Thay toàn bộ nội dung", "new-document": "Văn bản mới" },
  insert: "Chèn báo cáo",
  inserting: "Đang lập và chèn báo cáo…",
  updateFigures: "Cập nhật số liệu",
  updatingFigures: "Đang cập nhật số liệu…",
  notLivingReport: "Văn bản đang mở không phải báo cáo do công cụ này lập (không có phần ghi nguồn số liệu), nên không cập nhật được. Hãy chèn báo cáo mới.",
  figureChanged: (figure, from, to) => `${figure}: ${from} → ${to} (tô vàng trong văn bản)`,
  figureTypedOver: (figure, typed, fresh) => `${figure}: đã được sửa tay thành “${typed}” (số liệu nay là ${fresh}); giữ nguyên, hãy xem lại.`,
  figureDeleted: (figure, fresh) => `${figure}: số liệu này đã bị xoá khỏi văn bản (nay là ${fresh}); không ghi lại.`,
  figuresUpdated: (changed, unchanged) => `Đã cập nhật ${changed} số liệu; ${unchanged} số liệu không đổi.`,
  updateFailed: "Chưa cập nhật được số liệu: Word không cho ghi vào văn bản. Hãy thử lại.",
  confirmReplace: "Toàn bộ nội dung hiện có của văn bản sẽ được thay bằng báo cáo. Có thể hoàn tác bằng Ctrl+Z. Tiếp tục?",
  confirmReplaceYes: "Thay toàn bộ nội dung",
  cancel: "Huỷ",
  blockedByErrors: (n) =>
    `Chưa chèn báo cáo vì sổ còn ${n} lỗi. Hãy sửa các ô dưới đây trong Excel rồi chọn lại sổ, hoặc chèn báo cáo bỏ qua các dòng lỗi (các dòng này được liệt kê ở phụ lục cuối báo cáo).`,
  noPeriod: "Chưa có kỳ báo cáo hợp lệ (Từ ngày, Đến ngày ở trang Thông tin) nên chưa lập được báo cáo.",
  forceInsert: "Vẫn chèn báo cáo, bỏ qua các dòng lỗi",
  toFix: "Các ô cần sửa",
  moreErrors: (n) => `Còn ${n} lỗi khác.`,
  inserted: {
    start: "Đã chèn báo cáo vào đầu văn bản; nội dung cũ nằm ngay sau báo cáo.",
    end: "Đã chèn báo cáo vào cuối văn bản, sau nội dung cũ.",
    replace: "Đã thay nội dung văn bản bằng báo cáo.",
    "new-document":
      "Word đã mở báo cáo trong một văn bản mới. Nếu không thấy cửa sổ mới (trình duyệt có thể chặn cửa sổ bật lên), hãy cho phép cửa sổ bật lên cho Office, hoặc tải tệp .docx về.",
  },
  bodyOnly:
    "Phiên bản Word này chỉ cho chèn phần nội dung: tiêu đề trang, khổ giấy và lề của báo cáo có thể không được giữ. Nếu cần đúng thể thức, hãy tải tệp .docx về.",
  rowsLeftOut: (n) => `Đã bỏ qua ${n} lỗi; các dòng này được liệt kê ở phụ lục cuối báo cáo.`,
  warningsAllowed: (n) => `Có ${n} cảnh báo; báo cáo vẫn được lập.`,
  download: "Tải tệp .docx về",
  downloaded: (file) => `Đã chuyển ${file} cho trình duyệt tải về; hãy xem thư mục Tải xuống (Downloads).`,
  saved: (file) => `Hộp thoại đã chuyển ${file} cho trình duyệt tải về; hãy xem thư mục Tải xuống (Downloads).`,
  saveCancelled: "Hộp thoại đã đóng trước khi chuyển tệp.",
  saveFailed: "Chưa lưu được tệp. Hãy thử lại.",
  buildFailed: "Chưa lập được báo cáo. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này.",
  readFailed: "Không đọc được sổ số liệu. Hãy thử lại; nếu vẫn lỗi, hãy mở sổ bằng Excel, lưu lại rồi chọn lại.",
  fileProblems: {
    empty: "Tệp này trống, không có gì để đọc.",
    xls: "Đây là tệp .xls cũ (Excel 97–2003). Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chọn lại.",
    encrypted: "Sổ số liệu có mật khẩu nên không đọc được. Hãy bỏ mật khẩu trong Excel rồi chọn lại.",
    "not-workbook": "Tệp này không phải sổ số liệu Excel (.xlsx).",
    corrupt: "Sổ số liệu bị hỏng, không đọc được. Hãy mở bằng Excel, lưu lại rồi chọn lại.",
    "too-large":
      "Sổ số liệu khi giải nén lớn quá mức một sổ báo cáo có thể có, nên không đọc (có thể tệp đã bị làm hỏng có chủ ý). Hãy mở bằng Excel, xoá các dòng thừa, lưu lại rồi chọn lại.",
  },
  wordProblem: (p) => {
    switch (p.code) {
      case "unsupported":
        return `Phiên bản Word này chưa làm được việc này (cần ${p.set ?? "WordApi"}). Hãy tải tệp .docx về rồi mở bằng Word.`;
      case "not-allowed":
        return p.method === "new-document"
          ? "Word không mở được văn bản mới từ đây (Word trên web chưa hỗ trợ việc này trong một số phiên bản). Hãy chọn chèn vào văn bản đang mở, hoặc tải tệp .docx về."
          : "Word không cho chèn báo cáo ở đây. Hãy tải tệp .docx về rồi mở bằng Word.";
      case "too-large":
        return "Báo cáo lớn hơn 4 MB, quá giới hạn Word nhận khi chèn. Hãy tải tệp .docx về rồi mở bằng Word.";
      case "read-only":
        return "Văn bản đang mở chỉ để xem hoặc đang bị khoá nên không chèn được. Hãy bật chế độ chỉnh sửa rồi thử lại, hoặc tải tệp .docx về.";
      case "failed":
        return `Không chèn được báo cáo vào Word${p.errorCode ? ` (mã lỗi: ${p.errorCode})` : ""}. Hãy thử lại, hoặc tải tệp .docx về.`;
    }
  },
};

const EN: WordText = {
  intro: "Choose the report workbook (.xlsx), review the check, then insert the report into this document or open it as a new one.",
  pickFile: "Choose the report workbook (.xlsx) on this computer",
  pickHint: "The workbook is read on this computer only; it is not sent anywhere.",
  pickButton: "Choose a file…",
  noFileChosen: "No file chosen.",
  chosenFile: (file) => `Chosen: ${file}`,
  fromOneDrive: "Or open from OneDrive",
  oneDrive: {
    choose: "Choose from OneDrive",
    signingIn: "Signing in to your Microsoft account…",
    listing: "Looking for .xlsx workbooks on OneDrive…",
    listLabel: "Workbooks on OneDrive (most recently changed first)",
    empty: "No .xlsx workbook was found on this account's OneDrive. You can choose one from this computer above.",
    open: "Open the chosen workbook",
    refresh: "Reload the list",
    item: (name, date, size) => `${name}, changed ${date}, ${size}`,
    modified: (date) => `changed ${date}`,
    progressLabel: "Download from OneDrive",
    downloading: (name, percent) => `Downloading ${name} from OneDrive: ${percent}%`,
    problems: {
      "item-not-found": () => "This workbook is no longer on OneDrive; it may have been moved, renamed or deleted. Reload the list.",
      "no-permission": () => "Your account may not read this workbook. Ask its owner to share it with you, or choose one from this computer.",
      unauthorized: () =>
        "OneDrive did not accept the sign-in, even after signing in again. Select Try again; if it fails again, sign out of Office and back in.",
      throttled: (p) => `OneDrive is busy (waited and tried ${p.attempts ?? ""} times). Select Try again in a few minutes.`,
      network: (p) => `The connection dropped while reading OneDrive (tried ${p.attempts ?? ""} times). Check the network, then select Try again.`,
      "server-error": (p) =>
        `OneDrive reported an error (code: ${[p.status, p.graphCode].filter((v) => v !== undefined).join(", ")}). Select Try again in a few minutes.`,
      "bad-response": (p) => `OneDrive gave an unexpected answer (code: ${p.status ?? "unknown"}). Select Try again.`,
      unexpected: (p) => `The workbook could not be fetched from OneDrive (error: ${p.detail ?? "unknown"}). Select Try again.`,
    },
  },
  reading: "Reading the workbook",
  readingSheet: (sheet) => `Reading sheet ${sheet}…`,
  fileRead: (file) => `Read ${file}.`,
  counts: (errors, warnings) => `${errors} errors, ${warnings} warnings.`,
  noIssues: "No errors or warnings.",
  warningsHeading: "Warnings",
  placeLabel: "Where to insert the report",
  places: { start: "Start of the document", end: "End of the document", replace: "Replace all content", "new-document": "New document" },
  insert: "Insert the report",
  inserting: "Writing and inserting the report…",
  updateFigures: "Update figures",
  updatingFigures: "Updating the figures…",
  notLivingReport:
    "The open document is not a report this tool wrote (it has no record of its figures' sources), so it cannot be updated. Insert a new report.",
  figureChanged: (figure, from, to) => `${figure}: ${from} → ${to} (highlighted in the document)`,
  figureTypedOver: (figure, typed, fresh) => `${figure}: typed over as “${typed}” (the workbook now gives ${fresh}); kept, please review.`,
  figureDeleted: (figure, fresh) => `${figure}: this figure was deleted from the document (now ${fresh}); not written back.`,
  figuresUpdated: (changed, unchanged) => `${changed} figure(s) updated; ${unchanged} unchanged.`,
  updateFailed: "The figures could not be updated: Word did not let the pane write to the document. Try again.",
  confirmReplace: "All the document's current content will be replaced by the report. Ctrl+Z undoes it. Go on?",
  confirmReplaceYes: "Replace all content",
  cancel: "Cancel",
  blockedByErrors: (n) =>
    `The report was not inserted: the workbook has ${n} errors. Fix the cells below in Excel and choose the workbook again, or insert the report without the rows in error (they are listed in an appendix at the end).`,
  noPeriod: "There is no valid reporting period (Period from, Period to on the Report sheet), so no report can be written.",
  forceInsert: "Insert anyway, leaving out the rows in error",
  toFix: "Cells to fix",
  moreErrors: (n) => `${n} more errors.`,
  inserted: {
    start: "The report was inserted at the start of the document; the earlier content follows it.",
    end: "The report was inserted at the end of the document, after the earlier content.",
    replace: "The document's content was replaced by the report.",
    "new-document":
      "Word opened the report as a new document. If no new window appears (the browser may block pop-ups), allow pop-ups for Office, or download the .docx.",
  },
  bodyOnly:
    "This version of Word inserts the content only: the report's page header, paper size and margins may not be kept. Download the .docx if the exact layout matters.",
  rowsLeftOut: (n) => `${n} errors were left out; their rows are listed in an appendix at the end of the report.`,
  warningsAllowed: (n) => `${n} warnings; the report was still written.`,
  download: "Download the .docx",
  downloaded: (file) => `${file} was handed to the browser's download; look in the Downloads folder.`,
  saved: (file) => `The dialog handed ${file} to the browser's download; look in the Downloads folder.`,
  saveCancelled: "The dialog was closed before it handed the file over.",
  saveFailed: "The file could not be saved. Try again.",
  buildFailed: "The report could not be written. Try again; if it still fails, close and reopen this pane.",
  readFailed: "The workbook could not be read. Try again; if it still fails, open it in Excel, save it and choose it again.",
  fileProblems: {
    empty: "This file is empty.",
    xls: "This is an old .xls file (Excel 97–2003). Open it in Excel, save it as .xlsx and choose it again.",
    encrypted: "The workbook is password-protected and cannot be read. Remove the password in Excel and choose it again.",
    "not-workbook": "This file is not an Excel workbook (.xlsx).",
    corrupt: "The workbook is damaged and cannot be read. Open it in Excel, save it and choose it again.",
    "too-large":
      "Unpacked, the workbook is far larger than any report workbook, so it is not read (the file may have been crafted). Open it in Excel, delete the surplus rows, save it and choose it again.",
  },
  wordProblem: (p) => {
    switch (p.code) {
      case "unsupported":
        return `This version of Word cannot do this (it needs ${p.set ?? "WordApi"}). Download the .docx and open it in Word.`;
      case "not-allowed":
        return p.method === "new-document"
          ? "Word cannot open a new document from here (some builds of Word on the web do not support it). Insert into the open document instead, or download the .docx."
          : "Word does not allow inserting the report here. Download the .docx and open it in Word.";
      case "too-large":
        return "The report is over 4 MB, more than Word accepts for an insertion. Download the .docx and open it in Word.";
      case "read-only":
        return "The open document is read-only or locked. Switch to editing and try again, or download the .docx.";
      case "failed":
        return `The report could not be inserted into Word${p.errorCode ? ` (error code: ${p.errorCode})` : ""}. Try again, or download the .docx.`;
    }
  },
};

const WORD_TEXT: Readonly<Record<Lang, WordText>> = { vi: VI, en: EN };

export function wordText(lang: Lang): WordText {
  return WORD_TEXT[lang];
}
