/** The download dialog's words. */
import type { Lang } from "../../core/issues";

export interface DownloadText {
  readonly title: string;
  readonly waiting: (received: number, total: number) => string;
  readonly ready: (name: string) => string;
  readonly save: string;
  readonly started: (name: string) => string;
  readonly broken: string;
  readonly tooLarge: string;
  readonly inconsistent: string;
}

const TEXT: Readonly<Record<Lang, DownloadText>> = {
  vi: {
    title: "Lưu báo cáo",
    waiting: (received, total) => (total > 0 ? `Đang nhận tệp (${received}/${total})…` : "Đang nhận tệp…"),
    ready: (name) => `Báo cáo đã sẵn sàng: ${name}. Bấm Lưu tệp để lưu về máy.`,
    save: "Lưu tệp",
    started: (name) => `Đã chuyển ${name} cho trình duyệt tải về. Hãy xem trong thư mục Tải về (Downloads).`,
    broken: "Tệp nhận được bị hỏng. Hãy đóng hộp thoại này và bấm Tạo báo cáo lần nữa.",
    tooLarge: "Tệp gửi đến lớn hơn mức một báo cáo có thể có (20 MB), nên không được nhận. Hãy đóng hộp thoại này.",
    inconsistent: "Các phần của tệp gửi đến không khớp nhau, nên không được nhận. Hãy đóng hộp thoại này và thử lại.",
  },
  en: {
    title: "Save the report",
    waiting: (received, total) => (total > 0 ? `Receiving the file (${received}/${total})…` : "Receiving the file…"),
    ready: (name) => `The report is ready: ${name}. Select Save the file to save it.`,
    save: "Save the file",
    started: (name) => `${name} was handed to the browser's download. Look in the Downloads folder.`,
    broken: "The file arrived damaged. Close this dialog and select Write the report again.",
    tooLarge: "The file sent is larger than a report can be (20 MB), so it was refused. Close this dialog.",
    inconsistent: "The parts of the file sent do not match, so it was refused. Close this dialog and try again.",
  },
};

export function downloadText(lang: Lang): DownloadText {
  return TEXT[lang];
}
