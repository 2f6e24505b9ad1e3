/** The shape of the Word pane's words: each language's catalogue (word-text-vi.ts, word-text-en.ts) fills it in full. */
import type { XlsxBytesProblemCode } from "../../hosts/browser";
import type { InsertPlace, WordProblem } from "../../hosts/word";

/** "Chọn từ OneDrive": the picker's words; sign-in problems reuse the save button's messages. */
export interface OneDrivePickerText {
  readonly choose: string;
  readonly signingIn: string;
  readonly listing: string;
  readonly listLabel: string;
  readonly empty: string;
  readonly open: string;
  readonly refresh: string;
  /** The accessible line of one workbook: name, date modified, size. */
  readonly item: (name: string, date: string, size: string) => string;
  readonly modified: (date: string) => string;
  readonly progressLabel: string;
  readonly downloading: (name: string, percent: string) => string;
  /** Graph problems met while listing or downloading (the save button's words speak of uploading). */
  readonly problems: Readonly<Record<OneDrivePickerProblemCode, (p: Readonly<Record<string, string | number>>) => string>>;
}

export type OneDrivePickerProblemCode =
  "item-not-found" | "no-permission" | "unauthorized" | "throttled" | "network" | "server-error" | "bad-response" | "unexpected";

export interface WordText {
  readonly intro: string;
  readonly pickFile: string;
  readonly pickHint: string;
  /** The visible button that opens the file chooser (the browser's own says "Choose file" whatever the language). */
  readonly pickButton: string;
  readonly noFileChosen: string;
  readonly chosenFile: (file: string) => string;
  readonly fromOneDrive: string;
  readonly oneDrive: OneDrivePickerText;
  readonly reading: string;
  readonly readingSheet: (sheet: string) => string;
  readonly fileRead: (file: string) => string;
  readonly counts: (errors: string, warnings: string) => string;
  readonly noIssues: string;
  readonly warningsHeading: string;
  readonly placeLabel: string;
  readonly places: Readonly<Record<InsertPlace, string>>;
  readonly insert: string;
  readonly inserting: string;
  /** "Cập nhật số liệu": refresh the figures of the open report from the workbook (issue 12). */
  readonly updateFigures: string;
  readonly updatingFigures: string;
  readonly notLivingReport: string;
  /** `figure` names it: "II.6.1 lô". */
  readonly figureChanged: (figure: string, from: string, to: string) => string;
  readonly figureTypedOver: (figure: string, typed: string, fresh: string) => string;
  readonly figureDeleted: (figure: string, fresh: string) => string;
  readonly figuresUpdated: (changed: string, unchanged: string) => string;
  readonly updateFailed: string;
  readonly confirmReplace: string;
  readonly confirmReplaceYes: string;
  readonly cancel: string;
  readonly blockedByErrors: (n: string) => string;
  readonly noPeriod: string;
  readonly forceInsert: string;
  readonly toFix: string;
  readonly moreErrors: (n: string) => string;
  readonly inserted: Readonly<Record<InsertPlace, string>>;
  readonly bodyOnly: string;
  readonly rowsLeftOut: (n: string) => string;
  readonly warningsAllowed: (n: string) => string;
  readonly download: string;
  readonly downloaded: (file: string) => string;
  readonly saved: (file: string) => string;
  readonly saveCancelled: string;
  readonly saveFailed: string;
  readonly buildFailed: string;
  readonly readFailed: string;
  readonly fileProblems: Readonly<Record<XlsxBytesProblemCode, string>>;
  readonly wordProblem: (problem: WordProblem) => string;
}
