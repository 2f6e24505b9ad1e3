/**
 * Drive files on the stand-in Graph (routes added through its `route` API):
 * search, recent (deprecated, answered as Graph does while it still works),
 * and an item's content, which redirects (302) to a pre-authenticated URL on
 * `/download/…` that records a violation when a bearer token reaches it.
 */
import type { RouteAnswer, StandInGraph } from "./stand-in-graph";

export const MY_DRIVE = "b!my-drive";
export const OTHER_DRIVE = "b!shared-drive";

export interface StandInFile {
  readonly id: string;
  readonly driveId: string;
  readonly name: string;
  readonly modified: string;
  readonly bytes: Buffer;
  /** A folder rather than a file (no `file` facet). */
  readonly folder?: boolean;
}

export interface DriveRoutes {
  /** Items search finds, in the order it gives them; `pageSize` per page. */
  readonly searched: StandInFile[];
  /** Items listed as recent (as `remoteItem`s); `recentStatus` other than 200 answers with that error. */
  readonly recent: StandInFile[];
  recentStatus: number;
  pageSize: number;
}

const unauthorised: RouteAnswer = { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } };

function driveItem(file: StandInFile) {
  return {
    id: file.id,
    name: file.name,
    webUrl: `https://contoso-my.sharepoint.com/personal/thu/Documents/${encodeURIComponent(file.name)}`,
    size: file.bytes.length,
    lastModifiedDateTime: file.modified,
    parentReference: { driveId: file.driveId, id: "01PARENT" },
    ...(file.folder
      ? { folder: { childCount: 1 } }
      : { file: { mimeType: file.name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/octet-stream" } }),
  };
}

export function addDriveRoutes(graph: StandInGraph): DriveRoutes {
  const routes: DriveRoutes = { searched: [], recent: [], recentStatus: 200, pageSize: 100 };
  const all = () => [...routes.searched, ...routes.recent];

  graph.route(({ method, path, query, headers, authorised }) => {
    if (method !== "GET") return undefined;
    const decoded = decodeURIComponent(path);
    const download = /^\/download\/([^/]+)$/.exec(decoded);
    if (download) {
      if (headers.authorization) graph.violations.push(`Authorization header sent to the download URL: ${path}`);
      if (query.get("tempauth") !== "signed") return { status: 401, body: { error: { code: "unauthenticated" } } };
      const file = all().find((f) => f.id === download[1]);
      return file ? { status: 200, bytes: file.bytes, headers: { "Content-Length": String(file.bytes.length) } } : { status: 404 };
    }
    if (decoded === "/v1.0/me/drive/root/search(q='.xlsx')") {
      if (!authorised) return unauthorised;
      const start = Number(query.get("$skiptoken") ?? 0);
      const page = routes.searched.slice(start, start + routes.pageSize).map(driveItem);
      const next =
        start + routes.pageSize < routes.searched.length ? `${graph.baseUrl}/me/drive/root/search(q='.xlsx')?$skiptoken=${start + routes.pageSize}` : undefined;
      return { status: 200, body: next ? { value: page, "@odata.nextLink": next } : { value: page } };
    }
    if (decoded === "/v1.0/me/drive/recent") {
      if (!authorised) return unauthorised;
      if (routes.recentStatus !== 200) return { status: routes.recentStatus, body: { error: { code: "gone" } } };
      // As Graph does: the entry's own id, the file's real place in `remoteItem`, the access time outside.
      return {
        status: 200,
        body: { value: routes.recent.map((f) => ({ id: `recent-${f.id}`, remoteItem: driveItem(f), fileSystemInfo: { lastAccessedDateTime: f.modified } })) },
      };
    }
    const item = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/]+?)(\/content)?$/.exec(decoded);
    if (item) {
      if (!authorised) return unauthorised;
      const file = all().find((f) => f.driveId === item[1] && f.id === item[2]);
      if (!file) return { status: 404, body: { error: { code: "itemNotFound" } } };
      const url = `${graph.origin}/download/${encodeURIComponent(file.id)}?tempauth=signed`;
      if (item[3]) return { status: 302, headers: { Location: url } };
      return { status: 200, body: { id: file.id, "@microsoft.graph.downloadUrl": url } };
    }
    return undefined;
  });
  return routes;
}
