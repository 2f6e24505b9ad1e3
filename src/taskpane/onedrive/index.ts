/** "Lưu lên OneDrive" for the Tạo báo cáo tab: the button, its step-by-step logic, its words and its Office host. */
export { OneDriveSave, type OneDriveSaveProps } from "./onedrive-save-button";
export { saveToOneDrive, canRetry, oneDriveProblemOf, OneDrivePhase, UNEXPECTED, type OneDriveHost, type OneDriveClient, type OneDriveState, type OneDriveProblem, type OneDriveProblemCode } from "./onedrive-save";
export { oneDriveText, problemMessage, ONEDRIVE_TEXT, type OneDriveText } from "./onedrive-text";
export { officeOneDriveHost, officeOneDriveClient, runtimeOneDriveHost, loadRuntimeConfig, type OneDriveClientDeps } from "./onedrive-host";
