/** The Tạo báo cáo tab: read, check, write and save, with the .docx writer loaded on demand. */
export { GenerateTab, type GenerateTabProps } from "./generate-tab";
export { generateReport, stepStates, GenerateStep, GENERATE_STEPS, type GenerateResult, type StepState, type GenerateCallbacks, type GenerateOptions } from "./generate-report";
export { generateMessage, type GenerateMessage } from "./generate-messages";
