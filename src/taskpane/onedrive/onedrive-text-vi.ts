/** The OneDrive button's words in Vietnamese, and a message for each problem code. */
import { problemAttempts as attempts, problemStatus as code, type OneDriveText } from "./onedrive-text-shape";

export const ONEDRIVE_TEXT_VI: OneDriveText = {
  save: "Lưu lên OneDrive",
  openInWord: "Mở trong Word",
  retry: "Thử lại",
  saveLocally: "Tải về máy",
  progressLabel: "Tiến độ tải lên OneDrive",
  signingIn: "Đang đăng nhập tài khoản Microsoft…",
  finding: "Đang tìm thư mục chứa sổ trên OneDrive…",
  uploading: (percent) => `Đang tải báo cáo lên OneDrive: ${percent}%`,
  saved: (name) => `Đã lưu báo cáo lên OneDrive, cùng thư mục với sổ: ${name}.`,
  renamed: (asked) => `Thư mục đã có tệp ${asked} nên báo cáo mới được lưu với tên khác; tệp cũ giữ nguyên.`,
  notLost: "Báo cáo không bị mất: vẫn có thể tải tệp về máy.",
  problems: {
    "auth-not-configured": () =>
      "Chưa thiết lập đăng nhập Microsoft cho phần bổ trợ. Người quản trị cần đăng ký ứng dụng trong Microsoft Entra (kiểu ứng dụng một trang, địa chỉ chuyển hướng brk-multihub://<tên miền của phần bổ trợ>, quyền ủy quyền Files.ReadWrite.All, cấp quyền cho cả tổ chức bằng Grant admin consent), ghi mã ứng dụng (Application (client) ID) vào mục clientId của tệp app-config.json đặt cạnh taskpane.html (hoặc trong src/config/app-config.ts rồi dựng lại phần bổ trợ). Các chức năng khác vẫn dùng bình thường.",
    "not-signed-in": () =>
      "Chưa đăng nhập được tài khoản Microsoft: cửa sổ đăng nhập đã đóng, hoặc Office chưa đăng nhập tài khoản nào. Hãy bấm Thử lại và đăng nhập.",
    "consent-needed": () =>
      "Tài khoản chưa cho phép Lập báo cáo đọc và ghi các tệp bạn mở được trên OneDrive và SharePoint (quyền Files.ReadWrite.All). Hãy bấm Thử lại và chấp nhận. Theo thiết lập mặc định của Microsoft 365 hiện nay, người dùng thường không tự cấp được quyền này: khi đó quản trị viên cần vào Microsoft Entra › Enterprise applications › Lập báo cáo (tên ứng dụng đã đăng ký) › Permissions và chọn Grant admin consent cho cả đơn vị.",
    "naa-unsupported": () =>
      "Phiên bản Office này chưa hỗ trợ đăng nhập từ phần bổ trợ (cần NestedAppAuth 1.1). Hãy cập nhật Office lên bản mới, hoặc tải báo cáo về máy rồi tự tải lên OneDrive.",
    "auth-network": () => "Không kết nối được dịch vụ đăng nhập của Microsoft. Hãy kiểm tra mạng rồi bấm Thử lại.",
    "auth-failed": (p) => `Không đăng nhập được tài khoản Microsoft (mã lỗi: ${p.detail ?? "không rõ"}). Hãy bấm Thử lại.`,
    "not-in-cloud": () =>
      "Sổ này chưa được lưu trên OneDrive hay SharePoint nên chưa biết lưu báo cáo vào thư mục nào. Hãy lưu sổ lên OneDrive rồi thử lại, hoặc tải báo cáo về máy.",
    "item-not-found": () => "Không tìm thấy sổ trên OneDrive; có thể sổ vừa được chuyển hoặc đổi tên. Hãy mở lại sổ từ OneDrive rồi bấm Thử lại.",
    "no-permission": () => "Tài khoản không có quyền ghi vào thư mục chứa sổ. Hãy nhờ người chủ thư mục cấp quyền chỉnh sửa, hoặc tải báo cáo về máy.",
    "name-conflict": () => "Thư mục đã có tệp cùng tên và OneDrive không tự đặt tên khác. Hãy bấm Thử lại.",
    unauthorized: () =>
      "OneDrive không chấp nhận phiên đăng nhập, kể cả sau khi đăng nhập lại. Hãy bấm Thử lại; nếu vẫn lỗi, hãy đăng xuất rồi đăng nhập lại Office.",
    throttled: (p) => `OneDrive đang bận (đã chờ và thử ${attempts(p)} lần). Hãy bấm Thử lại sau ít phút.`,
    network: (p) => `Mất kết nối mạng khi tải lên OneDrive (đã thử ${attempts(p)} lần). Hãy kiểm tra mạng rồi bấm Thử lại.`,
    timeout: (p) => `OneDrive không trả lời kịp (đã chờ và thử ${attempts(p)} lần). Mạng có thể đang chậm; hãy bấm Thử lại sau ít phút.`,
    "session-expired": () =>
      "Phiên tải lên OneDrive đã hết hạn giữa chừng. Hãy bấm Thử lại để tải lên từ đầu; nếu báo cáo đã có trong thư mục, không cần tải lại.",
    "storage-full": () => "OneDrive đã hết dung lượng. Hãy giải phóng bớt dung lượng rồi thử lại, hoặc tải báo cáo về máy.",
    "server-error": (p) => `OneDrive báo lỗi (mã: ${code(p)}). Hãy bấm Thử lại sau ít phút.`,
    "bad-response": (p) => `OneDrive trả lời không như mong đợi (mã: ${code(p)}). Hãy bấm Thử lại.`,
    unexpected: (p) => `Không lưu được lên OneDrive (lỗi: ${p.detail ?? "không rõ"}). Hãy bấm Thử lại.`,
  },
};
