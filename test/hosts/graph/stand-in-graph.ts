/**
 * A stand-in Microsoft Graph on 127.0.0.1 (random port) for the client's
 * tests. It keeps a folder of files, checks what Graph checks (paths, bearer
 * token, Content-Type, conflict behaviour, Content-Range, chunk sizes) and
 * records each request. Faults are scripted: the next matching request gets
 * a status (401, 403, 409, 429, 502, 503, 504 …), a dropped connection, no
 * answer at all, or (on an upload session) a stored chunk that is then lost.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export const CHUNK_UNIT = 327_680;
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as sent, without the origin. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly bodyLength: number;
  /** What the stand-in answered; "dropped" when it cut the connection, "hung" when it never answered. */
  readonly outcome: number | "dropped" | "hung";
}

export type Fault =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  /** Cut the connection as soon as the request arrives. */
  | "drop"
  /** Take the request's bytes (an upload chunk is stored), then cut the connection before answering. */
  | "drop-after-store"
  /** Take the request and never answer (the connection stays open until the stand-in closes). */
  | "hang"
  /** On an upload session's PUT: lose this chunk and the one stored before it, and ask for that earlier range again (202, nextExpectedRanges backwards). */
  | "lose-chunk";

/** A request as an added route sees it; `authorised` says whether it carried a valid bearer token. */
export interface RouteRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly authorised: boolean;
}

/** An added route's answer: JSON `body`, or raw `bytes`, with any extra headers (Location…). */
export interface RouteAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly bytes?: Buffer;
}

/** Answers the requests it knows; undefined passes the request on to the built-in routes. */
export type Route = (request: RouteRequest) => RouteAnswer | undefined;

interface ScriptedFault {
  readonly match: (method: string, url: string) => boolean;
  readonly fault: Fault;
  times: number;
}

interface Session {
  readonly folder: string;
  readonly name: string;
  readonly parts: Buffer[];
  received: number;
}

export interface StandInGraph {
  readonly baseUrl: string;
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** Checks Graph would refuse (bad range, bad chunk size, a token on an upload URL…); tests expect none. */
  readonly violations: string[];
  /** Files by folder id, then name. */
  readonly files: Map<string, Map<string, Buffer>>;
  /** Tokens accepted; a request with another gets 401. */
  validTokens: Set<string>;
  /** The next `times` requests matching get `fault`. */
  script(match: (method: string, url: string) => boolean, fault: Fault, times?: number): void;
  /** Adds routes, asked before the built-in ones (and before the token check: a route decides). */
  route(route: Route): void;
  close(): Promise<void>;
}

export const DRIVE_ID = "b!drive-1";
export const FOLDER_ID = "01FOLDER";
export const WORKBOOK_URL = "https://contoso-my.sharepoint.com/personal/thu_contoso_vn/Documents/Báo cáo/so-lieu 2021.xlsx";
const WEB_ROOT = "https://contoso-my.sharepoint.com/personal/thu_contoso_vn/Documents/Báo cáo/";

export async function startStandInGraph(): Promise<StandInGraph> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const files = new Map<string, Map<string, Buffer>>([[FOLDER_ID, new Map()]]);
  const faults: ScriptedFault[] = [];
  const routes: Route[] = [];
  const sessions = new Map<string, Session>();
  let nextId = 1;
  const state = { validTokens: new Set(["token-1"]) };

  const server = http.createServer((req, res) => {
    const method = req.method ?? "";
    const url = req.url ?? "";
    const fault = takeFault(faults, method, url);
    if (fault === "drop") {
      requests.push({ method, url, headers: req.headers, bodyLength: 0, outcome: "dropped" });
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const record = (outcome: RecordedRequest["outcome"]) => requests.push({ method, url, headers: req.headers, bodyLength: body.length, outcome });
      if (fault === "hang") {
        record("hung");
        return;
      }
      if (fault && fault !== "drop-after-store" && fault !== "lose-chunk") {
        record(fault.status);
        res.writeHead(fault.status, { "Content-Type": "application/json", ...fault.headers });
        res.end(JSON.stringify(fault.body ?? { error: { code: `status${fault.status}`, message: "scripted" } }));
        return;
      }
      const answer = handle(method, url, req.headers, body, fault === "lose-chunk");
      if (fault === "drop-after-store") {
        record("dropped");
        req.socket.destroy();
        return;
      }
      record(answer.status);
      res.writeHead(answer.status, { "Content-Type": answer.bytes ? "application/octet-stream" : "application/json", ...answer.headers });
      res.end(answer.bytes ?? (answer.body === undefined ? "" : JSON.stringify(answer.body)));
    });
  });

  function handle(method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer, lose = false): RouteAnswer {
    const path = url.split("?")[0]!;
    const query = new URLSearchParams(url.includes("?") ? url.slice(url.indexOf("?") + 1) : "");
    const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1];
    for (const route of routes) {
      const answer = route({ method, path, query, headers, authorised: bearer !== undefined && state.validTokens.has(bearer) });
      if (answer) return answer;
    }
    const upload = /^\/upload\/(\w+)$/.exec(path);
    if (upload) return handleSession(method, upload[1]!, headers, body, lose);

    const token = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1];
    if (!token || !state.validTokens.has(token)) return { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } };

    const share = /^\/v1\.0\/shares\/([^/]+)\/driveItem$/.exec(path);
    if (method === "GET" && share) {
      const expected = "u!" + Buffer.from(WORKBOOK_URL, "utf8").toString("base64url");
      if (share[1] !== expected) return { status: 404, body: { error: { code: "itemNotFound" } } };
      return {
        status: 200,
        body: { id: "01WORKBOOK", name: "so-lieu 2021.xlsx", webUrl: WEB_ROOT + "so-lieu%202021.xlsx", parentReference: { driveId: DRIVE_ID, id: FOLDER_ID } },
      };
    }

    const target = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/([^/:]+):\/(content|createUploadSession)$/.exec(path);
    if (!target) return { status: 400, body: { error: { code: "invalidRequest", message: `no route ${method} ${path}` } } };
    const [, driveId, folderId, encodedName, action] = target;
    const folder = files.get(decodeURIComponent(folderId!));
    if (decodeURIComponent(driveId!) !== DRIVE_ID || !folder) return { status: 404, body: { error: { code: "itemNotFound" } } };
    const name = decodeURIComponent(encodedName!);

    if (action === "content" && method === "PUT") {
      if (query.get("@microsoft.graph.conflictBehavior") !== "rename") violations.push(`simple upload without conflictBehavior=rename: ${url}`);
      if (headers["content-type"] !== DOCX_TYPE) violations.push(`simple upload Content-Type ${headers["content-type"]}`);
      if (body.length > 4 * 1024 * 1024) violations.push(`simple upload of ${body.length} bytes`);
      return { status: 201, body: store(decodeURIComponent(folderId!), name, body) };
    }
    if (action === "createUploadSession" && method === "POST") {
      if (!String(headers["content-type"]).startsWith("application/json")) violations.push(`createUploadSession Content-Type ${headers["content-type"]}`);
      const json = JSON.parse(body.toString("utf8") || "{}") as { item?: Record<string, unknown> };
      if (json.item?.["@microsoft.graph.conflictBehavior"] !== "rename") violations.push(`createUploadSession without rename: ${body.toString("utf8")}`);
      const id = `s${nextId++}`;
      sessions.set(id, { folder: decodeURIComponent(folderId!), name, parts: [], received: 0 });
      return { status: 200, body: { uploadUrl: `${origin()}/upload/${id}`, expirationDateTime: "2021-07-01T00:00:00Z", nextExpectedRanges: ["0-"] } };
    }
    return { status: 405 };
  }

  function handleSession(method: string, id: string, headers: http.IncomingHttpHeaders, body: Buffer, lose = false): { status: number; body?: unknown } {
    const session = sessions.get(id);
    if (!session) return { status: 404, body: { error: { code: "itemNotFound" } } };
    if (headers.authorization) violations.push("Authorization header sent to an upload URL");
    if (method === "GET") return { status: 200, body: { nextExpectedRanges: [`${session.received}-`] } };
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers["content-range"] ?? "");
    if (!range) {
      violations.push(`bad Content-Range ${headers["content-range"]}`);
      return { status: 400 };
    }
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    const length = end - start + 1;
    if (start !== session.received) {
      violations.push(`range starts at ${start}, expected ${session.received}`);
      return { status: 416, body: { error: { code: "invalidRange" } } };
    }
    if (body.length !== length) violations.push(`range of ${length} bytes carried ${body.length}`);
    if (end + 1 < total && length % CHUNK_UNIT !== 0) violations.push(`chunk of ${length} bytes is not a multiple of ${CHUNK_UNIT}`);
    if (Number(headers["content-length"]) !== body.length) violations.push(`Content-Length ${headers["content-length"]} for ${body.length} bytes`);
    if (lose) {
      // This chunk and the one before it are lost: the session asks to go back to the earlier one's start.
      const previous = session.parts.pop();
      if (previous) session.received -= previous.length;
      return { status: 202, body: { expirationDateTime: "2021-07-01T00:00:00Z", nextExpectedRanges: [`${session.received}-`] } };
    }
    session.parts.push(body);
    session.received += body.length;
    if (session.received < total) return { status: 202, body: { expirationDateTime: "2021-07-01T00:00:00Z", nextExpectedRanges: [`${session.received}-`] } };
    sessions.delete(id);
    return { status: 201, body: store(session.folder, session.name, Buffer.concat(session.parts)) };
  }

  /** Keeps the file under its name, or under "name 1.docx", "name 2.docx"… when taken: conflict behaviour rename. */
  function store(folderId: string, name: string, bytes: Buffer) {
    const folder = files.get(folderId)!;
    const dot = name.lastIndexOf(".");
    let finalName = name;
    for (let n = 1; folder.has(finalName); n++) finalName = `${name.slice(0, dot)} ${n}${name.slice(dot)}`;
    folder.set(finalName, bytes);
    return { id: `01ITEM${nextId++}`, name: finalName, webUrl: WEB_ROOT + encodeURIComponent(finalName), parentReference: { driveId: DRIVE_ID, id: folderId } };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: `${origin()}/v1.0`,
    origin: origin(),
    requests,
    violations,
    files,
    get validTokens() {
      return state.validTokens;
    },
    set validTokens(v: Set<string>) {
      state.validTokens = v;
    },
    script(match, fault, times = 1) {
      faults.push({ match, fault, times });
    },
    route(route) {
      routes.push(route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function takeFault(faults: ScriptedFault[], method: string, url: string): Fault | undefined {
  const found = faults.find((f) => f.times > 0 && f.match(method, url));
  if (!found) return undefined;
  found.times--;
  return found.fault;
}
