/** The OneDrive button's words, in Vietnamese and English, and a message for each problem code. */
import type { Lang } from "../../core/issues";
import type { OneDriveProblem, OneDriveProblemCode } from "./onedrive-save";

type Params = OneDriveProblem["params"];

export interface OneDriveText {
  readonly save: string;
  readonly openInWord: string;
  readonly retry: string;
  readonly saveLocally: string;
  readonly progressLabel: string;
  readonly signingIn: string;
  readonly finding: string;
  readonly uploading: (percent: string) => string;
  readonly saved: (name: string) => string;
  readonly renamed: (asked: string) => string;
  /** Said under every failure: the report is still at hand. */
  readonly notLost: string;
  readonly problems: Readonly<Record<OneDriveProblemCode, (p: Params) => string>>;
}

const attempts = (p: Params) => String(p.attempts ?? "");
const code = (p: Params) => [p.status, p.graphCode].filter((v) => v !== undefined).join(", ");

const VI: OneDriveText = {
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

const EN: OneDriveText = {
  save: "Save to OneDrive",
  openInWord: "Open in Word",
  retry: "Try again",
  saveLocally: "Download",
  progressLabel: "Upload to OneDrive",
  signingIn: "Signing in to your Microsoft account…",
  finding: "Finding the workbook's folder on OneDrive…",
  uploading: (percent) => `Uploading the report to OneDrive: ${percent}%`,
  saved: (name) => `The report is saved on OneDrive, in the workbook's folder: ${name}.`,
  renamed: (asked) => `The folder already had ${asked}, so the new report was saved under another name; the earlier file is untouched.`,
  notLost: "The report is not lost: you can still download the file.",
  problems: {
    "auth-not-configured": () =>
      "Microsoft sign-in is not set up for this add-in. An administrator needs to register an app in Microsoft Entra (single-page application, redirect URI brk-multihub://<the add-in's domain>, delegated permission Files.ReadWrite.All with Grant admin consent for the organisation), put its Application (client) ID in clientId in an app-config.json beside taskpane.html (or in src/config/app-config.ts, then rebuild the add-in). Everything else works as usual.",
    "not-signed-in": () =>
      "You are not signed in to a Microsoft account: the sign-in window was closed, or Office has no account signed in. Select Try again and sign in.",
    "consent-needed": () =>
      "Your account has not allowed Report Writer to read and write the files you can open on OneDrive and SharePoint (permission Files.ReadWrite.All). Select Try again and accept. With Microsoft 365's current default settings users usually cannot grant this themselves: an administrator then opens Microsoft Entra › Enterprise applications › Lập báo cáo (the name the app was registered under) › Permissions and selects Grant admin consent for the organisation.",
    "naa-unsupported": () =>
      "This version of Office cannot sign in from an add-in (it needs NestedAppAuth 1.1). Update Office, or download the report and upload it to OneDrive yourself.",
    "auth-network": () => "The Microsoft sign-in service could not be reached. Check the network, then select Try again.",
    "auth-failed": (p) => `Signing in to your Microsoft account failed (error code: ${p.detail ?? "unknown"}). Select Try again.`,
    "not-in-cloud": () =>
      "This workbook is not saved on OneDrive or SharePoint, so there is no folder to save the report in. Save the workbook to OneDrive and try again, or download the report.",
    "item-not-found": () => "The workbook was not found on OneDrive; it may have just been moved or renamed. Reopen it from OneDrive, then select Try again.",
    "no-permission": () => "Your account may not write to the workbook's folder. Ask the folder's owner for edit access, or download the report.",
    "name-conflict": () => "The folder already has a file of that name and OneDrive did not pick another. Select Try again.",
    unauthorized: () =>
      "OneDrive did not accept the sign-in, even after signing in again. Select Try again; if it fails again, sign out of Office and back in.",
    throttled: (p) => `OneDrive is busy (waited and tried ${attempts(p)} times). Select Try again in a few minutes.`,
    network: (p) => `The connection dropped while uploading to OneDrive (tried ${attempts(p)} times). Check the network, then select Try again.`,
    timeout: (p) => `OneDrive did not answer in time (waited and tried ${attempts(p)} times). The network may be slow; select Try again in a few minutes.`,
    "session-expired": () =>
      "The OneDrive upload session expired part-way. Select Try again to upload from the start; if the report is already in the folder, there is no need.",
    "storage-full": () => "The OneDrive is full. Free some space and try again, or download the report.",
    "server-error": (p) => `OneDrive reported an error (code: ${code(p)}). Select Try again in a few minutes.`,
    "bad-response": (p) => `OneDrive gave an unexpected answer (code: ${code(p)}). Select Try again.`,
    unexpected: (p) => `Saving to OneDrive failed (error: ${p.detail ?? "unknown"}). Select Try again.`,
  },
};

export const ONEDRIVE_TEXT: Readonly<Record<Lang, OneDriveText>> = { vi: VI, en: EN };

export function oneDriveText(lang: Lang): OneDriveText {
  return ONEDRIVE_TEXT[lang];
}

/** The message for a problem, in `lang`. */
export function problemMessage(problem: OneDriveProblem, lang: Lang): string {
  return ONEDRIVE_TEXT[lang].problems[problem.code](problem.params);
}
