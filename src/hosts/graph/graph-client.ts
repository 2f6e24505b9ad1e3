/**
 * The Microsoft Graph calls "Lưu lên OneDrive" needs: find the workbook's
 * folder, then put the report beside it under a new name if one is taken
 * (conflict behaviour "rename": an earlier report is never overwritten).
 */
import { driveFiles, type DriveFiles } from "./drive-files";
import { parseDriveItem, type DriveFolder, type DriveItem } from "./drive-item";
import { graphProblem, GraphProblemCode } from "./graph-problem";
import { createTransport, DEFAULT_MAX_ATTEMPTS, type GraphClientOptions } from "./graph-transport";
import { driveItemPath } from "./share-id";
import { sharedWorkbooks, type SharedWorkbooks } from "./shared-workbook";
import { UPLOAD_CHUNK_SIZE, UPLOAD_CHUNK_UNIT, uploadInSession } from "./upload-session";
import { safeWebUrl } from "./web-url";

/**
 * Files up to this many bytes go up in one PUT; larger ones through an upload
 * session. The PUT carries the raw bytes (no base64), so the file's own size is
 * what counts; 4 MB is the limit Graph's simple upload long had.
 */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const RENAME = "rename";

export interface UploadedItem {
  readonly id: string;
  /** The name Graph gave it: the one asked for, or "… 1.docx" when that was taken. */
  readonly name: string;
  /** Where to open it: https on a Microsoft host, or "" when Graph gave anything else. */
  readonly webUrl: string;
}

export interface GraphClient {
  /** The driveItem of the document at `documentUrl` (`Office.context.document.url`). */
  driveItemForUrl(documentUrl: string | undefined): Promise<DriveItem>;
  /** Uploads `bytes` as `fileName` into `parent`; `onProgress` gets bytes sent so far and the total. */
  uploadReport(parent: DriveFolder, fileName: string, bytes: Uint8Array, onProgress?: (sent: number, total: number) => void): Promise<UploadedItem>;
}

export interface GraphClientSettings extends GraphClientOptions {
  /** Upload-session chunk size, a multiple of 320 KiB (default 10 × 320 KiB). */
  readonly chunkSize?: number;
}

/** A Graph client over the given fetch, with the drive-file calls too; it keeps no state between calls. */
export function graphClient(settings: GraphClientSettings): GraphClient & DriveFiles & SharedWorkbooks {
  const chunkSize = settings.chunkSize ?? UPLOAD_CHUNK_SIZE;
  if (chunkSize <= 0 || chunkSize % UPLOAD_CHUNK_UNIT !== 0) throw new RangeError(`chunkSize must be a positive multiple of ${UPLOAD_CHUNK_UNIT}`);
  const send = createTransport(settings);

  return {
    ...driveFiles(send),
    ...sharedWorkbooks(send),

    async driveItemForUrl(documentUrl) {
      const path = driveItemPath(documentUrl);
      if (!path) throw graphProblem(GraphProblemCode.NotInCloud);
      const response = await send({ method: "GET", url: `${path}?$select=id,name,webUrl,parentReference`, auth: true, retryNetwork: true });
      const item = parseDriveItem(response.body);
      if (!item) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
      return item;
    },

    async uploadReport(parent, fileName, bytes, onProgress = () => {}) {
      const target = `/drives/${encodeURIComponent(parent.driveId)}/items/${encodeURIComponent(parent.id)}:/${encodeURIComponent(fileName)}:`;
      onProgress(0, bytes.length);
      let item: DriveItem | undefined;
      if (bytes.length <= SIMPLE_UPLOAD_LIMIT) {
        const response = await send({
          method: "PUT",
          url: `${target}/content?@microsoft.graph.conflictBehavior=${RENAME}`,
          headers: { "Content-Type": DOCX_TYPE },
          body: bytes,
          auth: true,
          retryNetwork: true,
        });
        item = parseDriveItem(response.body);
        if (!item) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
        onProgress(bytes.length, bytes.length);
      } else {
        const session = await send({
          method: "POST",
          url: `${target}/createUploadSession`,
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ item: { "@microsoft.graph.conflictBehavior": RENAME } }),
          auth: true,
          retryNetwork: true,
        });
        const uploadUrl = (session.body as { uploadUrl?: unknown } | undefined)?.uploadUrl;
        if (typeof uploadUrl !== "string") throw graphProblem(GraphProblemCode.BadResponse, { status: session.status });
        item = await uploadInSession({
          send,
          sleep: settings.sleep,
          uploadUrl,
          bytes,
          chunkSize,
          maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          backoffMs: settings.backoffMs ?? 1000,
          onProgress,
        });
      }
      return { id: item.id, name: item.name, webUrl: safeWebUrl(item.webUrl) };
    },
  };
}
