import { browserLink, deliveryPlan, fileFromFragment, MAX_BROWSER_URL } from "../../../src/taskpane/save";

const sets =
  (...names: string[]) =>
  (name: string, version?: string) =>
    names.includes(`${name} ${version ?? "1.1"}`);

describe("deliveryPlan", () => {
  it("downloads from the pane on the web and on Windows, never on a Mac or iPad", () => {
    const all = sets("DialogApi 1.2", "OpenBrowserWindowApi 1.1");
    expect(deliveryPlan("OfficeOnline", all)).toEqual({ automatic: "download", others: ["download"] });
    expect(deliveryPlan("PC", all)).toEqual({ automatic: "download", others: ["download", "dialog", "browser"] });
    expect(deliveryPlan("Mac", all)).toEqual({ automatic: undefined, others: ["browser"] });
    expect(deliveryPlan("iOS", all)).toEqual({ automatic: undefined, others: ["browser"] });
  });

  it("offers the dialog only with DialogApi 1.2 (messageChild), the browser only with OpenBrowserWindowApi 1.1", () => {
    expect(deliveryPlan("PC", sets("DialogApi 1.1"))).toEqual({ automatic: "download", others: ["download"] });
    expect(deliveryPlan("Mac", sets("DialogApi 1.2"))).toEqual({ automatic: undefined, others: [] });
    expect(deliveryPlan(undefined, undefined)).toEqual({ automatic: "download", others: ["download"] });
  });
});

describe("the file carried to the system browser", () => {
  it("round-trips through download.html's fragment, with a name needing escapes", () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 131) % 256);
    const link = browserLink("https://addin.example.vn/app/taskpane.html?x=1", bytes, "bao cao+6 tháng.docx", "en")!;
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe("https://addin.example.vn/app/download.html?lang=en");
    expect(fileFromFragment(url.hash)).toEqual({ name: "bao cao+6 tháng.docx", bytes });
  });

  it("gives no link for a file too large to carry, and refuses a damaged fragment", () => {
    expect(browserLink("https://localhost:3000/taskpane.html", new Uint8Array(MAX_BROWSER_URL), "a.docx", "vi")).toBeUndefined();
    expect(fileFromFragment("#name=a.docx&data=@@@")).toBeUndefined();
    expect(fileFromFragment("#name=a.docx")).toBeUndefined();
    expect(fileFromFragment("")).toBeUndefined();
  });
});
