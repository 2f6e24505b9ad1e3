import { Lang } from "../i18n";

/** The report's file name, from the period's name: "bao-cao-6-thang-dau-nam-2021.docx", with "-en" when the report is in English. */
export function reportFileName(periodName: string | undefined, reportLang: Lang = Lang.Vi): string {
  const slug = (periodName ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `bao-cao${slug ? "-" + slug : ""}${reportLang === Lang.Vi ? "" : `-${reportLang}`}.docx`;
}
