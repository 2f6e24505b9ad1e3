/** The Word pane's words in Vietnamese: its labels, and what each Word or file problem means for the clerk and what to do instead. */
import type { WordText } from "./word-text-shape";

export const WORD_TEXT_VI: WordText = {
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
  updateFailed: "Chưa cập nhật được số liệu: Word không cho ghi vào văn bản. Hãy thử lại.",
  living: {
    fetching: (workbook) => `Đang lấy sổ ${workbook} từ OneDrive…`,
    problems: {
      "no-location": () => "Báo cáo này không ghi sổ số liệu nằm ở đâu. Hãy chọn sổ số liệu ở trên, rồi bấm lại “Cập nhật số liệu”.",
      "not-onedrive": (workbook) =>
        `Sổ số liệu của báo cáo này (${workbook}) không nằm trên OneDrive nên không tự lấy được. Hãy chọn sổ ở trên, rồi bấm lại “Cập nhật số liệu”.`,
      "not-signed-in": (workbook) =>
        `Chưa đăng nhập tài khoản Microsoft nên chưa lấy được sổ ${workbook} từ OneDrive. Hãy đăng nhập Office, hoặc chọn sổ ở trên rồi bấm lại “Cập nhật số liệu”.`,
      "not-found": (workbook) =>
        `Không tìm thấy sổ ${workbook} trên OneDrive nữa; có thể sổ đã bị chuyển, đổi tên hoặc xoá. Hãy chọn sổ ở trên, rồi bấm lại “Cập nhật số liệu”.`,
      "no-permission": (workbook) =>
        `Tài khoản đang đăng nhập không có quyền đọc sổ ${workbook} trên OneDrive. Hãy nhờ người chủ sổ chia sẻ, hoặc chọn sổ ở trên rồi bấm lại “Cập nhật số liệu”.`,
      network: (workbook) => `Mất kết nối mạng khi lấy sổ ${workbook} từ OneDrive. Hãy kiểm tra mạng rồi bấm lại “Cập nhật số liệu”, hoặc chọn sổ ở trên.`,
      failed: (workbook) => `Chưa lấy được sổ ${workbook} từ OneDrive. Hãy bấm lại “Cập nhật số liệu”, hoặc chọn sổ ở trên.`,
    },
    fromOneDrive: (workbook) => `Đã lấy sổ số liệu từ OneDrive: ${workbook}`,
    fromPicked: (workbook) => `Số liệu lấy từ sổ: ${workbook}`,
    heading: "Kết quả cập nhật số liệu",
    listLabel: "Các số liệu đã thay đổi và cần xem lại",
    noChanges: "Không có số liệu nào thay đổi.",
    changed: (figure, from, to) => `${figure}: ${from} → ${to}`,
    conflict: (figure, typed, fresh) => `${figure}: văn bản đang ghi “${typed}” (đã sửa tay), số liệu mới là ${fresh}.`,
    missing: (figure, fresh) => `${figure}: số liệu này đã bị xoá khỏi văn bản (số liệu mới là ${fresh}); không ghi lại.`,
    tracked: (figure, fresh) =>
      `${figure}: có sửa đổi đang được theo dõi (Theo dõi Thay đổi); hãy chấp nhận hoặc từ chối trong Word trước (số liệu mới là ${fresh}).`,
    trackedHint: "Chưa ghi số mới vào đây để khỏi mất sửa đổi của người duyệt. Sau khi chấp nhận hoặc từ chối sửa đổi, hãy bấm lại “Cập nhật số liệu”.",
    annotated: (figure, fresh) => `${figure}: có ghi chú hoặc dấu trang gắn vào số liệu này; chưa ghi số liệu mới (${fresh}) để khỏi mất ghi chú.`,
    annotatedHint: "Muốn ghi số mới thì xoá ghi chú (hoặc dấu trang) trên số liệu này hay chuyển nó ra ngoài số liệu, rồi bấm lại “Cập nhật số liệu”.",
    listChanged: (list, from, to) => (from === to ? `${list}: cập nhật số liệu (${to})` : `${list}: ${from} → ${to}`),
    listEdited: (list, fresh, tracked) =>
      `${list}: ${tracked ? "có sửa đổi đang được theo dõi (Theo dõi Thay đổi) bên trong" : "đã được sửa trong văn bản"} (sổ nay cho ${fresh}); giữ nguyên, chỉ cập nhật các số liệu trong đó, hãy xem lại.`,
    listDeleted: (list, fresh) => `${list}: đã bị xoá khỏi văn bản (sổ nay cho ${fresh}); không ghi lại.`,
    listGone: (list) => `${list}: không còn trong văn bản (đã bị xoá), nên không chọn được.`,
    show: "Xem trong văn bản",
    showLabel: (figure) => `Xem trong văn bản: ${figure}`,
    keep: "Giữ chữ đã sửa",
    keepLabel: (figure) => `Giữ chữ đã sửa: ${figure}`,
    useFresh: "Dùng số mới",
    useFreshLabel: (figure) => `Dùng số mới: ${figure}`,
    kept: "Đã giữ chữ đã sửa.",
    used: (fresh) => `Đã ghi số mới ${fresh} (tô vàng trong văn bản).`,
    useFreshFailed: "Chưa ghi được số mới: Word không cho sửa văn bản. Hãy thử lại.",
    gone: (figure) => `${figure}: số liệu này không còn trong văn bản (chỗ ghi số liệu đã bị xoá), nên không chọn được.`,
    selectFailed: "Word không chọn được số liệu này. Hãy thử lại.",
    highlightHint: "Các số liệu vừa ghi được tô vàng trong văn bản cho đến khi bấm “Chấp nhận thay đổi”.",
    accept: "Chấp nhận thay đổi",
    accepted: (n) => `Đã chấp nhận thay đổi: bỏ tô vàng ở ${n} chỗ ghi số liệu.`,
    acceptFailed: "Chưa bỏ được tô vàng: Word không cho sửa văn bản. Hãy thử lại.",
    summary: (changed, review) => `Đã cập nhật ${changed} số liệu; ${review} số liệu cần xem lại.`,
  },
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
  notRecorded:
    "Phiên bản Word này không lưu được thông tin nguồn số liệu trong văn bản, nên sau này không dùng được “Cập nhật số liệu” cho báo cáo vừa chèn. Nếu cần cập nhật về sau, hãy tải tệp .docx về và mở tệp đó.",
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
