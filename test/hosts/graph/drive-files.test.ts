import { driveFiles, graphClient, GraphProblemCode, newestFirst, parseWorkbook, type FetchLike, type GraphClientOptions } from "../../../src/hosts/graph";
import type { TokenRequestOptions } from "../../../src/hosts/auth";
import { startStandInGraph, type StandInGraph } from "./stand-in-graph";
import { addDriveRoutes, MY_DRIVE, OTHER_DRIVE, type DriveRoutes, type StandInFile } from "./stand-in-drive";
import { problemOf } from "./problem-of";

let graph: StandInGraph;
let drive: DriveRoutes;
let sleeps: number[];
let tokenCalls: boolean[];

beforeEach(async () => {
  graph = await startStandInGraph();
  drive = addDriveRoutes(graph);
  sleeps = [];
  tokenCalls = [];
});
afterEach(() => graph.close());

function options(fetchImpl: FetchLike = (url, init) => fetch(url, init as RequestInit)): GraphClientOptions {
  return {
    baseUrl: graph.baseUrl,
    tokens: {
      getToken: async (o?: TokenRequestOptions) => {
        tokenCalls.push(o?.forceRefresh === true);
        return o?.forceRefresh ? "token-2" : "token-1";
      },
    },
    fetch: fetchImpl,
    sleep: async (ms) => void sleeps.push(ms),
  };
}

function file(id: string, name: string, modified: string, length = 10, driveId = MY_DRIVE): StandInFile {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + id.length) & 255;
  return { id, driveId, name, modified, bytes };
}

const pathOf = (url: string) => decodeURIComponent(url.split("?")[0]!);

describe("listWorkbooks", () => {
  it("lists searched and recent .xlsx files newest first, each once, and leaves out other files and folders", async () => {
    drive.searched.push(
      file("A", "so-lieu 2020.xlsx", "2020-12-31T09:00:00Z", 1234),
      file("B", "ghi chú.docx", "2021-07-01T00:00:00Z"),
      file("C", "Sổ 6 tháng 2021.XLSX", "2021-06-30T08:15:00Z", 56_789),
      file("D", "bản cũ.xls", "2021-05-01T00:00:00Z"),
      file("F", "csv.xlsx.csv", "2021-05-02T00:00:00Z"),
      { ...file("G", "thư mục.xlsx", "2021-08-01T00:00:00Z"), folder: true },
    );
    drive.recent.push(
      file("C", "Sổ 6 tháng 2021.XLSX", "2021-06-30T08:15:00Z", 56_789),
      file("E", "được chia sẻ.xlsx", "2021-07-02T10:00:00Z", 99, OTHER_DRIVE),
    );

    const list = await driveFiles(options()).listWorkbooks();

    expect(list.map((w) => [w.id, w.driveId, w.name, new Date(w.lastModified).toISOString(), w.size])).toEqual([
      ["E", OTHER_DRIVE, "được chia sẻ.xlsx", "2021-07-02T10:00:00.000Z", 99],
      ["C", MY_DRIVE, "Sổ 6 tháng 2021.XLSX", "2021-06-30T08:15:00.000Z", 56_789],
      ["A", MY_DRIVE, "so-lieu 2020.xlsx", "2020-12-31T09:00:00.000Z", 1234],
    ]);
    expect(list[2]?.webUrl).toMatch(/so-lieu%202020\.xlsx$/);
    expect(graph.requests.map((r) => [r.method, pathOf(r.url), r.headers.authorization])).toEqual([
      ["GET", "/v1.0/me/drive/root/search(q='.xlsx')", "Bearer token-1"],
      ["GET", "/v1.0/me/drive/recent", "Bearer token-1"],
    ]);
    expect(graph.violations).toEqual([]);
  });

  it("follows the search's next pages", async () => {
    drive.pageSize = 2;
    for (let i = 1; i <= 5; i++) drive.searched.push(file(`S${i}`, `so-${i}.xlsx`, `2021-0${i}-01T00:00:00Z`));
    const list = await driveFiles(options()).listWorkbooks();
    expect(list.map((w) => w.id)).toEqual(["S5", "S4", "S3", "S2", "S1"]);
    expect(graph.requests.filter((r) => r.url.includes("search")).map((r) => new URLSearchParams(r.url.split("?")[1]).get("$skiptoken"))).toEqual([
      null,
      "2",
      "4",
    ]);
  });

  it("still lists the searched files when the deprecated recent list is refused", async () => {
    drive.searched.push(file("A", "a.xlsx", "2021-01-01T00:00:00Z"));
    drive.recent.push(file("B", "b.xlsx", "2021-02-01T00:00:00Z"));
    drive.recentStatus = 410;
    expect((await driveFiles(options()).listWorkbooks()).map((w) => w.id)).toEqual(["A"]);
  });

  it("asks for a fresh token once after a 401", async () => {
    drive.searched.push(file("A", "a.xlsx", "2021-01-01T00:00:00Z"));
    graph.validTokens = new Set(["token-2"]);
    expect((await driveFiles(options()).listWorkbooks()).map((w) => w.id)).toEqual(["A"]);
    expect(graph.requests.map((r) => [pathOf(r.url), r.outcome, r.headers.authorization])).toEqual([
      ["/v1.0/me/drive/root/search(q='.xlsx')", 401, "Bearer token-1"],
      ["/v1.0/me/drive/root/search(q='.xlsx')", 200, "Bearer token-2"],
      // Each request starts from the provider's token (it caches; this test one does not): one more refresh.
      ["/v1.0/me/drive/recent", 401, "Bearer token-1"],
      ["/v1.0/me/drive/recent", 200, "Bearer token-2"],
    ]);
    expect(tokenCalls).toEqual([false, true, false, true]);
  });

  it("waits out a 429 as Retry-After says, then lists", async () => {
    drive.searched.push(file("A", "a.xlsx", "2021-01-01T00:00:00Z"));
    graph.script((m, u) => m === "GET" && u.includes("search"), { status: 429, headers: { "Retry-After": "3" } }, 2);
    expect((await driveFiles(options()).listWorkbooks()).map((w) => w.id)).toEqual(["A"]);
    expect(sleeps).toEqual([3000, 3000]);
  });

  it("says OneDrive is busy when the search stays throttled", async () => {
    graph.script((m, u) => m === "GET" && u.includes("search"), { status: 503, headers: { "Retry-After": "1" } }, 10);
    expect(await problemOf(driveFiles(options()).listWorkbooks())).toMatchObject({ code: GraphProblemCode.Throttled, params: { status: 503, attempts: 4 } });
  });
});

describe("downloadItem", () => {
  it("follows the content redirect without the bearer token and returns the bytes, with progress", async () => {
    const wanted = file("X1", "so-lieu.xlsx", "2021-01-01T00:00:00Z", 70_000, OTHER_DRIVE);
    drive.searched.push(wanted);
    const progress: Array<[number, number]> = [];
    const bytes = await driveFiles(options()).downloadItem(OTHER_DRIVE, "X1", (received, total) => progress.push([received, total]));
    expect(Buffer.from(bytes).equals(wanted.bytes)).toBe(true);
    expect(graph.requests.map((r) => [pathOf(r.url), r.outcome, r.headers.authorization])).toEqual([
      [`/v1.0/drives/${OTHER_DRIVE}/items/X1/content`, 302, "Bearer token-1"],
      ["/download/X1", 200, undefined],
    ]);
    expect(graph.violations).toEqual([]);
    expect(progress[0]).toEqual([0, 70_000]);
    expect(progress.at(-1)).toEqual([70_000, 70_000]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
  });

  it("asks for the download URL when the browser hides the redirect (opaque, status 0)", async () => {
    const wanted = file("X2", "b.xlsx", "2021-01-01T00:00:00Z", 300);
    drive.searched.push(wanted);
    // A browser's fetch with redirect "manual": status 0 and no Location.
    const browserLike: FetchLike = async (url, init) =>
      init.redirect === "manual" ? { status: 0, headers: { get: () => null }, text: async () => "" } : fetch(url, init as RequestInit);
    const bytes = await driveFiles(options(browserLike)).downloadItem(MY_DRIVE, "X2");
    expect(Buffer.from(bytes).equals(wanted.bytes)).toBe(true);
    expect(graph.requests.map((r) => [pathOf(r.url), r.headers.authorization])).toEqual([
      [`/v1.0/drives/${MY_DRIVE}/items/X2`, "Bearer token-1"],
      ["/download/X2", undefined],
    ]);
    expect(graph.violations).toEqual([]);
  });

  it("refreshes the token after a 401 on the content request, never sending one to the download host", async () => {
    const wanted = file("X3", "c.xlsx", "2021-01-01T00:00:00Z", 64);
    drive.searched.push(wanted);
    graph.validTokens = new Set(["token-2"]);
    const bytes = await driveFiles(options()).downloadItem(MY_DRIVE, "X3");
    expect(Buffer.from(bytes).equals(wanted.bytes)).toBe(true);
    expect(graph.requests.map((r) => [r.outcome, r.headers.authorization])).toEqual([
      [401, "Bearer token-1"],
      [302, "Bearer token-2"],
      [200, undefined],
    ]);
    expect(graph.violations).toEqual([]);
  });

  it("retries a throttled download after Retry-After", async () => {
    const wanted = file("X4", "d.xlsx", "2021-01-01T00:00:00Z", 64);
    drive.searched.push(wanted);
    graph.script((m, u) => m === "GET" && u.startsWith("/download/"), { status: 429, headers: { "Retry-After": "2" } });
    const bytes = await driveFiles(options()).downloadItem(MY_DRIVE, "X4");
    expect(Buffer.from(bytes).equals(wanted.bytes)).toBe(true);
    expect(sleeps).toEqual([2000]);
    expect(graph.requests.map((r) => r.outcome)).toEqual([302, 429, 200]);
  });

  it("says the item is not found for an unknown id", async () => {
    expect(await problemOf(driveFiles(options()).downloadItem(MY_DRIVE, "NOPE"))).toEqual({
      code: GraphProblemCode.ItemNotFound,
      params: { status: 404, graphCode: "itemNotFound" },
    });
  });

  it("is part of the Graph client the OneDrive host builds", async () => {
    drive.searched.push(file("A", "a.xlsx", "2021-01-01T00:00:00Z"));
    const client = graphClient(options());
    expect((await client.listWorkbooks()).map((w) => w.id)).toEqual(["A"]);
  });
});

describe("parseWorkbook and newestFirst", () => {
  it("reads a recent entry's remoteItem and refuses items without a drive or a file facet", () => {
    const remote = {
      id: "r1",
      remoteItem: { id: "X", name: "x.xlsx", file: {}, size: 5, parentReference: { driveId: "d" } },
      lastModifiedDateTime: "2021-03-04T05:06:07Z",
    };
    expect(parseWorkbook(remote)).toEqual({ id: "X", driveId: "d", name: "x.xlsx", webUrl: "", lastModified: Date.UTC(2021, 2, 4, 5, 6, 7), size: 5 });
    expect(parseWorkbook({ id: "Y", name: "y.xlsx", file: {} })).toBeUndefined();
    expect(parseWorkbook({ id: "Y", name: "y.xlsx", parentReference: { driveId: "d" } })).toBeUndefined();
    expect(parseWorkbook("x")).toBeUndefined();
  });

  it("orders equal times by name and keeps the same id on two drives apart", () => {
    const w = (id: string, driveId: string, name: string, lastModified: number) => ({ id, driveId, name, webUrl: "", lastModified, size: 0 });
    expect(
      newestFirst([w("1", "a", "b.xlsx", 5), w("2", "a", "a.xlsx", 5), w("1", "b", "c.xlsx", 9), w("1", "a", "b.xlsx", 5)]).map((x) => `${x.driveId}/${x.id}`),
    ).toEqual(["b/1", "a/2", "a/1"]);
  });
});
