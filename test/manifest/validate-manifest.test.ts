import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateManifest } from "./validate-manifest";

const REPO = resolve(__dirname, "../..");
const MANIFEST = join(REPO, "manifest.xml");
const original = readFileSync(MANIFEST, "utf8");
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
const dir = mkdtempSync(join(tmpdir(), "lbc-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A copy of the manifest with `edit` applied (which must change it). */
function broken(edit: (xml: string) => string): string {
  const xml = edit(original);
  if (xml === original) throw new Error("the edit changed nothing");
  const path = join(dir, `manifest-${n++}.xml`);
  writeFileSync(path, xml);
  return path;
}

describe("the real manifest", () => {
  it("passes every check", async () => {
    const report = await validateManifest(MANIFEST);
    if (!hasXmllint) console.log(`notice: ${report.notices.join("; ")}`);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.notices).toEqual(hasXmllint ? [] : [expect.stringContaining("SKIPPED")]);
  });

  it("offers the three Excel buttons and the Word one, in Vietnamese with English overrides", () => {
    for (const label of ["Tạo báo cáo", "Kiểm tra số liệu", "Tạo mẫu", "Chèn báo cáo", "Báo cáo", "Lập báo cáo"])
      expect(original).toContain(`DefaultValue="${label}"`);
    expect(original).toContain("<FunctionName>createTemplate</FunctionName>");
    for (const url of ["taskpane.html?action=generate", "taskpane.html?action=check", "taskpane.html?host=word", "commands.html"])
      expect(original).toContain(`https://localhost:3000/${url}`);
    expect(original.match(/<bt:String id=/g)).toHaveLength(original.match(/<bt:Override Locale="en-US"/g)!.length);
    expect(original).toBe(original.normalize("NFC"));
  });

  it("runs from the command line and exits 0", () => {
    const run = spawnSync("npx", ["tsx", join(__dirname, "validate-manifest.ts"), MANIFEST], { encoding: "utf8", cwd: REPO });
    expect(run.stdout).toContain(": valid");
    expect(run.status).toBe(0);
  });
});

describe("a broken manifest", () => {
  it("fails when a resource id is missing", async () => {
    const path = broken((x) => x.replace(/\s*<bt:String id="Check\.Tip"[\s\S]*?<\/bt:String>/, ""));
    const report = await validateManifest(path);
    expect(report.errors).toEqual([expect.stringMatching(/<Description resid="Check\.Tip"> refers to a resource not defined in <Resources>/)]);
  });

  it("fails when a reference names a resource of the wrong kind, or an id is reused or too long", async () => {
    const path = broken((x) =>
      x
        .replace('<Label resid="Template.Label"/>', '<Label resid="Commands.Url"/>')
        .replace('<bt:String id="Insert.Tip"', '<bt:String id="Check.Tip"')
        .replace(/"Generate\.Url"/g, '"Generate.Url.For.The.Report.Task.Pane"'),
    );
    const report = await validateManifest(path, { xmllint: "/nonexistent/xmllint" });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Label resid="Commands\.Url"> needs a ShortStrings resource, but "Commands\.Url" is in Urls/),
        expect.stringMatching(/resource id "Check\.Tip" is defined twice/),
        expect.stringMatching(/resource id "Generate\.Url\.For\.The\.Report\.Task\.Pane" is 37 characters long \(at most 32\)/),
        expect.stringMatching(/<Description resid="Insert\.Tip"> refers to a resource not defined/),
      ]),
    );
  });

  it("fails on an unknown element", async () => {
    const path = broken((x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permissions>\n  <Ribbon/>"));
    const report = await validateManifest(path);
    if (!hasXmllint) return expect(report.notices).toEqual([expect.stringContaining("SKIPPED")]);
    expect(report.errors).toEqual([expect.stringMatching(/^schema: line \d+: .*Element '\{[^}]+\}Ribbon': This element is not expected/)]);
  });

  it("fails on elements in the wrong order", async () => {
    const path = broken((x) => x.replace(/(\s*<Version>1\.0\.0\.0<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"));
    const report = await validateManifest(path);
    if (!hasXmllint) return expect(report.notices).toEqual([expect.stringContaining("SKIPPED")]);
    expect(report.errors).toEqual([
      expect.stringMatching(
        /^schema: line \d+: .*Element '\{[^}]+\}ProviderName': This element is not expected\. Expected is one of \( \{[^}]+\}AlternateId, \{[^}]+\}Version \)/,
      ),
    ]);
  });

  it("fails on a URL the build does not serve, a missing asset and an icon of the wrong size", async () => {
    const path = broken((x) =>
      x
        .replace("https://localhost:3000/commands.html", "https://localhost:3000/command.html")
        .replace("https://localhost:3000/assets/icon-80.png", "https://localhost:3000/assets/icon-81.png")
        .replace(
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
    );
    const report = await validateManifest(path);
    expect(report.errors).toEqual([
      expect.stringMatching(/image "Icon\.16" is used as a 16×16 icon but assets\/icon-32\.png is 32×32/),
      expect.stringMatching(/https:\/\/localhost:3000\/assets\/icon-81\.png points to assets\/icon-81\.png, which is not in assets\//),
      expect.stringMatching(/https:\/\/localhost:3000\/command\.html is not served by the build/),
    ]);
  });

  it("says the schema check was skipped when xmllint cannot be found", async () => {
    const report = await validateManifest(MANIFEST, { xmllint: "/nonexistent/xmllint" });
    expect(existsSync("/nonexistent/xmllint")).toBe(false);
    expect(report.notices).toEqual([expect.stringMatching(/^SKIPPED schema check: xmllint is not installed/)]);
    expect(report.errors).toEqual([]);
  });

  it("exits non-zero from the command line, naming the problem", () => {
    const path = broken((x) => x.replace(/\s*<bt:String id="Group\.Label"[\s\S]*?<\/bt:String>/, ""));
    const run = spawnSync("npx", ["tsx", join(__dirname, "validate-manifest.ts"), path], { encoding: "utf8", cwd: REPO });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: line \d+: <Label resid="Group\.Label"> refers to a resource not defined in <Resources>/);
  });
});
