import { APP_CONFIG } from "../../../src/config";
import { officeOneDriveHost } from "../../../src/taskpane/host/onedrive-host";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

describe("officeOneDriveHost", () => {
  it("has no client without a client id, and reads the workbook's address from Office", () => {
    g.Office = { context: { document: { url: "https://contoso-my.sharepoint.com/personal/a/Documents/so-lieu.xlsx" } } };
    const host = officeOneDriveHost({ ...APP_CONFIG, clientId: undefined });
    expect(host.client).toBeUndefined();
    expect(host.documentUrl()).toBe("https://contoso-my.sharepoint.com/personal/a/Documents/so-lieu.xlsx");
  });

  it("treats an empty address as none", () => {
    g.Office = { context: { document: { url: "" } } };
    expect(officeOneDriveHost(APP_CONFIG).documentUrl()).toBeUndefined();
  });

  it("opens the saved report with Office's browser window, only at an https address on a Microsoft host", () => {
    const opened: string[] = [];
    g.Office = { context: { ui: { openBrowserWindow: (url: string) => opened.push(url) } } };
    const host = officeOneDriveHost(APP_CONFIG);
    const good = "https://contoso.sharepoint.com/sites/skhcn/Shared%20Documents/bao-cao.docx";
    for (const url of [
      "javascript:alert(document.domain)",
      "http://contoso.sharepoint.com/bao-cao.docx",
      "https://contoso.sharepoint.com.evil.example/bao-cao.docx",
      "https://evil.example/?https://contoso.sharepoint.com/",
      "https://sharepoint.com@evil.example/",
      "data:text/html,<script>alert(1)</script>",
      "https://x/bao-cao.docx",
    ])
      host.openInBrowser(url);
    host.openInBrowser(good);
    host.openInBrowser("https://onedrive.live.com/edit.aspx?resid=ABC");
    host.openInBrowser("https://contoso.sharepoint.us/sites/a/b.docx");
    expect(opened).toEqual([good, "https://onedrive.live.com/edit.aspx?resid=ABC", "https://contoso.sharepoint.us/sites/a/b.docx"]);
  });

  it("with a client id, signing in says when Office lacks NestedAppAuth 1.1, before loading MSAL", async () => {
    const asked: string[] = [];
    g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => (asked.push(`${name} ${v}`), false) } } };
    const host = officeOneDriveHost({ ...APP_CONFIG, clientId: "11111111-2222-3333-4444-555555555555" });
    await expect(host.client?.signIn()).rejects.toMatchObject({ problem: { code: "naa-unsupported" } });
    expect(asked).toEqual(["NestedAppAuth 1.1"]);
  });

  it("ships without a client id, so the rest of the add-in works before registration", () => {
    expect(APP_CONFIG.clientId).toBeUndefined();
    expect(APP_CONFIG).toMatchObject({
      authority: "https://login.microsoftonline.com/common",
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      scopes: ["Files.ReadWrite.All"],
    });
  });
});
