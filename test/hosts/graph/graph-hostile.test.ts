// Graph against a server that misbehaves or lies: the bearer token only ever
// goes to the Graph root's own origin, a hung server times out (and is tried
// again), 502 and 504 are retried with backoff, an upload session that asks
// for an earlier range gets it, and a webUrl that is not Microsoft's is dropped.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { driveFiles, graphClient, GraphProblemCode, isMicrosoftWebUrl, tokenOriginOf, type GraphClientSettings } from "../../../src/hosts/graph";
import { CHUNK_UNIT, DRIVE_ID, FOLDER_ID, startStandInGraph, type StandInGraph } from "./stand-in-graph";
import { problemOf } from "./problem-of";

const FOLDER = { driveId: DRIVE_ID, id: FOLDER_ID };
const NAME = "bao-cao.docx";
const isUploadPut = (m: string, u: string) => m === "PUT" && u.startsWith("/upload/");
const isSimplePut = (m: string, u: string) => m === "PUT" && u.includes(":/content");

let graph: StandInGraph;
let sleeps: number[];

beforeEach(async () => {
  graph = await startStandInGraph();
  sleeps = [];
});
afterEach(() => graph.close());

function settings(extra: Partial<GraphClientSettings> = {}): GraphClientSettings {
  return {
    baseUrl: graph.baseUrl,
    tokens: { getToken: async () => "token-1" },
    fetch: (url, init) => fetch(url, init as RequestInit),
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  };
}

function bytesOf(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 13 + (i >>> 9)) & 255;
  return out;
}

/** Another host (another origin on this machine), recording what reaches it. */
async function foreignServer(answer: (path: string) => unknown) {
  const seen: { path: string; authorization: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? "", authorization: req.headers.authorization });
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(answer(req.url ?? "")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

describe("the bearer token goes only to the Graph root's origin", () => {
  it("a search page whose @odata.nextLink points at another host is fetched without the token", async () => {
    const foreign = await foreignServer(() => ({ value: [] }));
    try {
      graph.route((r) => {
        if (r.path.endsWith("/search(q='.xlsx')")) return { status: 200, body: { value: [], "@odata.nextLink": `${foreign.origin}/steal?page=2` } };
        if (r.path === "/v1.0/me/drive/recent") return { status: 200, body: { value: [] } };
        return undefined;
      });
      expect(await driveFiles(settings()).listWorkbooks()).toEqual([]);
      expect(foreign.seen).toEqual([{ path: "/steal?page=2", authorization: undefined }]);
      // The Graph root itself did get it.
      expect(graph.requests.every((r) => r.headers.authorization === "Bearer token-1")).toBe(true);
    } finally {
      await foreign.close();
    }
  });

  it("an upload URL on another host never gets it (pre-authenticated), nor does one on Graph's own host", async () => {
    const foreign = await foreignServer(() => ({ id: "X", name: NAME, webUrl: "https://contoso.sharepoint.com/x.docx" }));
    try {
      graph.route((r) =>
        r.method === "POST" && r.path.endsWith("/createUploadSession") ? { status: 200, body: { uploadUrl: `${foreign.origin}/up/1` } } : undefined,
      );
      await graphClient(settings({ chunkSize: 16 * CHUNK_UNIT })).uploadReport(FOLDER, NAME, bytesOf(4 * 1024 * 1024 + 10));
      expect(foreign.seen.map((s) => s.authorization)).toEqual([undefined]);
    } finally {
      await foreign.close();
    }
  });

  it("only over https, or plain http to this machine (the stand-in): a base URL anywhere else over http gets no token", () => {
    expect(tokenOriginOf("https://graph.microsoft.com/v1.0")).toBe("https://graph.microsoft.com");
    expect(tokenOriginOf("http://127.0.0.1:9/v1.0")).toBe("http://127.0.0.1:9");
    expect(tokenOriginOf("http://graph.microsoft.com/v1.0")).toBeUndefined();
    expect(tokenOriginOf("http://evil.example/v1.0")).toBeUndefined();
    expect(tokenOriginOf("not a url")).toBeUndefined();
  });
});

describe("a hung server", () => {
  it("times out, backs off, tries again, and then succeeds", async () => {
    graph.script(isSimplePut, "hang");
    const item = await graphClient(settings({ timeoutMs: 200 })).uploadReport(FOLDER, NAME, bytesOf(1000));
    expect(item.name).toBe(NAME);
    expect(graph.requests.map((r) => r.outcome)).toEqual(["hung", 201]);
    expect(sleeps).toEqual([1000]);
  });

  it("ends with a timeout problem when it never answers", async () => {
    graph.script(isSimplePut, "hang", 10);
    const started = Date.now();
    expect(await problemOf(graphClient(settings({ timeoutMs: 150, maxAttempts: 3 })).uploadReport(FOLDER, NAME, bytesOf(1000)))).toEqual({
      code: GraphProblemCode.Timeout,
      params: { attempts: 3 },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(graph.requests.map((r) => r.outcome)).toEqual(["hung", "hung", "hung"]);
  });

  it("an upload-session chunk that hangs is resumed from where the session stands", async () => {
    let puts = 0;
    graph.script((m, u) => isUploadPut(m, u) && ++puts === 2, "hang");
    const bytes = bytesOf(5 * 1024 * 1024);
    const item = await graphClient(settings({ timeoutMs: 300, chunkSize: 4 * CHUNK_UNIT })).uploadReport(FOLDER, NAME, bytes);
    expect(item.name).toBe(NAME);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)?.equals(Buffer.from(bytes))).toBe(true);
    const hung = graph.requests.findIndex((r) => r.outcome === "hung");
    expect(graph.requests[hung + 1]).toMatchObject({ method: "GET", outcome: 200 });
    expect(graph.violations).toEqual([]);
  });
});

describe("502 and 504", () => {
  it.each([502, 504])("%i is retried with a doubling backoff", async (status) => {
    graph.script(isSimplePut, { status }, 2);
    const item = await graphClient(settings()).uploadReport(FOLDER, NAME, bytesOf(1000));
    expect(item.name).toBe(NAME);
    expect(graph.requests.map((r) => r.outcome)).toEqual([status, status, 201]);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("a 504 that lasts ends as a server error naming the status and the tries", async () => {
    graph.script(isSimplePut, { status: 504, body: { error: { code: "gatewayTimeout" } } }, 10);
    expect(await problemOf(graphClient(settings({ maxAttempts: 3 })).uploadReport(FOLDER, NAME, bytesOf(1000)))).toEqual({
      code: GraphProblemCode.ServerError,
      params: { status: 504, graphCode: "gatewayTimeout", attempts: 3 },
    });
    expect(sleeps).toEqual([1000, 2000]);
  });
});

describe("an upload session that asks for an earlier range", () => {
  it("goes back and sends it again, and the file arrives whole", async () => {
    const bytes = bytesOf(5 * 1024 * 1024 + 77);
    let puts = 0;
    // The third chunk's answer: the second and third are lost; send from the second's start again.
    graph.script((m, u) => isUploadPut(m, u) && ++puts === 3, "lose-chunk");
    const progress: number[] = [];
    const item = await graphClient(settings({ chunkSize: 4 * CHUNK_UNIT })).uploadReport(FOLDER, NAME, bytes, (sent) => progress.push(sent));
    expect(item.name).toBe(NAME);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)?.equals(Buffer.from(bytes))).toBe(true);
    const chunk = 4 * CHUNK_UNIT;
    const starts = graph.requests.filter((r) => r.method === "PUT").map((r) => Number(/^bytes (\d+)-/.exec(String(r.headers["content-range"]))?.[1]));
    // Four whole chunks and 77 bytes; the third PUT's answer sends it back to the second chunk's start.
    expect(starts).toEqual([0, chunk, 2 * chunk, chunk, 2 * chunk, 3 * chunk, 4 * chunk]);
    expect(progress).toEqual([0, chunk, 2 * chunk, chunk, 2 * chunk, 3 * chunk, 4 * chunk, bytes.length]);
    expect(graph.violations).toEqual([]);
  });

  it("gives up on a session that keeps going back", async () => {
    graph.script(isUploadPut, "lose-chunk", 100);
    expect(await problemOf(graphClient(settings({ chunkSize: 4 * CHUNK_UNIT, maxAttempts: 3 })).uploadReport(FOLDER, NAME, bytesOf(5 * 1024 * 1024)))).toEqual({
      code: GraphProblemCode.BadResponse,
      params: { status: 202 },
    });
  });
});

describe("webUrl", () => {
  it("an uploaded item whose webUrl is not https on a Microsoft host comes back with none", async () => {
    graph.route((r) =>
      r.method === "PUT" && r.path.includes(":/content")
        ? { status: 201, body: { id: "1", name: NAME, webUrl: "javascript:alert(1)", parentReference: { driveId: DRIVE_ID, id: FOLDER_ID } } }
        : undefined,
    );
    const item = await graphClient(settings()).uploadReport(FOLDER, NAME, bytesOf(10));
    expect(item).toEqual({ id: "1", name: NAME, webUrl: "" });
  });

  it.each([
    ["https://contoso.sharepoint.com/sites/a/b.docx", true],
    ["https://contoso-my.sharepoint.com/personal/a/b.docx", true],
    ["https://contoso.sharepoint.us/a", true],
    ["https://contoso.sharepoint-mil.us/a", true],
    ["https://contoso.sharepoint.cn/a", true],
    ["https://onedrive.live.com/edit.aspx?resid=1", true],
    ["https://1drv.ms/w/s!abc", true],
    ["http://contoso.sharepoint.com/a", false],
    ["https://sharepoint.com.evil.example/a", false],
    ["https://evilsharepoint.com/a", false],
    ["https://contoso.sharepoint.com:8443/a", false],
    ["https://user@contoso.sharepoint.com/a", false],
    ["javascript:alert(1)//.sharepoint.com", false],
    ["", false],
  ])("%s → %s", (url, ok) => {
    expect(isMicrosoftWebUrl(url)).toBe(ok);
  });
});

describe("a download's timeout counts from the last piece received", () => {
  /** A 200 whose body comes in `pieces`, `gapMs` apart; a piece given as null never comes. */
  const trickle = (pieces: Array<Uint8Array | null>, gapMs: number) => async () => {
    let at = 0;
    return {
      status: 200,
      headers: { get: (name: string) => (name === "Content-Length" ? String(pieces.reduce((n, p) => n + (p?.length ?? 0), 0)) : null) },
      text: async () => "",
      body: {
        getReader: () => ({
          read: () =>
            new Promise<{ done: boolean; value?: Uint8Array }>((resolve) => {
              if (at >= pieces.length) return resolve({ done: true });
              const piece = pieces[at++]!;
              if (piece !== null) setTimeout(() => resolve({ done: false, value: piece }), gapMs);
            }),
        }),
      },
    };
  };

  it("a slow download that keeps flowing is not cut, though it takes longer than the timeout", async () => {
    const pieces = Array.from({ length: 6 }, (_, i) => new Uint8Array(10).fill(i));
    const files = driveFiles(settings({ timeoutMs: 120, fetch: trickle(pieces, 50) }));
    const started = Date.now();
    const bytes = await files.downloadItem("d", "i");
    expect(Date.now() - started).toBeGreaterThan(250);
    expect(bytes.length).toBe(60);
  });

  it("a download that stalls mid-body times out", async () => {
    const files = driveFiles(settings({ timeoutMs: 120, maxAttempts: 2, fetch: trickle([new Uint8Array(10), null], 10) }));
    expect(await problemOf(files.downloadItem("d", "i"))).toEqual({ code: GraphProblemCode.Timeout, params: { attempts: 2 } });
  });
});
