/** The download dialog's words in Vietnamese. */
import type { DownloadText } from "./download-text-shape";

export const DOWNLOAD_TEXT_VI: DownloadText = {
  title: "Lưu báo cáo",
  waiting: (received, total) => (total > 0 ? `Đang nhận tệp (${received}/${total})…` : "Đang nhận tệp…"),
  ready: (name) => `Báo cáo đã sẵn sàng: ${name}. Bấm Lưu tệp để lưu về máy.`,
  save: "Lưu tệp",
  started: (name) => `Đã chuyển ${name} cho trình duyệt tải về. Hãy xem trong thư mục Tải về (Downloads).`,
  broken: "Tệp nhận được bị hỏng. Hãy đóng hộp thoại này và bấm Tạo báo cáo lần nữa.",
  tooLarge: "Tệp gửi đến lớn hơn mức một báo cáo có thể có (20 MB), nên không được nhận. Hãy đóng hộp thoại này.",
  inconsistent: "Các phần của tệp gửi đến không khớp nhau, nên không được nhận. Hãy đóng hộp thoại này và thử lại.",
};
