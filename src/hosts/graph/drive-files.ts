/**
 * Workbooks on the signed-in user's OneDrive, for the Word pane: the .xlsx
 * files found by search and among the recent ones, newest first, and one of
 * them downloaded. `/me/drive/recent` is deprecated (Graph stops answering it
 * after November 2026), so search carries the list and recent only adds to it.
 */
import { graphProblem, GraphProblemCode, isRecord } from "./graph-problem";
import { createTransport, type GraphClientOptions, type GraphRequest, type GraphResponse } from "./graph-transport";
import { safeWebUrl } from "./web-url";

/** A workbook to offer: where it is, and what the list shows. */
export interface DriveWorkbook {
  readonly id: string;
  readonly driveId: string;
  readonly name: string;
  readonly webUrl: string;
  /** `lastModifiedDateTime` as milliseconds since 1970 (UTC); 0 when Graph gave none. */
  readonly lastModified: number;
  readonly size: number;
}

export interface DriveFiles {
  /** The user's .xlsx files, newest first, each once. */
  listWorkbooks(): Promise<DriveWorkbook[]>;
  /** The file's bytes; `onProgress` gets bytes received and the announced length (0 when unknown). */
  downloadItem(driveId: string, itemId: string, onProgress?: (received: number, total: number) => void): Promise<Uint8Array>;
}

const SELECT = "$select=id,name,webUrl,size,lastModifiedDateTime,file,parentReference,remoteItem";
/** Pages of search results followed; enough for a clerk's workbooks, bounded if the drive is huge. */
const MAX_PAGES = 5;

/** Drive-file calls over a transport (`createTransport(options)`), or over the options themselves. */
export function driveFiles(transport: GraphClientOptions | ((request: GraphRequest) => Promise<GraphResponse>)): DriveFiles {
  const send = typeof transport === "function" ? transport : createTransport(transport);

  return {
    async listWorkbooks() {
      const found: DriveWorkbook[] = [];
      let url: string | undefined = `/me/drive/root/search(q='.xlsx')?${SELECT}`;
      for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await send({ method: "GET", url, auth: true, retryNetwork: true });
        url = collect(response, found);
      }
      // Best effort: a refusal or an empty answer from the deprecated API takes nothing away.
      const recent = await send({
        method: "GET",
        url: "/me/drive/recent",
        auth: true,
        retryNetwork: true,
        passThrough: [400, 403, 404, 410, 429, 500, 501, 503],
      });
      if (recent.status >= 200 && recent.status < 300) collect(recent, found);
      return newestFirst(found);
    },

    async downloadItem(driveId, itemId, onProgress = () => {}) {
      const item = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(itemId)}`;
      const first = await send({ method: "GET", url: `${item}/content`, auth: true, retryNetwork: true, redirect: "manual", download: onProgress });
      if (first.bytes) return first.bytes;
      let target = first.location;
      if (!target) {
        // A browser hides an opaque redirect's Location: ask for the same pre-authenticated URL as a property.
        const meta = await send({ method: "GET", url: `${item}?$select=id,@microsoft.graph.downloadUrl`, auth: true, retryNetwork: true });
        const url = isRecord(meta.body) ? meta.body["@microsoft.graph.downloadUrl"] : undefined;
        if (typeof url !== "string") throw graphProblem(GraphProblemCode.BadResponse, { status: meta.status });
        target = url;
      }
      // The URL carries its own short-lived authorisation; a bearer token must not go to that host.
      const file = await send({ method: "GET", url: target, auth: false, retryNetwork: true, download: onProgress });
      if (!file.bytes) throw graphProblem(GraphProblemCode.BadResponse, { status: file.status });
      return file.bytes;
    },
  };
}

/** Adds the page's .xlsx files to `into`; returns the next page's address. */
function collect(response: GraphResponse, into: DriveWorkbook[]): string | undefined {
  const body = response.body;
  const value = isRecord(body) && Array.isArray(body.value) ? body.value : undefined;
  if (!value) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
  for (const entry of value) {
    const workbook = parseWorkbook(entry);
    if (workbook) into.push(workbook);
  }
  const next = isRecord(body) ? body["@odata.nextLink"] : undefined;
  return typeof next === "string" ? next : undefined;
}

/** A file whose name ends in .xlsx, read from a driveItem or a recent item's `remoteItem`; undefined otherwise. */
export function parseWorkbook(entry: unknown): DriveWorkbook | undefined {
  if (!isRecord(entry)) return undefined;
  const item = isRecord(entry.remoteItem)
    ? { ...entry.remoteItem, lastModifiedDateTime: entry.remoteItem.lastModifiedDateTime ?? entry.lastModifiedDateTime }
    : entry;
  const { id, name, webUrl, size, lastModifiedDateTime, parentReference, file } = item;
  if (typeof id !== "string" || typeof name !== "string" || !isRecord(file) || !/\.xlsx$/i.test(name)) return undefined;
  const driveId = isRecord(parentReference) ? parentReference.driveId : undefined;
  if (typeof driveId !== "string") return undefined;
  const time = typeof lastModifiedDateTime === "string" ? Date.parse(lastModifiedDateTime) : NaN;
  return {
    id,
    driveId,
    name,
    webUrl: typeof webUrl === "string" ? safeWebUrl(webUrl) : "",
    lastModified: Number.isFinite(time) ? time : 0,
    size: typeof size === "number" && size >= 0 ? size : 0,
  };
}

/** Newest first (ties by name), each drive item once. */
export function newestFirst(items: ReadonlyArray<DriveWorkbook>): DriveWorkbook[] {
  const seen = new Set<string>();
  const unique: DriveWorkbook[] = [];
  for (const item of items) {
    const key = `${item.driveId}\u0000${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique.sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
}
