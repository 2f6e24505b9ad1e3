import { excelHost, excelMissingFeatures } from "../../../src/taskpane/host/excel-host";
import type { ReadingProgress } from "../../../src/taskpane/host/taskpane-host";
import { fileChunks, fileFromFragment, toBase64 } from "../../../src/taskpane/save";
import { bigLotsSheet, infoSheet } from "../../hosts/excel/fixtures";
import { mockExcel, sheetOf } from "../../hosts/excel/mock-workbook";

type Global = { Excel?: unknown; Office?: unknown };
const g = globalThis as Global;

/** A document stub that records the downloads started through it. */
function fakeDocument() {
  const downloads: Array<{ name: string; href: string }> = [];
  const doc = {
    createElement: () => {
      const a = {
        href: "",
        download: "",
        rel: "",
        style: {} as Record<string, string>,
        click: () => downloads.push({ name: a.download, href: a.href }),
        remove: () => undefined,
      };
      return a;
    },
    body: { appendChild: () => undefined },
  };
  return { doc: doc as unknown as Document, downloads };
}

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe("excelHost.readWorkbook", () => {
  it("reports progress per block across the workbook's sheets, and never writes", async () => {
    const m = mockExcel([infoSheet(), sheetOf("Ghi chép", [["x"]]), bigLotsSheet(25_000)]);
    g.Excel = m.excel;
    const seen: ReadingProgress[] = [];
    const { analysis, plan } = await excelHost({ pageUrl: "https://localhost:3000/taskpane.html", doc: fakeDocument().doc }).readWorkbook(
      { lang: "en", force: true },
      (p) => seen.push(p),
    );
    expect(analysis.data.lots?.records).toHaveLength(25_000);
    expect(analysis.summary?.period.name).toBe("6 tháng đầu năm 2021");
    // The report is planned as asked, from that analysis.
    expect(plan.ok && plan.document.language).toBe("en");
    expect(plan.fileName).toBe("bao-cao-6-thang-dau-nam-2021-en.docx");
    expect(seen[0]).toMatchObject({ sheet: "Thông tin", sheetIndex: 0, sheetCount: 3 });
    const lots = seen.filter((p) => p.sheet === "Lô hàng");
    expect(lots.length).toBeGreaterThan(1);
    expect(lots.every((p) => p.sheetIndex === 2 && p.rowsTotal === 25_001)).toBe(true);
    expect(lots.at(-1)!.rowsDone).toBe(25_001);
    expect(m.writes()).toEqual([]);
  });
});

describe("excelHost.workbook", () => {
  const host = (url: string | undefined) =>
    excelHost({ pageUrl: "https://localhost:3000/taskpane.html", doc: fakeDocument().doc, office: { document: url === undefined ? {} : { url } } });

  it("names a workbook on OneDrive by its file name, and keeps its address for the report's record", () => {
    const url = "https://d.docs.live.net/8f2a/Documents/S%E1%BB%91%20li%E1%BB%87u%202021.xlsx";
    expect(host(url).workbook?.()).toEqual({ name: "Số liệu 2021.xlsx", location: url });
  });

  it("names a workbook on the computer by its file name, and gives nothing for one never saved", () => {
    expect(host("C:\\Users\\ha\\Documents\\so-lieu.xlsx").workbook?.()).toEqual({ name: "so-lieu.xlsx", location: "C:\\Users\\ha\\Documents\\so-lieu.xlsx" });
    expect(host("").workbook?.()).toBeUndefined();
    expect(host(undefined).workbook?.()).toBeUndefined();
    // A stray "%" is not an escape: the name stays as written.
    expect(host("https://d.docs.live.net/8f2a/100%.xlsx").workbook?.()?.name).toBe("100%.xlsx");
  });
});

describe("excelHost.saveReport", () => {
  const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);

  it("downloads directly in Excel on the web", async () => {
    const office = { platform: "OfficeOnline", requirements: { isSetSupported: () => true } };
    const { doc, downloads } = fakeDocument();
    const host = excelHost({ pageUrl: "https://localhost:3000/taskpane.html?action=generate", doc, office });
    expect(host.delivery).toEqual({ automatic: "download", others: ["download"] });
    // The blob URL is released a minute later.
    jest.useFakeTimers();
    try {
      await expect(host.saveReport(bytes, "bao-cao.docx", "vi", "download")).resolves.toBe("downloaded");
      jest.runOnlyPendingTimers();
    } finally {
      jest.useRealTimers();
    }
    expect(downloads).toEqual([{ name: "bao-cao.docx", href: expect.stringMatching(/^blob:/) }]);
  });

  it("on the desktop, through a dialog when asked: opens download.html beside the pane and sends the file in chunks to its origin only", async () => {
    const sent: string[] = [];
    const handlers = new Map<string, (arg: unknown) => void>();
    const opened: Array<{ url: string; options: unknown }> = [];
    const targets = new Set<string>();
    const dialog = {
      addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
      messageChild: (m: string, options?: { targetOrigin?: string }) => {
        sent.push(m);
        targets.add(options?.targetOrigin ?? "none");
        // A message from another origin is ignored; the dialog's own ends the hand-over.
        if (sent.length === 2) handlers.get("dialogMessageReceived")!({ message: '{"kind":"download-started"}', origin: "https://evil.example" });
        if (sent.length === 2) handlers.get("dialogMessageReceived")!({ message: '{"kind":"download-started"}', origin: "https://localhost:3000" });
      },
      close: () => sent.push("close"),
    };
    g.Office = {
      context: {
        platform: "PC",
        ui: {
          displayDialogAsync: (url: string, options: unknown, cb: (r: unknown) => void) => {
            opened.push({ url, options });
            cb({ status: "succeeded", value: dialog });
            setTimeout(() => handlers.get("dialogMessageReceived")!({ message: '{"kind":"ready"}', origin: "https://localhost:3000" }), 0);
          },
        },
      },
      PlatformType: { OfficeOnline: "OfficeOnline" },
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    };
    const office = { platform: "PC", requirements: { isSetSupported: (name: string) => name === "DialogApi" } };
    const host = excelHost({ pageUrl: "https://localhost:3000/taskpane.html?action=generate", doc: fakeDocument().doc, office });
    expect(host.delivery).toEqual({ automatic: "download", others: ["download", "dialog"] });
    await expect(host.saveReport(bytes, "bao-cao.docx", "en", "dialog")).resolves.toBe("dialog-download");
    expect([...targets]).toEqual(["https://localhost:3000"]);
    expect(opened).toEqual([{ url: "https://localhost:3000/download.html?lang=en", options: expect.objectContaining({ height: 30, width: 30 }) }]);
    expect(sent).toEqual([...fileChunks(toBase64(bytes), "bao-cao.docx").map((c) => JSON.stringify(c)), "close"]);
  });
});

describe("excelHost on a Mac", () => {
  const bytes = Uint8Array.from({ length: 3_000 }, (_, i) => (i * 7) % 256);

  it("tries no download; opens the system browser on download.html with the file in the fragment, when the host can", async () => {
    const opened: string[] = [];
    const office = {
      diagnostics: { platform: "Mac" },
      requirements: { isSetSupported: (name: string) => name === "OpenBrowserWindowApi" },
      ui: { openBrowserWindow: (url: string) => void opened.push(url) },
    };
    const { doc, downloads } = fakeDocument();
    const host = excelHost({ pageUrl: "https://localhost:3000/taskpane.html", doc, office });
    expect(host.delivery).toEqual({ automatic: undefined, others: ["browser"] });
    await expect(host.saveReport(bytes, "bao-cao.docx", "vi", "browser")).resolves.toBe("opened-in-browser");
    expect(downloads).toEqual([]);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.origin + url.pathname + url.search).toBe("https://localhost:3000/download.html?lang=vi");
    expect(fileFromFragment(url.hash)).toEqual({ name: "bao-cao.docx", bytes });
  });

  it("offers nothing but OneDrive on a Mac without OpenBrowserWindowApi", () => {
    const host = excelHost({
      pageUrl: "https://localhost:3000/taskpane.html",
      doc: fakeDocument().doc,
      office: { platform: "Mac", requirements: { isSetSupported: () => false } },
    });
    expect(host.delivery).toEqual({ automatic: undefined, others: [] });
  });

  it("keeps the report's language in the workbook's settings", async () => {
    const values = new Map<string, unknown>([["reportLanguage", "en"]]);
    let saved = 0;
    const settings = {
      get: (k: string) => values.get(k) ?? null,
      set: (k: string, v: unknown) => void values.set(k, v),
      saveAsync: (cb?: (r: { status: string }) => void) => (saved++, cb?.({ status: "succeeded" })),
    };
    const host = excelHost({ pageUrl: "https://localhost:3000/taskpane.html", doc: fakeDocument().doc, office: { document: { settings } } });
    expect(host.reportLanguage?.read()).toBe("en");
    await host.reportLanguage?.write("vi");
    expect([values.get("reportLanguage"), saved]).toEqual(["vi", 1]);
    values.set("reportLanguage", "fr");
    expect(host.reportLanguage?.read()).toBeUndefined();
  });
});

describe("excelMissingFeatures", () => {
  it("lists the features this Excel cannot run, with the set each needs", () => {
    const upTo17 = (name: string, version?: string) => name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= 7;
    expect(excelMissingFeatures(upTo17)).toEqual([{ feature: "template", set: "ExcelApi 1.8" }]);
    expect(excelMissingFeatures(() => true)).toEqual([]);
    expect(excelMissingFeatures(undefined)).toEqual([]);
  });
});
