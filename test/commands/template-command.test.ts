import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";
// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest, whose entry is an ES module jest cannot require.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { registerCommands, runTemplateCommand, TemplateCommandOutcome, type CommandEvent, type CommandOffice } from "../../src/commands";

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
      { ...deps, log: (m) => logged.push(m), createTemplate: async () => Promise.reject(Object.assign(new Error("secret path C:\\x"), { name: "RichApi.Error" })) },
      e,
    );
    expect(outcome).toBe(TemplateCommandOutcome.Failed);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(logged).toEqual(["Tạo mẫu failed: RichApi.Error"]);
  });
});
