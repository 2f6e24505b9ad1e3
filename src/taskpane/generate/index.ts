/** The Tạo báo cáo tab: read, check, write and save, with the .docx writer loaded on demand. */
export { GenerateTab, type GenerateTabProps } from "./generate-tab";
export { generateMessage, type GenerateMessage } from "./generate-messages";
export { outcomeLine } from "./generate-messages";
