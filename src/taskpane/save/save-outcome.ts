/** What became of the file, as far as the host can tell: nothing here claims the file was saved. */
export const SaveOutcome = {
  /** The pane handed it to the browser's download (Excel on the web, Windows). */
  Downloaded: "downloaded",
  /** The dialog page handed it to its download, on the user's click. */
  DialogDownload: "dialog-download",
  /** The system browser was opened on download.html with the file. */
  OpenedInBrowser: "opened-in-browser",
  /** Too large to carry to the system browser. */
  TooLargeForBrowser: "too-large-for-browser",
  /** The user closed the dialog first. */
  Cancelled: "cancelled",
  /** Nothing tried yet: this host cannot download (Excel for Mac), the clerk chooses a way. */
  NotDelivered: "not-delivered",
} as const;
export type SaveOutcome = (typeof SaveOutcome)[keyof typeof SaveOutcome];
