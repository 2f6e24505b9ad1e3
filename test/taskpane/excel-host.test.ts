import { excelHost, excelMissingFeatures } from "../../src/taskpane/excel-host";
import type { ReadingProgress } from "../../src/taskpane/taskpane-host";
import { fileChunks, toBase64 } from "../../src/taskpane/save";
import { bigLotsSheet, infoSheet } from "../hosts/excel/fixtures";
import { mockExcel, sheetOf } from "../hosts/excel/mock-workbook";

type Global = { Excel?: unknown; Office?: unknown };
const g = globalThis as Global;

/** A document stub that records the downloads started through it. */
function fakeDocument() {
  const downloads: Array<{ name: string; href: string }> = [];
  const doc = {
    createElement: () => {
      const a = { href: "", download: "", rel: "", style: {} as Record<string, string>, click: () => downloads.push({ name: a.download, href: a.href }), remove: () => undefined };
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
    const analysis = await excelHost({ pageUrl: "https://localhost:3000/taskpane.html", doc: fakeDocument().doc }).readWorkbook((p) => seen.push(p));
    expect(analysis.data.lots?.records).toHaveLength(25_000);
    expect(analysis.summary?.period.name).toBe("6 tháng đầu năm 2021");
    expect(seen[0]).toMatchObject({ sheet: "Thông tin", sheetIndex: 0, sheetCount: 3 });
    const lots = seen.filter((p) => p.sheet === "Lô hàng");
    expect(lots.length).toBeGreaterThan(1);
    expect(lots.every((p) => p.sheetIndex === 2 && p.rowsTotal === 25_001)).toBe(true);
    expect(lots.at(-1)!.rowsDone).toBe(25_001);
    expect(m.writes()).toEqual([]);
  });
});

describe("excelHost.saveReport", () => {
  const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);

  it("downloads directly in Excel on the web", async () => {
    g.Office = { context: { platform: "OfficeOnline" }, PlatformType: { OfficeOnline: "OfficeOnline" } };
    const { doc, downloads } = fakeDocument();
    // The blob URL is released a minute later.
    jest.useFakeTimers();
    try {
      await expect(excelHost({ pageUrl: "https://localhost:3000/taskpane.html?action=generate", doc }).saveReport(bytes, "bao-cao.docx")).resolves.toBe("downloaded");
      jest.runOnlyPendingTimers();
    } finally {
      jest.useRealTimers();
    }
    expect(downloads).toEqual([{ name: "bao-cao.docx", href: expect.stringMatching(/^blob:/) }]);
  });

  it("opens download.html beside the pane on the desktop and sends the file in chunks", async () => {
    const sent: string[] = [];
    const handlers = new Map<string, (arg: unknown) => void>();
    const opened: Array<{ url: string; options: unknown }> = [];
    const dialog = {
      addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
      messageChild: (m: string) => {
        sent.push(m);
        if (sent.length === 2) handlers.get("dialogMessageReceived")!({ message: '{"kind":"saved"}', origin: "https://localhost:3000" });
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
    const host = excelHost({ pageUrl: "https://localhost:3000/taskpane.html?action=generate", doc: fakeDocument().doc });
    await expect(host.saveReport(bytes, "bao-cao.docx", "en")).resolves.toBe("saved");
    expect(opened).toEqual([{ url: "https://localhost:3000/download.html?lang=en", options: expect.objectContaining({ height: 30, width: 30 }) }]);
    expect(sent).toEqual([...fileChunks(toBase64(bytes), "bao-cao.docx").map((c) => JSON.stringify(c)), "close"]);
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
