/**
 * The workbook a living report names by its OneDrive address: found through
 * the shares API on the stand-in Graph, then downloaded; an address that is
 * not Microsoft's asks Graph nothing.
 */
import { encodeSharingUrl, graphClient, GraphProblemCode, type GraphClientOptions } from "../../../src/hosts/graph";
import { startStandInGraph, type StandInGraph } from "./stand-in-graph";
import { addDriveRoutes, MY_DRIVE, type DriveRoutes } from "./stand-in-drive";
import { problemOf } from "./problem-of";

const WEB_URL = "https://contoso-my.sharepoint.com/personal/thu/Documents/Báo cáo/so-lieu 2021.xlsx";
const BYTES = Buffer.from("PK\u0003\u0004 not really a workbook, but bytes to fetch");

let graph: StandInGraph;
let drive: DriveRoutes;

beforeEach(async () => {
  graph = await startStandInGraph();
  drive = addDriveRoutes(graph);
  drive.searched.push({ id: "01SOLIEU", driveId: MY_DRIVE, name: "so-lieu 2021.xlsx", modified: "2021-07-02T08:00:00Z", bytes: BYTES });
  graph.route(({ method, path, authorised }) => {
    const share = /^\/v1\.0\/shares\/([^/]+)\/driveItem$/.exec(path);
    if (method !== "GET" || !share) return undefined;
    if (!authorised) return { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } };
    if (share[1] !== encodeSharingUrl(WEB_URL)) return { status: 404, body: { error: { code: "itemNotFound" } } };
    return {
      status: 200,
      body: {
        id: "01SOLIEU",
        name: "so-lieu 2021.xlsx",
        webUrl: WEB_URL,
        size: BYTES.length,
        file: {},
        parentReference: { driveId: MY_DRIVE, id: "01PARENT" },
      },
    };
  });
});
afterEach(() => graph.close());

function options(): GraphClientOptions {
  return { baseUrl: graph.baseUrl, tokens: { getToken: async () => "token-1" }, fetch: (url, init) => fetch(url, init as RequestInit), sleep: async () => {} };
}

it("finds the workbook by its address through /shares/{shareId}/driveItem, then its content downloads", async () => {
  const client = graphClient(options());
  const item = await client.workbookAt(WEB_URL);
  expect(item).toMatchObject({ id: "01SOLIEU", driveId: MY_DRIVE, name: "so-lieu 2021.xlsx", size: BYTES.length });
  expect(graph.requests[0]?.url.split("?")[0]).toBe(`/v1.0/shares/${encodeSharingUrl(WEB_URL)}/driveItem`);
  const bytes = await client.downloadItem(item.driveId, item.id);
  expect(Buffer.from(bytes).equals(BYTES)).toBe(true);
  expect(graph.violations).toEqual([]);
});

it("a workbook moved or deleted since is item-not-found (404)", async () => {
  const problem = await problemOf(graphClient(options()).workbookAt(WEB_URL.replace("2021", "2020")));
  expect(problem).toMatchObject({ code: GraphProblemCode.ItemNotFound, params: { status: 404 } });
});

it("a workbook the account may not read is no-permission (403)", async () => {
  graph.script((method, url) => method === "GET" && url.includes("/shares/"), { status: 403, body: { error: { code: "accessDenied" } } });
  const problem = await problemOf(graphClient(options()).workbookAt(WEB_URL));
  expect(problem.code).toBe(GraphProblemCode.NoPermission);
});

it.each(["http://contoso-my.sharepoint.com/so-lieu.xlsx", "https://example.com/so-lieu.xlsx", "C:\\Báo cáo\\so-lieu.xlsx", ""])(
  "an address that is not Microsoft's over https (%s) asks Graph nothing",
  async (location) => {
    const problem = await problemOf(graphClient(options()).workbookAt(location));
    expect(problem.code).toBe(GraphProblemCode.NotInCloud);
    expect(graph.requests).toEqual([]);
  },
);
