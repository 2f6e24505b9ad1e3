/**
 * The pane in Word: pick a workbook (.xlsx) from the computer, check it, and
 * insert the report into the open document or a new one. Components get a
 * `WordPaneHost`; `officeWordPaneHost` is the live one.
 */
export { WordPane, type WordPaneProps, type OneDrivePickerSlot } from "./word-pane";
export { OneDrivePicker, type OneDrivePickerProps } from "./onedrive-picker";
export {
  listFromOneDrive,
  downloadFromOneDrive,
  sortWorkbooks,
  formatModified,
  formatSize,
  downloadFraction,
  pickerProblemMessage,
  pickerClientOf,
  workbookKey,
  isPickerBusy,
  initialPickerState,
  type OneDrivePickerClient,
  type OneDrivePickerState,
} from "./onedrive-picker-model";
export { officeWordPaneHost, readWorkbookBytes, type WordPaneHost, type WordPaneHostOptions } from "./word-pane-host";
export {
  wordPaneReducer,
  initialWordPaneState,
  isWordPaneBusy,
  type WordPaneState,
  type WordPaneAction,
  type WorkbookState,
  type InsertState,
} from "./word-pane-state";
export { wordPaneActions, updateSummary, type WordPaneActions, type PickedFile } from "./word-pane-actions";
export { insertWordReport, type WordInsertResult, type WordInsertOptions } from "./word-report";
export { insertMessage, readFailureText, saveMessage, type WordMessage } from "./word-messages";
export { wordText, WORD_TEXT, type WordText, type OneDrivePickerText, type OneDrivePickerProblemCode } from "./word-text";
export type { LivingText, LinkedProblem } from "./word-text-shape";
export { FigureChangeList, type FigureChangeListProps } from "./figure-change-list";
export { livingActions, type LivingActions } from "./living-actions";
export { livingReducer, initialLivingState, isLivingBusy, type LivingState, type LivingAction, type WorkbookSource, type Resolution } from "./living-state";
export { changeLine, resolutionLine, listedChanges, listLine, listedLists, offersFresh } from "./living-lines";
export { fetchLinkedWorkbook, linkedClientOf, type LinkedWorkbook, type LinkedWorkbookClient } from "./linked-workbook";
export { WordView } from "./word-view";
