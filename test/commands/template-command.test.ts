import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";
// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest, whose entry is an ES module jest cannot require.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { noticeText, noticeUrl, registerCommands, runTemplateCommand, TemplateCommandOutcome, type CommandEvent, type CommandOffice } from "../../src/commands";

/** An Office with `actions.associate` recording handlers, on `host`, supporting ExcelApi up to 1.`max`. */
function mockOffice(host: string, max: number) {
  const handlers = new Map<string, (event: CommandEvent) => unknown>();
  const data = {
    context: {
      host,
      requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= max },
    },
    actions: { associate: (name: string, handler: (event: CommandEvent) => unknown) => handlers.set(name, handler) },
  };
  // Office's common API reads properties without load/sync, as the mock's Outlook mode does.
  const office = new OfficeMockObject(data, OfficeApp.Outlook);
  return { office: office as unknown as CommandOffice, handlers };
}

const event = () => ({ completed: jest.fn() });

describe("the ribbon's Tạo mẫu", () => {
  it("registers the function the manifest names, which adds the sheets in Excel and completes", async () => {
    const { office, handlers } = mockOffice("Excel", 17);
    const write = jest.fn(async () => ({ added: ["Nhiệm vụ"] }));
    registerCommands(office, write);
    expect([...handlers.keys()]).toEqual(["createTemplate"]);
    const e = event();
    await expect(handlers.get("createTemplate")!(e)).resolves.toBe(TemplateCommandOutcome.Added);
    expect(write).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("touches nothing in Word, but still completes", async () => {
    const { office, handlers } = mockOffice("Word", 17);
    const write = jest.fn(async () => ({ added: [] }));
    registerCommands(office, write);
    const e = event();
    await expect(handlers.get("createTemplate")!(e)).resolves.toBe(TemplateCommandOutcome.NotExcel);
    expect(write).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("does nothing in an Excel without data validation (ExcelApi 1.8)", async () => {
    const { office, handlers } = mockOffice("Excel", 7);
    const write = jest.fn(async () => ({ added: [] }));
    registerCommands(office, write);
    const e = event();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(handlers.get("createTemplate")!(e)).resolves.toBe(TemplateCommandOutcome.Unsupported);
    warn.mockRestore();
    expect(write).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe("runTemplateCommand", () => {
  const deps = { host: "Excel", canWriteTemplate: true, log: () => undefined };

  it("says when there was nothing to add", async () => {
    const e = event();
    await expect(runTemplateCommand({ ...deps, createTemplate: async () => ({ added: [] }) }, e)).resolves.toBe(TemplateCommandOutcome.NothingToAdd);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the template writer fails, logging without the message", async () => {
    const logged: string[] = [];
    const e = event();
    const outcome = await runTemplateCommand(
      {
        ...deps,
        log: (m) => logged.push(m),
        createTemplate: async () => Promise.reject(Object.assign(new Error("secret path C:\\x"), { name: "RichApi.Error" })),
      },
      e,
    );
    expect(outcome).toBe(TemplateCommandOutcome.Failed);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(logged).toEqual(["Tạo mẫu failed: RichApi.Error"]);
  });
});

describe("Tạo mẫu tells the user what happened", () => {
  const deps = { host: "Excel", canWriteTemplate: true, log: () => undefined };

  it("shows the outcome before the command completes, for every outcome in Excel", async () => {
    const order: string[] = [];
    const e = { completed: jest.fn(() => order.push("completed")) };
    const notify = jest.fn(async (outcome: string, added: ReadonlyArray<string>) => void order.push(`notify ${outcome} ${added.join("|")}`));
    await runTemplateCommand({ ...deps, notify, createTemplate: async () => ({ added: ["Nhiệm vụ", "Lô hàng"] }) }, e);
    expect(order).toEqual(["notify added Nhiệm vụ|Lô hàng", "completed"]);
    await runTemplateCommand({ ...deps, notify, createTemplate: async () => Promise.reject(new Error("x")) }, event());
    await runTemplateCommand({ ...deps, canWriteTemplate: false, notify, createTemplate: async () => ({ added: [] }) }, event());
    await runTemplateCommand({ ...deps, host: "Word", notify, createTemplate: async () => ({ added: [] }) }, event());
    expect(notify.mock.calls.map((c) => c[0])).toEqual(["added", "failed", "unsupported"]);
  });

  it("still completes when the notice cannot be shown", async () => {
    const logged: string[] = [];
    const e = event();
    await runTemplateCommand(
      { ...deps, log: (m) => logged.push(m), notify: async () => Promise.reject(new Error("12007")), createTemplate: async () => ({ added: [] }) },
      e,
    );
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(logged).toEqual(["Tạo mẫu: the result could not be shown (12007)."]);
  });

  it("the notice page says it in the user's language, from the URL the command opens", () => {
    const url = new URL(noticeUrl("https://localhost:3000/commands.html?_host_Info=Excel", TemplateCommandOutcome.Added, ["Nhiệm vụ", "Lô hàng"], "vi"));
    expect(url.origin + url.pathname).toBe("https://localhost:3000/commands.html");
    expect(noticeText(url.search, "vi")).toEqual({ title: "Tạo mẫu", text: "Đã thêm: Nhiệm vụ, Lô hàng. Các trang đã có được giữ nguyên." });
    expect(noticeText(new URL(noticeUrl("https://h/commands.html", TemplateCommandOutcome.NothingToAdd, [], "en")).search, "en")?.text).toMatch(
      /nothing was added/,
    );
    expect(noticeText(new URL(noticeUrl("https://h/commands.html", TemplateCommandOutcome.Failed, [], "vi")).search, "vi")?.text).toMatch(/^Chưa thêm được/);
    expect(noticeText("", "vi")).toBeUndefined();
  });

  it("registerCommands opens the notice as a dialog and completes once the user closes it", async () => {
    const handlers = new Map<string, (event: CommandEvent) => unknown>();
    const dialogHandlers = new Map<unknown, (arg: unknown) => void>();
    const opened: string[] = [];
    let closed = 0;
    const office: CommandOffice = {
      actions: { associate: (name, handler) => handlers.set(name, handler) },
      context: {
        host: "Excel",
        displayLanguage: "en-US",
        requirements: { isSetSupported: () => true },
        ui: {
          displayDialogAsync: (url, _options, callback) => {
            opened.push(url);
            callback({ status: "succeeded", value: { addEventHandler: (type, h) => dialogHandlers.set(type, h), close: () => void closed++ } });
          },
        },
      },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    };
    registerCommands(office, async () => ({ added: ["Kiểm định"] }), "https://localhost:3000/commands.html");
    const e = event();
    const running = handlers.get("createTemplate")!(e) as Promise<unknown>;
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]!).searchParams.get("lang")).toBe("en");
    expect(e.completed).not.toHaveBeenCalled();
    dialogHandlers.get("message")!({ message: '{"kind":"close"}' });
    await expect(running).resolves.toBe(TemplateCommandOutcome.Added);
    expect([closed, e.completed.mock.calls.length]).toEqual([1, 1]);
  });
});
