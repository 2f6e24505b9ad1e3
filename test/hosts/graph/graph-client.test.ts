import { graphClient, GraphProblemCode, UPLOAD_CHUNK_SIZE, type GraphClientSettings } from "../../../src/hosts/graph";
import type { TokenRequestOptions } from "../../../src/hosts/auth";
import { CHUNK_UNIT, DOCX_TYPE, DRIVE_ID, FOLDER_ID, WORKBOOK_URL, startStandInGraph, type StandInGraph } from "./stand-in-graph";
import { problemOf } from "./problem-of";

const FOLDER = { driveId: DRIVE_ID, id: FOLDER_ID };
const NAME = "bao-cao-6-thang-dau-nam-2021.docx";
const isUploadPut = (m: string, u: string) => m === "PUT" && u.startsWith("/upload/");
const isSimplePut = (m: string, u: string) => m === "PUT" && u.includes(":/content");

function bytesOf(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * seed + (i >>> 8)) & 255;
  return out;
}

let graph: StandInGraph;
let sleeps: number[];
let tokenCalls: boolean[];

beforeEach(async () => {
  graph = await startStandInGraph();
  sleeps = [];
  tokenCalls = [];
});
afterEach(() => graph.close());

/** A client against the stand-in: "token-1" first, "token-2" when a fresh one is asked for; sleeps are recorded, not waited. */
function client(extra: Partial<GraphClientSettings> = {}) {
  return graphClient({
    baseUrl: graph.baseUrl,
    tokens: {
      getToken: async (o?: TokenRequestOptions) => {
        tokenCalls.push(o?.forceRefresh === true);
        return o?.forceRefresh ? "token-2" : "token-1";
      },
    },
    fetch: (url, init) => fetch(url, init as RequestInit),
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
}

describe("driveItemForUrl", () => {
  it("finds the workbook through the shares API and gives its folder", async () => {
    const item = await client().driveItemForUrl(WORKBOOK_URL);
    expect(item).toMatchObject({ id: "01WORKBOOK", name: "so-lieu 2021.xlsx", parent: FOLDER });
    const [req] = graph.requests;
    expect(req?.method).toBe("GET");
    expect(req?.url).toBe(`/v1.0/shares/u!${Buffer.from(WORKBOOK_URL).toString("base64url")}/driveItem?$select=id,name,webUrl,parentReference`);
    expect(req?.headers.authorization).toBe("Bearer token-1");
  });

  it("says the workbook is not in the cloud for a local path, without asking Graph", async () => {
    expect(await problemOf(client().driveItemForUrl("C:\\Users\\thu\\so-lieu.xlsx"))).toEqual({ code: GraphProblemCode.NotInCloud, params: {} });
    expect(await problemOf(client().driveItemForUrl(undefined))).toEqual({ code: GraphProblemCode.NotInCloud, params: {} });
    expect(graph.requests).toHaveLength(0);
  });

  it("says the item is not found when Graph does not know the address", async () => {
    const problem = await problemOf(client().driveItemForUrl("https://contoso-my.sharepoint.com/personal/x/Documents/khac.xlsx"));
    expect(problem).toEqual({ code: GraphProblemCode.ItemNotFound, params: { status: 404, graphCode: "itemNotFound" } });
  });
});

describe("uploadReport, simple upload (up to 4 MB)", () => {
  it("puts the file into the folder with conflict behaviour rename and returns the created item", async () => {
    const bytes = bytesOf(200_000);
    const progress: string[] = [];
    const item = await client().uploadReport(FOLDER, NAME, bytes, (sent, total) => progress.push(`${sent}/${total}`));
    expect(item.name).toBe(NAME);
    expect(item.webUrl).toMatch(/bao-cao-6-thang-dau-nam-2021\.docx$/);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)).toEqual(Buffer.from(bytes));
    const [req] = graph.requests;
    expect(req).toMatchObject({
      method: "PUT",
      url: `/v1.0/drives/${encodeURIComponent(DRIVE_ID)}/items/${FOLDER_ID}:/${NAME}:/content?@microsoft.graph.conflictBehavior=rename`,
      bodyLength: 200_000,
    });
    expect(req?.headers["content-type"]).toBe(DOCX_TYPE);
    expect(req?.headers.authorization).toBe("Bearer token-1");
    expect(progress).toEqual(["0/200000", "200000/200000"]);
    expect(graph.violations).toEqual([]);
  });

  it("never overwrites an earlier report: a second one gets a new name", async () => {
    const first = bytesOf(1000, 3);
    const second = bytesOf(1000, 5);
    await client().uploadReport(FOLDER, NAME, first);
    const again = await client().uploadReport(FOLDER, NAME, second);
    expect(again.name).toBe("bao-cao-6-thang-dau-nam-2021 1.docx");
    expect(graph.files.get(FOLDER_ID)?.get(NAME)).toEqual(Buffer.from(first));
    expect(graph.files.get(FOLDER_ID)?.get(again.name)).toEqual(Buffer.from(second));
  });

  it("on 401 asks once for a fresh token and retries with it", async () => {
    graph.validTokens = new Set(["token-2"]);
    const item = await client().uploadReport(FOLDER, NAME, bytesOf(10));
    expect(item.name).toBe(NAME);
    expect(tokenCalls).toEqual([false, true]);
    expect(graph.requests.map((r) => [r.headers.authorization, r.outcome])).toEqual([
      ["Bearer token-1", 401],
      ["Bearer token-2", 201],
    ]);
    expect(sleeps).toEqual([]);
  });

  it("gives up after one fresh token is refused too", async () => {
    graph.validTokens = new Set(["token-3"]);
    expect(await problemOf(client().uploadReport(FOLDER, NAME, bytesOf(10)))).toEqual({
      code: GraphProblemCode.Unauthorized,
      params: { status: 401, graphCode: "InvalidAuthenticationToken" },
    });
    expect(graph.requests).toHaveLength(2);
  });

  it("on 403 does not retry and says the folder may not be written", async () => {
    graph.script(isSimplePut, { status: 403, body: { error: { code: "accessDenied" } } });
    expect(await problemOf(client().uploadReport(FOLDER, NAME, bytesOf(10)))).toEqual({
      code: GraphProblemCode.NoPermission,
      params: { status: 403, graphCode: "accessDenied" },
    });
    expect(graph.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("on 409 does not retry and says the name is taken", async () => {
    graph.script(isSimplePut, { status: 409, body: { error: { code: "nameAlreadyExists" } } });
    expect(await problemOf(client().uploadReport(FOLDER, NAME, bytesOf(10)))).toEqual({
      code: GraphProblemCode.NameConflict,
      params: { status: 409, graphCode: "nameAlreadyExists" },
    });
    expect(graph.requests).toHaveLength(1);
  });

  it("on 429 waits as long as Retry-After says, then retries", async () => {
    graph.script(isSimplePut, { status: 429, headers: { "Retry-After": "1" } });
    const item = await client().uploadReport(FOLDER, NAME, bytesOf(10));
    expect(item.name).toBe(NAME);
    expect(sleeps).toEqual([1000]);
    expect(graph.requests.map((r) => r.outcome)).toEqual([429, 201]);
  });

  it("on 503 waits each time and stops after the last try with a throttling problem", async () => {
    graph.script(isSimplePut, { status: 503, headers: { "Retry-After": "1" } }, 10);
    expect(await problemOf(client({ maxAttempts: 3 }).uploadReport(FOLDER, NAME, bytesOf(10)))).toEqual({
      code: GraphProblemCode.Throttled,
      params: { status: 503, graphCode: "status503", attempts: 3 },
    });
    expect(sleeps).toEqual([1000, 1000]);
    expect(graph.requests).toHaveLength(3);
    expect(graph.files.get(FOLDER_ID)?.size).toBe(0);
  });

  it("waits with a doubling backoff when 503 gives no Retry-After", async () => {
    graph.script(isSimplePut, { status: 503 }, 2);
    await client({ backoffMs: 500 }).uploadReport(FOLDER, NAME, bytesOf(10));
    expect(sleeps).toEqual([500, 1000]);
  });

  it("after a dropped connection backs off and tries again", async () => {
    graph.script(isSimplePut, "drop");
    const item = await client().uploadReport(FOLDER, NAME, bytesOf(50_000));
    expect(item.name).toBe(NAME);
    expect(graph.requests.map((r) => r.outcome)).toEqual(["dropped", 201]);
    expect(sleeps).toEqual([1000]);
  });

  it("ends with a network problem when the connection drops every time", async () => {
    graph.script(isSimplePut, "drop", 10);
    expect(await problemOf(client({ maxAttempts: 3 }).uploadReport(FOLDER, NAME, bytesOf(10)))).toEqual({
      code: GraphProblemCode.Network,
      params: { attempts: 3 },
    });
    expect(sleeps).toEqual([1000, 2000]);
  });
});

describe("uploadReport, upload session (over 4 MB)", () => {
  const FIVE_MB = 5 * 1024 * 1024;

  it("sends a 5 MB report in ranges of 10 × 320 KiB, without the token on the upload URL, and returns the final item", async () => {
    const bytes = bytesOf(FIVE_MB);
    const progress: number[] = [];
    const item = await client().uploadReport(FOLDER, NAME, bytes, (sent) => progress.push(sent));
    expect(item.name).toBe(NAME);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)?.equals(Buffer.from(bytes))).toBe(true);
    const [create, ...chunks] = graph.requests;
    expect(create).toMatchObject({ method: "POST", url: `/v1.0/drives/${encodeURIComponent(DRIVE_ID)}/items/${FOLDER_ID}:/${NAME}:/createUploadSession` });
    expect(create?.headers.authorization).toBe("Bearer token-1");
    expect(chunks.map((c) => c.headers["content-range"])).toEqual([
      `bytes 0-${UPLOAD_CHUNK_SIZE - 1}/${FIVE_MB}`,
      `bytes ${UPLOAD_CHUNK_SIZE}-${FIVE_MB - 1}/${FIVE_MB}`,
    ]);
    expect(chunks.map((c) => c.bodyLength)).toEqual([UPLOAD_CHUNK_SIZE, FIVE_MB - UPLOAD_CHUNK_SIZE]);
    expect(UPLOAD_CHUNK_SIZE % CHUNK_UNIT).toBe(0);
    expect(chunks.map((c) => c.outcome)).toEqual([202, 201]);
    expect(progress).toEqual([0, UPLOAD_CHUNK_SIZE, FIVE_MB]);
    expect(graph.violations).toEqual([]);
  });

  it("resumes from the next expected range after the connection drops once a chunk was stored", async () => {
    const bytes = bytesOf(FIVE_MB + 1234, 11);
    // The fourth chunk reaches the server, but its answer is lost.
    let puts = 0;
    graph.script((m, u) => isUploadPut(m, u) && ++puts === 4, "drop-after-store");
    const item = await client({ chunkSize: CHUNK_UNIT }).uploadReport(FOLDER, NAME, bytes);
    expect(item.name).toBe(NAME);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)?.equals(Buffer.from(bytes))).toBe(true);
    const afterDrop = graph.requests.findIndex((r) => r.outcome === "dropped");
    expect(graph.requests[afterDrop + 1]).toMatchObject({ method: "GET", outcome: 200 });
    // It goes on with the fifth chunk, not the fourth again.
    expect(graph.requests[afterDrop + 2]?.headers["content-range"]).toBe(`bytes ${4 * CHUNK_UNIT}-${5 * CHUNK_UNIT - 1}/${FIVE_MB + 1234}`);
    expect(sleeps).toEqual([1000]);
    expect(graph.violations).toEqual([]);
  });

  it("resends a chunk the server never got", async () => {
    const bytes = bytesOf(FIVE_MB, 13);
    graph.script((m, u) => isUploadPut(m, u) && u.length > 0, "drop");
    const item = await client().uploadReport(FOLDER, NAME, bytes);
    expect(item.name).toBe(NAME);
    expect(graph.requests.filter((r) => r.method === "PUT").map((r) => r.headers["content-range"])).toEqual([
      `bytes 0-${UPLOAD_CHUNK_SIZE - 1}/${FIVE_MB}`,
      `bytes 0-${UPLOAD_CHUNK_SIZE - 1}/${FIVE_MB}`,
      `bytes ${UPLOAD_CHUNK_SIZE}-${FIVE_MB - 1}/${FIVE_MB}`,
    ]);
    expect(graph.files.get(FOLDER_ID)?.get(NAME)?.equals(Buffer.from(bytes))).toBe(true);
  });

  it("waits out a 429 on a chunk and sends the same range again", async () => {
    graph.script(isUploadPut, { status: 429, headers: { "Retry-After": "1" } });
    await client().uploadReport(FOLDER, NAME, bytesOf(FIVE_MB));
    expect(sleeps).toEqual([1000]);
    const puts = graph.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => [r.headers["content-range"], r.outcome])).toEqual([
      [`bytes 0-${UPLOAD_CHUNK_SIZE - 1}/${FIVE_MB}`, 429],
      [`bytes 0-${UPLOAD_CHUNK_SIZE - 1}/${FIVE_MB}`, 202],
      [`bytes ${UPLOAD_CHUNK_SIZE}-${FIVE_MB - 1}/${FIVE_MB}`, 201],
    ]);
  });

  it("says the session expired when the upload URL is gone", async () => {
    graph.script(isUploadPut, { status: 404, body: { error: { code: "itemNotFound" } } });
    expect(await problemOf(client().uploadReport(FOLDER, NAME, bytesOf(FIVE_MB)))).toEqual({ code: GraphProblemCode.SessionExpired, params: { status: 404 } });
  });

  it("refuses a chunk size that is not a multiple of 320 KiB", () => {
    expect(() => client({ chunkSize: 1_000_000 })).toThrow(RangeError);
  });
});
