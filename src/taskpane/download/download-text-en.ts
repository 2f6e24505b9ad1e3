/** The download dialog's words in English. */
import type { DownloadText } from "./download-text-shape";

export const DOWNLOAD_TEXT_EN: DownloadText = {
  title: "Save the report",
  waiting: (received, total) => (total > 0 ? `Receiving the file (${received}/${total})…` : "Receiving the file…"),
  ready: (name) => `The report is ready: ${name}. Select Save the file to save it.`,
  save: "Save the file",
  started: (name) => `${name} was handed to the browser's download. Look in the Downloads folder.`,
  broken: "The file arrived damaged. Close this dialog and select Write the report again.",
  tooLarge: "The file sent is larger than a report can be (20 MB), so it was refused. Close this dialog.",
  inconsistent: "The parts of the file sent do not match, so it was refused. Close this dialog and try again.",
};
