/** The download dialog's words. */
import type { Lang } from "../../core/issues";

export interface DownloadText {
  readonly title: string;
  readonly waiting: (received: number, total: number) => string;
  readonly ready: (name: string) => string;
  readonly save: string;
  readonly saved: (name: string) => string;
  readonly broken: string;
}

const TEXT: Readonly<Record<Lang, DownloadText>> = {
  vi: {
    title: "Lưu báo cáo",
    waiting: (received, total) => (total > 0 ? `Đang nhận tệp (${received}/${total})…` : "Đang nhận tệp…"),
    ready: (name) => `Báo cáo đã sẵn sàng: ${name}. Bấm Lưu tệp để lưu về máy.`,
    save: "Lưu tệp",
    saved: (name) => `Đã lưu ${name}. Hộp thoại sẽ tự đóng.`,
    broken: "Tệp nhận được bị hỏng. Hãy đóng hộp thoại này và bấm Tạo báo cáo lần nữa.",
  },
  en: {
    title: "Save the report",
    waiting: (received, total) => (total > 0 ? `Receiving the file (${received}/${total})…` : "Receiving the file…"),
    ready: (name) => `The report is ready: ${name}. Select Save the file to save it.`,
    save: "Save the file",
    saved: (name) => `${name} saved. This dialog closes by itself.`,
    broken: "The file arrived damaged. Close this dialog and select Write the report again.",
  },
};

export function downloadText(lang: Lang): DownloadText {
  return TEXT[lang];
}
