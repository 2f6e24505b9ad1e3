/**
 * Microsoft Graph for "Lưu lên OneDrive": find the open workbook's folder
 * and upload the report beside it (simple PUT up to 4 MB, an upload session
 * above), with retries, timeouts and typed problems; the token goes only to
 * the Graph root's origin. `fetch` and `sleep` are passed in.
 */
export { graphClient, SIMPLE_UPLOAD_LIMIT, type GraphClient, type GraphClientSettings, type UploadedItem } from "./graph-client";
export { retryAfterMs, tokenOriginOf, DEFAULT_MAX_ATTEMPTS, DEFAULT_TIMEOUT_MS, type FetchLike, type GraphClientOptions } from "./graph-transport";
export { isMicrosoftWebUrl, safeWebUrl } from "./web-url";
export { UPLOAD_CHUNK_UNIT, UPLOAD_CHUNK_SIZE } from "./upload-session";
export { encodeSharingUrl, driveItemPath } from "./share-id";
export { parseDriveItem, nextExpectedStart, type DriveFolder, type DriveItem } from "./drive-item";
export { GraphProblemCode, GraphProblemError, problemForStatus, type GraphProblem } from "./graph-problem";
export { driveFiles, parseWorkbook, newestFirst, type DriveFiles, type DriveWorkbook } from "./drive-files";
export { sharedWorkbooks, type SharedWorkbooks } from "./shared-workbook";
