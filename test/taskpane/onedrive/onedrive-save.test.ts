import { AuthProblemCode, AuthProblemError } from "../../../src/hosts/auth";
import { graphClient, GraphProblemCode, GraphProblemError, type DriveFolder, type DriveItem } from "../../../src/hosts/graph";
import { saveToOneDrive, UNEXPECTED, type OneDriveClient, type OneDriveHost, type OneDriveState } from "../../../src/taskpane/onedrive";
import { FOLDER_ID, WORKBOOK_URL, startStandInGraph } from "../../hosts/graph/stand-in-graph";

const FOLDER: DriveFolder = { driveId: "d", id: "f" };
const WORKBOOK: DriveItem = { id: "w", name: "so-lieu.xlsx", webUrl: "https://x/so-lieu.xlsx", parent: FOLDER };

/** A client whose steps are logged; `fail` makes one step throw. */
function fakeClient(fail: { step: "signIn" | "find" | "upload"; error: unknown } | undefined, workbook: DriveItem = WORKBOOK) {
  const log: string[] = [];
  const client: OneDriveClient = {
    signIn: async () => {
      log.push("signIn");
      if (fail?.step === "signIn") throw fail.error;
    },
    driveItemForUrl: async (url) => {
      log.push(`find ${url}`);
      if (fail?.step === "find") throw fail.error;
      return workbook;
    },
    uploadReport: async (parent, name, bytes, onProgress) => {
      log.push(`upload ${parent.driveId}/${parent.id} ${name} ${bytes.length}`);
      if (fail?.step === "upload") throw fail.error;
      onProgress?.(bytes.length / 2, bytes.length);
      onProgress?.(bytes.length, bytes.length);
      return { id: "r", name: "bao-cao 1.docx", webUrl: "https://x/bao-cao%201.docx" };
    },
  };
  return { client, log };
}

function host(client: OneDriveClient | undefined, url: string | undefined = "https://x/so-lieu.xlsx"): OneDriveHost {
  return { client, documentUrl: () => url, openInBrowser: () => undefined };
}

const describeState = (s: OneDriveState) =>
  s.kind === "working"
    ? `${s.phase} ${s.sent}/${s.total}`
    : s.kind === "saved"
      ? `saved ${s.item.name}`
      : s.kind === "failed"
        ? `failed ${s.problem.code} retry=${s.canRetry}`
        : s.kind;

describe("saveToOneDrive", () => {
  it("signs in, finds the workbook's folder, uploads with progress and ends saved", async () => {
    const fake = fakeClient(undefined);
    const states: OneDriveState[] = [];
    const end = await saveToOneDrive(host(fake.client), new Uint8Array(10), "bao-cao.docx", (s) => states.push(s));
    expect(states.map(describeState)).toEqual(["sign-in 0/10", "find 0/10", "upload 0/10", "upload 5/10", "upload 10/10", "saved bao-cao 1.docx"]);
    expect(end).toEqual({ kind: "saved", item: { id: "r", name: "bao-cao 1.docx", webUrl: "https://x/bao-cao%201.docx" }, asked: "bao-cao.docx" });
    expect(fake.log).toEqual(["signIn", "find https://x/so-lieu.xlsx", "upload d/f bao-cao.docx 10"]);
  });

  it("says what to configure when there is no client, and offers no retry", async () => {
    const states: OneDriveState[] = [];
    const end = await saveToOneDrive(host(undefined), new Uint8Array(1), "a.docx", (s) => states.push(s));
    expect(states.map(describeState)).toEqual(["failed auth-not-configured retry=false"]);
    expect(end).toEqual({ kind: "failed", problem: { code: AuthProblemCode.NotConfigured, params: {} }, canRetry: false });
  });

  it("ends each failure with its problem, and a retry only where a second try can help", async () => {
    const cases: Array<[Parameters<typeof fakeClient>[0], string]> = [
      [{ step: "signIn", error: new AuthProblemError({ code: AuthProblemCode.NotSignedIn, params: {} }) }, "failed not-signed-in retry=true"],
      [{ step: "signIn", error: new AuthProblemError({ code: AuthProblemCode.NaaUnsupported, params: {} }) }, "failed naa-unsupported retry=false"],
      [{ step: "find", error: new GraphProblemError({ code: GraphProblemCode.NotInCloud, params: {} }) }, "failed not-in-cloud retry=false"],
      [{ step: "upload", error: new GraphProblemError({ code: GraphProblemCode.NoPermission, params: { status: 403 } }) }, "failed no-permission retry=false"],
      [{ step: "upload", error: new GraphProblemError({ code: GraphProblemCode.Network, params: { attempts: 4 } }) }, "failed network retry=true"],
      [{ step: "upload", error: new RangeError("boom") }, `failed ${UNEXPECTED} retry=true`],
    ];
    for (const [fail, expected] of cases) {
      const end = await saveToOneDrive(host(fakeClient(fail).client), new Uint8Array(1), "a.docx", () => undefined);
      expect(describeState(end)).toBe(expected);
    }
  });

  it("does not upload when the workbook is at a drive's root with no folder above it", async () => {
    const fake = fakeClient(undefined, { ...WORKBOOK, parent: undefined });
    const end = await saveToOneDrive(host(fake.client), new Uint8Array(1), "a.docx", () => undefined);
    expect(describeState(end)).toBe("failed not-in-cloud retry=false");
    expect(fake.log.some((l) => l.startsWith("upload"))).toBe(false);
  });
});

describe("saveToOneDrive against the stand-in Graph", () => {
  it("puts a 5 MB report beside the workbook, progress only going up", async () => {
    const graph = await startStandInGraph();
    try {
      const client = graphClient({
        baseUrl: graph.baseUrl,
        tokens: { getToken: async () => "token-1" },
        fetch: (u, i) => fetch(u, i as RequestInit),
        sleep: async () => undefined,
      });
      const states: OneDriveState[] = [];
      const bytes = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 251);
      const end = await saveToOneDrive(
        { client: { ...client, signIn: async () => undefined }, documentUrl: () => WORKBOOK_URL, openInBrowser: () => undefined },
        bytes,
        "bao-cao.docx",
        (s) => states.push(s),
      );
      expect(end.kind === "saved" && end.item.name).toBe("bao-cao.docx");
      const sent = states.flatMap((s) => (s.kind === "working" && s.phase === "upload" ? [s.sent] : []));
      expect(sent).toEqual([...sent].sort((a, b) => a - b));
      expect(sent.at(-1)).toBe(bytes.length);
      expect(graph.files.get(FOLDER_ID)?.get("bao-cao.docx")?.length).toBe(bytes.length);
    } finally {
      await graph.close();
    }
  });
});
