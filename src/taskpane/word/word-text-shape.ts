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

/** Why the workbook named by the report could not be fetched from OneDrive: the pane then asks for the file. */
export type LinkedProblem = "no-location" | "not-onedrive" | "not-signed-in" | "not-found" | "no-permission" | "network" | "failed";

/** "Cập nhật số liệu": finding the workbook, the change list, the conflicts and "Chấp nhận thay đổi". */
export interface LivingText {
  readonly fetching: (workbook: string) => string;
  /** `workbook` is the name the report keeps, "" when it keeps none. */
  readonly problems: Readonly<Record<LinkedProblem, (workbook: string) => string>>;
  readonly fromOneDrive: (workbook: string) => string;
  readonly fromPicked: (workbook: string) => string;
  readonly heading: string;
  readonly listLabel: string;
  readonly noChanges: string;
  /** `figure` names it: "II.6.1 lô hàng". */
  readonly changed: (figure: string, from: string, to: string) => string;
  readonly conflict: (figure: string, typed: string, fresh: string) => string;
  readonly missing: (figure: string, fresh: string) => string;
  /** A conflict because the figure holds a tracked change: "Dùng số mới" is not offered, it would wipe the revision. */
  readonly tracked: (figure: string, fresh: string) => string;
  readonly trackedHint: string;
  /** A conflict because a comment or bookmark is anchored in the figure: "Dùng số mới" is not offered, it would drop it. */
  readonly annotated: (figure: string, fresh: string) => string;
  readonly annotatedHint: string;
  /** `list` names it: "Phụ lục bảng thu chi"; `from`, `to` count its items ("24 dòng"), as the CLI's lines do. */
  readonly listChanged: (list: string, from: string, to: string) => string;
  readonly listEdited: (list: string, fresh: string, tracked: boolean) => string;
  readonly listDeleted: (list: string, fresh: string) => string;
  readonly listGone: (list: string) => string;
  readonly show: string;
  readonly showLabel: (figure: string) => string;
  readonly keep: string;
  readonly keepLabel: (figure: string) => string;
  readonly useFresh: string;
  readonly useFreshLabel: (figure: string) => string;
  readonly kept: string;
  readonly used: (fresh: string) => string;
  readonly useFreshFailed: string;
  readonly gone: (figure: string) => string;
  readonly selectFailed: string;
  readonly highlightHint: string;
  readonly accept: string;
  readonly accepted: (n: string) => string;
  readonly acceptFailed: string;
  /** What the live region says when the list arrives. */
  readonly summary: (changed: string, review: string) => string;
}

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
  readonly updateFailed: string;
  readonly living: LivingText;
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
  /** The report went in, but this Word could not keep its record (custom XML parts need WordApi 1.4). */
  readonly notRecorded: string;
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
