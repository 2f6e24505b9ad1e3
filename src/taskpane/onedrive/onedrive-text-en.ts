/** The OneDrive button's words in English, and a message for each problem code. */
import { problemAttempts as attempts, problemStatus as code, type OneDriveText } from "./onedrive-text-shape";

export const ONEDRIVE_TEXT_EN: OneDriveText = {
  save: "Save to OneDrive",
  openInWord: "Open in Word",
  retry: "Try again",
  saveLocally: "Download",
  progressLabel: "Upload to OneDrive",
  signingIn: "Signing in to your Microsoft account…",
  finding: "Finding the workbook's folder on OneDrive…",
  uploading: (percent) => `Uploading the report to OneDrive: ${percent}%`,
  saved: (name) => `The report is saved on OneDrive, in the workbook's folder: ${name}.`,
  renamed: (asked) => `The folder already had ${asked}, so the new report was saved under another name; the earlier file is untouched.`,
  notLost: "The report is not lost: you can still download the file.",
  problems: {
    "auth-not-configured": () =>
      "Microsoft sign-in is not set up for this add-in. An administrator needs to register an app in Microsoft Entra (single-page application, redirect URI brk-multihub://<the add-in's domain>, delegated permission Files.ReadWrite.All with Grant admin consent for the organisation), put its Application (client) ID in clientId in an app-config.json beside taskpane.html (or in src/config/app-config.ts, then rebuild the add-in). Everything else works as usual.",
    "not-signed-in": () =>
      "You are not signed in to a Microsoft account: the sign-in window was closed, or Office has no account signed in. Select Try again and sign in.",
    "consent-needed": () =>
      "Your account has not allowed Report Writer to read and write the files you can open on OneDrive and SharePoint (permission Files.ReadWrite.All). Select Try again and accept. With Microsoft 365's current default settings users usually cannot grant this themselves: an administrator then opens Microsoft Entra › Enterprise applications › Lập báo cáo (the name the app was registered under) › Permissions and selects Grant admin consent for the organisation.",
    "naa-unsupported": () =>
      "This version of Office cannot sign in from an add-in (it needs NestedAppAuth 1.1). Update Office, or download the report and upload it to OneDrive yourself.",
    "auth-network": () => "The Microsoft sign-in service could not be reached. Check the network, then select Try again.",
    "auth-failed": (p) => `Signing in to your Microsoft account failed (error code: ${p.detail ?? "unknown"}). Select Try again.`,
    "not-in-cloud": () =>
      "This workbook is not saved on OneDrive or SharePoint, so there is no folder to save the report in. Save the workbook to OneDrive and try again, or download the report.",
    "item-not-found": () => "The workbook was not found on OneDrive; it may have just been moved or renamed. Reopen it from OneDrive, then select Try again.",
    "no-permission": () => "Your account may not write to the workbook's folder. Ask the folder's owner for edit access, or download the report.",
    "name-conflict": () => "The folder already has a file of that name and OneDrive did not pick another. Select Try again.",
    unauthorized: () =>
      "OneDrive did not accept the sign-in, even after signing in again. Select Try again; if it fails again, sign out of Office and back in.",
    throttled: (p) => `OneDrive is busy (waited and tried ${attempts(p)} times). Select Try again in a few minutes.`,
    network: (p) => `The connection dropped while uploading to OneDrive (tried ${attempts(p)} times). Check the network, then select Try again.`,
    timeout: (p) => `OneDrive did not answer in time (waited and tried ${attempts(p)} times). The network may be slow; select Try again in a few minutes.`,
    "session-expired": () =>
      "The OneDrive upload session expired part-way. Select Try again to upload from the start; if the report is already in the folder, there is no need.",
    "storage-full": () => "The OneDrive is full. Free some space and try again, or download the report.",
    "server-error": (p) => `OneDrive reported an error (code: ${code(p)}). Select Try again in a few minutes.`,
    "bad-response": (p) => `OneDrive gave an unexpected answer (code: ${code(p)}). Select Try again.`,
    unexpected: (p) => `Saving to OneDrive failed (error: ${p.detail ?? "unknown"}). Select Try again.`,
  },
};
