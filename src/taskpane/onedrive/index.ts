/** "Lưu lên OneDrive" for the Tạo báo cáo tab: the button, its step-by-step logic and its words (the Office host is in ../host). */
export { OneDriveSave, type OneDriveSaveProps } from "./onedrive-save-button";
export {
  saveToOneDrive,
  canRetry,
  oneDriveProblemOf,
  OneDrivePhase,
  UNEXPECTED,
  type OneDriveHost,
  type OneDriveClient,
  type OneDriveState,
  type OneDriveProblem,
  type OneDriveProblemCode,
} from "./onedrive-save";
export { oneDriveText, problemMessage, ONEDRIVE_TEXT, type OneDriveText } from "./onedrive-text";
