/** The Word pane's words in English. */
import type { WordText } from "./word-text-shape";

export const WORD_TEXT_EN: WordText = {
  intro: "Choose the report workbook (.xlsx), review the check, then insert the report into this document or open it as a new one.",
  pickFile: "Choose the report workbook (.xlsx) on this computer",
  pickHint: "The workbook is read on this computer only; it is not sent anywhere.",
  pickButton: "Choose a file…",
  noFileChosen: "No file chosen.",
  chosenFile: (file) => `Chosen: ${file}`,
  fromOneDrive: "Or open from OneDrive",
  oneDrive: {
    choose: "Choose from OneDrive",
    signingIn: "Signing in to your Microsoft account…",
    listing: "Looking for .xlsx workbooks on OneDrive…",
    listLabel: "Workbooks on OneDrive (most recently changed first)",
    empty: "No .xlsx workbook was found on this account's OneDrive. You can choose one from this computer above.",
    open: "Open the chosen workbook",
    refresh: "Reload the list",
    item: (name, date, size) => `${name}, changed ${date}, ${size}`,
    modified: (date) => `changed ${date}`,
    progressLabel: "Download from OneDrive",
    downloading: (name, percent) => `Downloading ${name} from OneDrive: ${percent}%`,
    problems: {
      "item-not-found": () => "This workbook is no longer on OneDrive; it may have been moved, renamed or deleted. Reload the list.",
      "no-permission": () => "Your account may not read this workbook. Ask its owner to share it with you, or choose one from this computer.",
      unauthorized: () =>
        "OneDrive did not accept the sign-in, even after signing in again. Select Try again; if it fails again, sign out of Office and back in.",
      throttled: (p) => `OneDrive is busy (waited and tried ${p.attempts ?? ""} times). Select Try again in a few minutes.`,
      network: (p) => `The connection dropped while reading OneDrive (tried ${p.attempts ?? ""} times). Check the network, then select Try again.`,
      "server-error": (p) =>
        `OneDrive reported an error (code: ${[p.status, p.graphCode].filter((v) => v !== undefined).join(", ")}). Select Try again in a few minutes.`,
      "bad-response": (p) => `OneDrive gave an unexpected answer (code: ${p.status ?? "unknown"}). Select Try again.`,
      unexpected: (p) => `The workbook could not be fetched from OneDrive (error: ${p.detail ?? "unknown"}). Select Try again.`,
    },
  },
  reading: "Reading the workbook",
  readingSheet: (sheet) => `Reading sheet ${sheet}…`,
  fileRead: (file) => `Read ${file}.`,
  counts: (errors, warnings) => `${errors} errors, ${warnings} warnings.`,
  noIssues: "No errors or warnings.",
  warningsHeading: "Warnings",
  placeLabel: "Where to insert the report",
  places: { start: "Start of the document", end: "End of the document", replace: "Replace all content", "new-document": "New document" },
  insert: "Insert the report",
  inserting: "Writing and inserting the report…",
  updateFigures: "Update figures",
  updatingFigures: "Updating the figures…",
  notLivingReport:
    "The open document is not a report this tool wrote (it has no record of its figures' sources), so it cannot be updated. Insert a new report.",
  updateFailed: "The figures could not be updated: Word did not let the pane write to the document. Try again.",
  living: {
    fetching: (workbook) => `Fetching ${workbook} from OneDrive…`,
    problems: {
      "no-location": () => "This report does not say where its workbook is. Choose the workbook above, then select “Update figures” again.",
      "not-onedrive": (workbook) =>
        `This report's workbook (${workbook}) is not on OneDrive, so it cannot be fetched. Choose it above, then select “Update figures” again.`,
      "not-signed-in": (workbook) =>
        `You are not signed in to a Microsoft account, so ${workbook} could not be fetched from OneDrive. Sign in to Office, or choose the workbook above and select “Update figures” again.`,
      "not-found": (workbook) =>
        `${workbook} is no longer on OneDrive; it may have been moved, renamed or deleted. Choose the workbook above, then select “Update figures” again.`,
      "no-permission": (workbook) =>
        `The signed-in account may not read ${workbook} on OneDrive. Ask its owner to share it, or choose the workbook above and select “Update figures” again.`,
      network: (workbook) =>
        `The connection dropped while fetching ${workbook} from OneDrive. Check the network and select “Update figures” again, or choose the workbook above.`,
      failed: (workbook) => `${workbook} could not be fetched from OneDrive. Select “Update figures” again, or choose the workbook above.`,
    },
    fromOneDrive: (workbook) => `Fetched the Excel workbook from OneDrive: ${workbook}`,
    fromPicked: (workbook) => `Figures taken from: ${workbook}`,
    heading: "Figures updated",
    listLabel: "Figures changed and figures to review",
    noChanges: "No figure changed.",
    changed: (figure, from, to) => `${figure}: ${from} → ${to}`,
    conflict: (figure, typed, fresh) => `${figure}: the document says “${typed}” (typed over); the new figure is ${fresh}.`,
    missing: (figure, fresh) => `${figure}: the figure was deleted from the document (the new figure is ${fresh}); not written back.`,
    tracked: (figure, fresh) => `${figure}: holds a tracked change; accept or reject it in Word first (the new figure is ${fresh}).`,
    trackedHint: "The new figure is not written here, so the reviewer's revision is not lost. Once it is accepted or rejected, select “Update figures” again.",
    annotated: (figure, fresh) => `${figure}: a comment or bookmark is attached to this figure; the new figure (${fresh}) is not written, so it is not lost.`,
    annotatedHint: "To write the new figure, delete the comment (or bookmark) on it or move it off the figure, then select “Update figures” again.",
    listChanged: (list, from, to) => (from === to ? `${list}: figures updated (${to})` : `${list}: ${from} → ${to}`),
    listEdited: (list, fresh, tracked) =>
      `${list}: ${tracked ? "holds a tracked change" : "edited in the document"} (the workbook now gives ${fresh}); kept, only its figures are updated, please review.`,
    listDeleted: (list, fresh) => `${list}: deleted from the document (the workbook now gives ${fresh}); not written back.`,
    listGone: (list) => `${list}: no longer in the document (it was deleted), so it cannot be selected.`,
    show: "Show in the document",
    showLabel: (figure) => `Show in the document: ${figure}`,
    keep: "Keep the typed text",
    keepLabel: (figure) => `Keep the typed text: ${figure}`,
    useFresh: "Use the new figure",
    useFreshLabel: (figure) => `Use the new figure: ${figure}`,
    kept: "The typed text was kept.",
    used: (fresh) => `The new figure ${fresh} was written (highlighted in the document).`,
    useFreshFailed: "The new figure could not be written: Word did not let the pane change the document. Try again.",
    gone: (figure) => `${figure}: this figure is no longer in the document (its control was deleted), so it cannot be selected.`,
    selectFailed: "Word could not select this figure. Try again.",
    highlightHint: "The figures just written stay highlighted in the document until you select “Accept changes”.",
    accept: "Accept changes",
    accepted: (n) => `Changes accepted: the highlight was removed from ${n} updated figure(s) or list(s).`,
    acceptFailed: "The highlight could not be removed: Word did not let the pane change the document. Try again.",
    summary: (changed, review) => `${changed} figure(s) updated; ${review} to review.`,
  },
  confirmReplace: "All the document's current content will be replaced by the report. Ctrl+Z undoes it. Go on?",
  confirmReplaceYes: "Replace all content",
  cancel: "Cancel",
  blockedByErrors: (n) =>
    `The report was not inserted: the workbook has ${n} errors. Fix the cells below in Excel and choose the workbook again, or insert the report without the rows in error (they are listed in an appendix at the end).`,
  noPeriod: "There is no valid reporting period (Period from, Period to on the Report sheet), so no report can be written.",
  forceInsert: "Insert anyway, leaving out the rows in error",
  toFix: "Cells to fix",
  moreErrors: (n) => `${n} more errors.`,
  inserted: {
    start: "The report was inserted at the start of the document; the earlier content follows it.",
    end: "The report was inserted at the end of the document, after the earlier content.",
    replace: "The document's content was replaced by the report.",
    "new-document":
      "Word opened the report as a new document. If no new window appears (the browser may block pop-ups), allow pop-ups for Office, or download the .docx.",
  },
  bodyOnly:
    "This version of Word inserts the content only: the report's page header, paper size and margins may not be kept. Download the .docx if the exact layout matters.",
  notRecorded:
    "This version of Word cannot keep the report's record of its sources, so “Update figures” will not work on the report just inserted. If it will need updating, download the .docx and open that file.",
  rowsLeftOut: (n) => `${n} errors were left out; their rows are listed in an appendix at the end of the report.`,
  warningsAllowed: (n) => `${n} warnings; the report was still written.`,
  download: "Download the .docx",
  downloaded: (file) => `${file} was handed to the browser's download; look in the Downloads folder.`,
  saved: (file) => `The dialog handed ${file} to the browser's download; look in the Downloads folder.`,
  saveCancelled: "The dialog was closed before it handed the file over.",
  saveFailed: "The file could not be saved. Try again.",
  buildFailed: "The report could not be written. Try again; if it still fails, close and reopen this pane.",
  readFailed: "The workbook could not be read. Try again; if it still fails, open it in Excel, save it and choose it again.",
  fileProblems: {
    empty: "This file is empty.",
    xls: "This is an old .xls file (Excel 97–2003). Open it in Excel, save it as .xlsx and choose it again.",
    encrypted: "The workbook is password-protected and cannot be read. Remove the password in Excel and choose it again.",
    "not-workbook": "This file is not an Excel workbook (.xlsx).",
    corrupt: "The workbook is damaged and cannot be read. Open it in Excel, save it and choose it again.",
    "too-large":
      "Unpacked, the workbook is far larger than any report workbook, so it is not read (the file may have been crafted). Open it in Excel, delete the surplus rows, save it and choose it again.",
  },
  wordProblem: (p) => {
    switch (p.code) {
      case "unsupported":
        return `This version of Word cannot do this (it needs ${p.set ?? "WordApi"}). Download the .docx and open it in Word.`;
      case "not-allowed":
        return p.method === "new-document"
          ? "Word cannot open a new document from here (some builds of Word on the web do not support it). Insert into the open document instead, or download the .docx."
          : "Word does not allow inserting the report here. Download the .docx and open it in Word.";
      case "too-large":
        return "The report is over 4 MB, more than Word accepts for an insertion. Download the .docx and open it in Word.";
      case "read-only":
        return "The open document is read-only or locked. Switch to editing and try again, or download the .docx.";
      case "failed":
        return `The report could not be inserted into Word${p.errorCode ? ` (error code: ${p.errorCode})` : ""}. Try again, or download the .docx.`;
    }
  },
};
