/** The ribbon as the manifest declares it: one pane for both pane buttons, an icon of its own per button, consistent English labels; and the production manifest written from one base URL. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { descendants, parseXml, type XmlElement } from "./manifest-xml";
import { validateManifest } from "./validate-manifest";

const REPO = resolve(__dirname, "../..");
const xml = readFileSync(join(REPO, "manifest.xml"), "utf8");
const root = parseXml(xml);
const all = (name: string) => [...descendants(root)].filter((e) => e.name === name);
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
// webpack.config.js is plain CommonJS: its manifest helpers are what `npm run build` uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(REPO, "webpack.config.js")) as {
  productionManifest(xml: string, base: string): string;
  addinBaseUrl(value?: string): string;
  DEV_BASE_URL: string;
};

const controls = all("Control");
const english = (resid: string) => {
  const s = all("String").find((e) => e.attrs.id === resid)!;
  return s.children.find((c) => c.name === "Override" && c.attrs.Locale === "en-US")?.attrs.Value;
};

describe("the ribbon buttons", () => {
  it("open the one pane: both pane-opening buttons share a TaskpaneId", () => {
    const actions = all("Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane" || a.attrs.type === "ShowTaskpane");
    const excelActions = controls
      .filter((c) => c.attrs.id?.startsWith("LBC.Xl."))
      .map((c) => child(c, "Action")!)
      .filter((a) => child(a, "SourceLocation"));
    expect(excelActions).toHaveLength(2);
    expect(excelActions.map((a) => child(a, "TaskpaneId")?.text.trim())).toEqual(["LBC.Pane", "LBC.Pane"]);
    expect(actions.length).toBeGreaterThanOrEqual(2);
  });

  it("each have an icon of their own, and those files differ", () => {
    const iconOf = (c: XmlElement) => [...descendants(child(c, "Icon")!)].filter((e) => e.name === "Image").map((i) => i.attrs.resid);
    const sets = controls.map((c) => iconOf(c).join(","));
    expect(new Set(sets).size).toBe(controls.length);
    const urlOf = (resid: string) => all("Image").find((e) => e.attrs.id === resid)!.attrs.DefaultValue!;
    const files = controls.map((c) => readFileSync(join(REPO, new URL(urlOf(iconOf(c).find((r) => r!.endsWith(".32"))!)).pathname)).toString("base64"));
    expect(new Set(files).size).toBe(controls.length);
  });

  it("say in English what the pane says: Write report, Check data, Add template sheets", async () => {
    const labels = controls.map((c) => english(child(c, "Label")!.attrs.resid!));
    expect(labels).toEqual(["Write report", "Check data", "Add template sheets", "Insert report"]);
    const { UI_TEXT } = await import("../../src/taskpane/text/ui-text");
    expect([UI_TEXT.en.writeReport, UI_TEXT.en.tabs.generate, UI_TEXT.en.runCheck, UI_TEXT.en.addTemplate]).toEqual([
      "Write report",
      "Write report",
      "Check data",
      "Add template sheets",
    ]);
  });
});

describe("the production manifest from ADDIN_BASE_URL", () => {
  const dir = mkdtempSync(join(tmpdir(), "lbc-prod-manifest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves every URL to the base, and the AppDomain to its origin, and stays valid", async () => {
    const base = webpackConfig.addinBaseUrl("https://addin.sokhcn.example.vn/lap-bao-cao/");
    expect(base).toBe("https://addin.sokhcn.example.vn/lap-bao-cao");
    const out = webpackConfig.productionManifest(xml, base);
    const urls = [...descendants(parseXml(out))].flatMap((e) => Object.values(e.attrs).filter((v) => /^https:\/\//.test(v)));
    const devUrls = [...descendants(root)].flatMap((e) => Object.values(e.attrs).filter((v) => /^https:\/\//.test(v)));
    expect(urls.length).toBe(devUrls.length);
    expect(urls.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    expect(out).toContain("<AppDomain>https://addin.sokhcn.example.vn</AppDomain>");
    expect(out).not.toMatch(/="https:\/\/localhost:3000/);
    const file = join(dir, "manifest.xml");
    writeFileSync(file, out);
    const report = await validateManifest(file);
    expect(report.errors).toEqual([]);
    if (!hasXmllint) console.log("xmllint missing: schema not checked");
  });

  it("refuses a base Office cannot load, and defaults to the dev server", () => {
    expect(() => webpackConfig.addinBaseUrl("http://addin.example.vn")).toThrow(/https/);
    expect(() => webpackConfig.addinBaseUrl("https://addin.example.vn/?x=1")).toThrow(/plain base URL/);
    expect(() => webpackConfig.addinBaseUrl("not a url")).toThrow(/not a URL/);
    expect(webpackConfig.addinBaseUrl(undefined)).toBe(webpackConfig.DEV_BASE_URL);
    expect(webpackConfig.productionManifest(xml, webpackConfig.DEV_BASE_URL)).toBe(xml);
  });
});
