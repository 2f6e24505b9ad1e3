/**
 * The stand-in, trusted before the browser test leans on it: the exact
 * script served to the browser is run in a vm sandbox and the Excel host
 * code (src/hosts/excel) reads, selects and writes through it.
 */
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { analyseWorkbook } from "../../../src/core/analyse";
import { createTemplate, selectCell, withExcelSource } from "../../../src/hosts/excel";
import { openXlsxSource } from "../../../src/hosts/node";
import { standInScript, standInWorkbook, type StandInConfig, type StandInGlobal, type StandInLogEntry } from ".";

const EXAMPLES = join(__dirname, "../../../examples");
const MISTAKES = join(EXAMPLES, "bao-cao-co-loi.xlsx");
const REFERENCE = join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx");

interface Sandbox extends StandInGlobal {
  __OFFICE_LOG__: StandInLogEntry[];
}

/** The served script run in a fresh sandbox; `Excel` is put where src/hosts/excel looks for it. */
function install(config: StandInConfig): Sandbox {
  const sandbox: StandInGlobal = { __OFFICE_STAND_IN__: config, location: { origin: "https://localhost:3000" } };
  runInNewContext(standInScript(), Object.assign(sandbox, { setTimeout, URL, console }));
  (globalThis as { Excel?: unknown }).Excel = sandbox.Excel;
  return sandbox as Sandbox;
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

const ofKind = <K extends StandInLogEntry["kind"]>(log: StandInLogEntry[], kind: K) =>
  log.filter((e): e is Extract<StandInLogEntry, { kind: K }> => e.kind === kind);
const issueKeys = (issues: ReadonlyArray<{ code: string; sheet?: string; cell?: string }>) => issues.map((i) => `${i.sheet ?? ""}!${i.cell ?? ""} ${i.code}`);

describe("the sample workbooks through the stand-in", () => {
  it("converts a sample with the Node reader: types, date formats, a used range from A1", async () => {
    const wb = await standInWorkbook(MISTAKES);
    const lots = wb.sheets.find((s) => s.name === "Lô hàng")!;
    expect(wb.sheets.map((s) => s.name)).toEqual(["Thông tin", "Nhiệm vụ", "Lô hàng", "Kiểm định", "Tài chính", "Hoạt động", "Danh mục hoạt động", "Nội dung"]);
    expect(lots.usedRangeAddress).toMatch(/^A1:[A-Z]+\d+$/);
    expect(lots.values.length).toBe(Number(/\d+$/.exec(lots.usedRangeAddress!)![0]));
    // B13 holds the duplicate registration number; A18 a real date; D15 a #REF! error.
    expect([lots.values[12]![1], lots.valueTypes[12]![1]]).toEqual(["2022/0005-LS", "String"]);
    expect([lots.values[17]![0], lots.valueTypes[17]![0], lots.numberFormat[17]![0]]).toEqual([44747, "Double", "dd/mm/yyyy"]);
    expect([lots.values[14]![3], lots.valueTypes[14]![3]]).toEqual(["#REF!", "Error"]);
    expect([lots.values[9]![0], lots.valueTypes[9]![0]]).toEqual(["", "Empty"]);
  });

  it.each([
    ["mistakes", MISTAKES],
    ["reference", REFERENCE],
  ])("reading the %s sample through Excel.run finds what the file reader finds, and writes nothing", async (_name, path) => {
    const fromFile = await analyseWorkbook(await openXlsxSource(path));
    const sandbox = install({ workbook: await standInWorkbook(path) });
    const fromExcel = await withExcelSource((source) => analyseWorkbook(source));
    expect(issueKeys(fromExcel.issues)).toEqual(issueKeys(fromFile.issues));
    expect(fromExcel.summary).toEqual(fromFile.summary);
    const log = sandbox.__OFFICE_LOG__;
    expect(ofKind(log, "write")).toEqual([]);
    expect(ofKind(log, "missing")).toEqual([]);
    const syncs = ofKind(log, "sync");
    // Two requests for the workbook, then one block per sheet (the samples are small).
    expect(syncs).toHaveLength(2 + fromFile.sheetOrder.length);
    const cells = (await standInWorkbook(path)).sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
    expect(syncs.reduce((n, s) => n + s.cells, 0)).toBe(cells);
  });

  it("gives the reference sample's figures (840 lots, 29 tasks managed)", async () => {
    install({ workbook: await standInWorkbook(REFERENCE) });
    const analysis = await withExcelSource((source) => analyseWorkbook(source));
    expect(JSON.stringify(analysis.summary)).toContain('"value":840');
    expect(JSON.stringify(analysis.summary)).toContain('"value":29');
  });
});

describe("Excel objects keep Office.js' rules", () => {
  const small = {
    workbook: {
      sheets: [
        {
          name: "Lô hàng",
          values: [
            ["Số", "Ngày"],
            ["A-1", 44200],
          ],
          valueTypes: [
            ["String", "String"],
            ["String", "Double"],
          ],
          numberFormat: [
            ["General", "General"],
            ["General", "dd/mm/yyyy"],
          ],
        },
      ],
    },
  };

  it("a property read before load and sync throws PropertyNotLoaded", async () => {
    install(small);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Lô hàng");
      const range = ws.getRange("A1:B2");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values, address");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([
        ["Số", "Ngày"],
        ["A-1", 44200],
      ]);
      expect(range.address).toBe("'Lô hàng'!A1:B2");
      expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
    });
  });

  it("answers DATE(2000,1,1) in the workbook's date system", async () => {
    for (const [date1904, serial] of [
      [false, 36526],
      [true, 35064],
    ] as const) {
      install({ workbook: { ...small.workbook, date1904 } });
      const value = await Excel.run(async (context) => {
        const probe = context.workbook.functions.date(2000, 1, 1).load("value");
        await context.sync();
        return probe.value;
      });
      expect(value).toBe(serial);
    }
  });

  it("selects at the sync, and fails the sync for a sheet that does not exist", async () => {
    const sandbox = install(small);
    await selectCell("Lô hàng", "B2");
    expect(sandbox.__OFFICE_LOG__.filter((e) => e.kind !== "sync")).toEqual([
      { kind: "activate", sheet: "Lô hàng" },
      { kind: "select", sheet: "Lô hàng", address: "B2" },
    ]);
    await expect(selectCell("Không có", "A1")).rejects.toThrow(/ItemNotFound/);
    expect(ofKind(sandbox.__OFFICE_LOG__, "select")).toHaveLength(1);
  });

  it("an unknown member throws and is logged as missing", async () => {
    const sandbox = install(small);
    await expect(Excel.run(async (context) => (context.workbook as unknown as { bindings: { load(): void } }).bindings.load())).rejects.toThrow(
      /not implemented/,
    );
    expect(ofKind(sandbox.__OFFICE_LOG__, "missing")).toEqual([{ kind: "missing", member: "workbook.bindings" }]);
  });

  it("Tạo mẫu writes through it: sheets added, every write logged, the new headers read back", async () => {
    const sandbox = install(small);
    const result = await createTemplate();
    expect(result.added.length).toBeGreaterThan(3);
    const writes = ofKind(sandbox.__OFFICE_LOG__, "write");
    expect(writes.filter((w) => w.property === "add" && w.target === "workbook.worksheets").map((w) => w.value)).toEqual([...result.added, "_Danh mục"]);
    expect(writes.some((w) => w.property === "freezeRows")).toBe(true);
    expect(writes.some((w) => w.target.endsWith(".dataValidation") && w.property === "rule")).toBe(true);
    expect(ofKind(sandbox.__OFFICE_LOG__, "missing")).toEqual([]);
    const names = await withExcelSource(async (source) => {
      const out: string[] = [];
      for await (const sheet of source.sheets()) out.push(`${sheet.name}:${sheet.tables.map((t) => `${t.name}@${t.ref}`).join(",")}`);
      return out;
    });
    expect(names[0]).toBe("Lô hàng:");
    expect(names.find((n) => n.startsWith("Nhiệm vụ:"))).toMatch(/^Nhiệm vụ:NhiemVu@A1:[A-Z]+2$/);
  });
});

describe("Office and the dialog API without a browser", () => {
  interface DialogResult {
    status: string;
    value: { addEventHandler(type: string, h: (a: { message?: string; error?: number }) => void): void; messageChild(m: string): void; close(): void };
    error?: { code: number };
  }
  const office = (sandbox: StandInGlobal) =>
    sandbox.Office as {
      context: {
        platform: string;
        displayLanguage: string;
        requirements: { isSetSupported(n: string, v?: string): boolean };
        ui: { displayDialogAsync(url: string, o: object, cb: (r: DialogResult) => void): void };
      };
      onReady(): Promise<{ host: string; platform: string }>;
    };

  it("reports the configured host and requirement sets", async () => {
    const sandbox = install({ platform: "PC", displayLanguage: "en-US", requirements: { ExcelApi: "1.7" } });
    const o = office(sandbox);
    await expect(o.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect([o.context.platform, o.context.displayLanguage]).toEqual(["PC", "en-US"]);
    expect([
      o.context.requirements.isSetSupported("ExcelApi", "1.4"),
      o.context.requirements.isSetSupported("ExcelApi", "1.8"),
      o.context.requirements.isSetSupported("DialogApi"),
    ]).toEqual([true, false, false]);
  });

  it("opens a dialog of the same origin, logs messages to it and delivers its messages", async () => {
    const sandbox = install({ platform: "PC" });
    const o = office(sandbox);
    const result = await new Promise<DialogResult>((resolve) =>
      o.context.ui.displayDialogAsync("https://localhost:3000/download.html", { height: 30, width: 30 }, resolve),
    );
    expect(result.status).toBe("succeeded");
    const got: string[] = [];
    result.value.addEventHandler("dialogMessageReceived", (a) => got.push(a.message!));
    sandbox.__OFFICE_STAND_IN_DELIVER__!({ kind: "message", message: '{"kind":"ready"}', origin: "https://localhost:3000" });
    result.value.messageChild("chunk");
    expect(got).toEqual(['{"kind":"ready"}']);
    expect(sandbox.__OFFICE_LOG__.filter((e) => e.kind !== "ready")).toEqual([
      { kind: "dialog", url: "https://localhost:3000/download.html", options: { height: 30, width: 30 } },
      { kind: "delivered", to: "pane", message: '{"kind":"ready"}' },
      { kind: "messageChild", message: "chunk" },
    ]);
    const foreign = await new Promise<DialogResult>((resolve) => o.context.ui.displayDialogAsync("https://example.com/x.html", {}, resolve));
    expect([foreign.status, foreign.error?.code]).toEqual(["failed", 12004]);
  });
});

describe("the NAA bridge and the OneDrive members", () => {
  const NAA = { username: "thu@contoso.vn", name: "Nguyễn Thị Thu", tenantId: "tenant-1", objectId: "oid-1", accessToken: "token-naa" };
  type Bridge = { addEventListener(e: string, cb: (r: string) => void): void; postMessage(m: string): void };
  const installNaa = (config: StandInConfig) => {
    const sandbox = install(config);
    Object.assign(sandbox, { TextEncoder, btoa });
    return sandbox as Sandbox & { nestedAppAuthBridge?: Bridge };
  };
  /** Posts one request as MSAL's BridgeProxy does and resolves with the parsed answer. */
  function ask(bridge: Bridge, method: string, tokenParams?: object): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const requestId = `r-${method}`;
      bridge.addEventListener("message", (r) => {
        const answer = JSON.parse(r) as Record<string, unknown>;
        if (answer.requestId === requestId) resolve(answer);
      });
      bridge.postMessage(JSON.stringify({ messageType: "NestedAppAuthRequest", method, requestId, tokenParams }));
    });
  }

  it("without `naa` there is no bridge and no NestedAppAuth; the document's url and openBrowserWindow are there", () => {
    const sandbox = installNaa({ documentUrl: "https://contoso-my.sharepoint.com/a.xlsx" });
    const o = sandbox.Office as {
      context: { document: { url: string }; requirements: { isSetSupported(n: string, v?: string): boolean }; ui: { openBrowserWindow(u: string): void } };
    };
    expect(sandbox.nestedAppAuthBridge).toBeUndefined();
    expect(o.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
    expect(o.context.document.url).toBe("https://contoso-my.sharepoint.com/a.xlsx");
    o.context.ui.openBrowserWindow("https://x/b.docx");
    expect(ofKind(sandbox.__OFFICE_LOG__, "openBrowserWindow")).toEqual([{ kind: "openBrowserWindow", url: "https://x/b.docx" }]);
    expect(ofKind(sandbox.__OFFICE_LOG__, "missing")).toEqual([]);
  });

  it("answers GetInitContext and GetToken as a signed-in Office does, with an ID token MSAL can read", async () => {
    const sandbox = installNaa({ naa: NAA });
    const o = sandbox.Office as { context: { requirements: { isSetSupported(n: string, v?: string): boolean } } };
    expect(o.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    const bridge = sandbox.nestedAppAuthBridge!;
    const init = await ask(bridge, "GetInitContext");
    expect(init).toMatchObject({
      messageType: "NestedAppAuthResponse",
      success: true,
      initContext: { accountContext: { homeAccountId: "oid-1.tenant-1", tenantId: "tenant-1" } },
    });
    const token = await ask(bridge, "GetToken", { clientId: "client-1", scope: "Files.ReadWrite openid" });
    expect(token).toMatchObject({
      success: true,
      token: { access_token: "token-naa", scope: "Files.ReadWrite openid" },
      account: { username: "thu@contoso.vn", localAccountId: "oid-1" },
    });
    const claims = JSON.parse(Buffer.from((token.token as { id_token: string }).id_token.split(".")[1]!, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ aud: "client-1", oid: "oid-1", tid: "tenant-1", name: "Nguyễn Thị Thu", preferred_username: "thu@contoso.vn" });
    expect(ofKind(sandbox.__OFFICE_LOG__, "naa").map((e) => e.method)).toEqual(["GetInitContext", "GetToken"]);
  });

  it("with no account signed in, a silent request needs interaction and the sign-in window gives the token", async () => {
    const bridge = installNaa({ naa: { ...NAA, signedIn: false } }).nestedAppAuthBridge!;
    expect(await ask(bridge, "GetToken", { clientId: "c", scope: "s" })).toMatchObject({ success: false, error: { status: "USER_INTERACTION_REQUIRED" } });
    expect(await ask(bridge, "GetTokenPopup", { clientId: "c", scope: "s" })).toMatchObject({ success: true, token: { access_token: "token-naa" } });
  });
});
