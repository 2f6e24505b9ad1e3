/**
 * Checks manifest.xml offline: the XML schema (xmllint), every resource
 * reference, and every https://localhost:3000/ URL against what the build
 * serves. Run: npx tsx test/manifest/validate-manifest.ts [manifest.xml]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { descendants, parseXml, type XmlElement } from "./manifest-xml";

export interface ManifestReport {
  /** Problems that make the manifest unusable: the command exits non-zero. */
  readonly errors: string[];
  /** Worth a look, not fatal (a resource nobody uses). */
  readonly warnings: string[];
  /** What was not checked, and why. */
  readonly notices: string[];
}

export interface ValidateOptions {
  /** The folder copied to /assets by the build. */
  readonly assetsDir?: string;
  readonly schema?: string;
  /** The xmllint program; tests point it elsewhere to see the skip notice. */
  readonly xmllint?: string;
}

const REPO = resolve(__dirname, "../..");
export const DEFAULT_SCHEMA = resolve(REPO, "../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000/";
/** Pages the webpack build produces; assets/ is copied as it is. */
export const BUILD_PAGES = ["taskpane.html", "commands.html"] as const;
const MAX_ID = 32;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** What kind of resource an element's `resid` must name, by element (and parent for Title/Description). */
function expectedKind(el: XmlElement): ResourceKind | undefined {
  switch (el.name) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Url":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return undefined;
  }
}

/** (a) The XML schema, through xmllint; a missing xmllint is said, never passed over. */
async function schemaCheck(file: string, options: ValidateOptions, report: ManifestReport): Promise<void> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  if (!existsSync(schema)) {
    report.errors.push(`schema not found: ${schema} (shared/office-manifest-xsd must sit beside the repository)`);
    return;
  }
  const run = spawnSync(options.xmllint ?? "xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    if (await wasmCheck(file, schema, report)) report.notices.push("schema checked with xmllint-wasm (xmllint not found)");
    else report.notices.push("SKIPPED schema check: xmllint is not installed (Debian package libxml2-utils) and neither is the npm package xmllint-wasm");
    return;
  }
  if (run.status === 0) return;
  const lines = `${run.stderr}`.split("\n").filter((l) => /error/i.test(l));
  for (const l of lines.length > 0 ? lines : [`xmllint exited with ${run.status}: ${run.stderr}`])
    report.errors.push(`schema: ${l.replace(/^.*?:(\d+):/, "line $1:").trim()}`);
}

interface XmllintWasm {
  validateXML(o: {
    xml: ReadonlyArray<{ fileName: string; contents: string }>;
    schema: ReadonlyArray<{ fileName: string; contents: string }>;
    preload: ReadonlyArray<{ fileName: string; contents: string }>;
  }): Promise<{ valid: boolean; errors: ReadonlyArray<{ rawMessage: string }> }>;
}

/** xmllint-wasm, only when it is installed (it is not a dependency); true when it ran. */
async function wasmCheck(file: string, schema: string, report: ManifestReport): Promise<boolean> {
  let wasm: XmllintWasm;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    wasm = require("xmllint-wasm") as XmllintWasm;
  } catch {
    return false;
  }
  // The main schema imports its neighbours by file name: they go into the in-memory file system.
  const dir = dirname(schema);
  const preload = readdirSync(dir)
    .filter((f) => f.endsWith(".xsd") && f !== basename(schema))
    .map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), "utf8") }));
  const result = await wasm.validateXML({
    xml: [{ fileName: basename(file), contents: readFileSync(file, "utf8") }],
    schema: [{ fileName: basename(schema), contents: readFileSync(schema, "utf8") }],
    preload,
  });
  if (!result.valid) for (const e of result.errors) report.errors.push(`schema: ${e.rawMessage.trim()}`);
  return true;
}

/** (b) Every resid names a resource of the right kind; ids are unique and short. */
function resourceCheck(root: XmlElement, report: ManifestReport): void {
  const defined = new Map<string, ResourceKind>();
  const used = new Set<string>();
  const resources = [...descendants(root)].find((e) => e.name === "Resources");
  if (!resources) report.errors.push("no <Resources> in VersionOverrides");
  for (const group of resources?.children ?? []) {
    const kind = group.name as ResourceKind;
    for (const r of group.children) {
      const id = r.attrs.id;
      if (id === undefined) continue;
      if (defined.has(id)) report.errors.push(`line ${r.line}: resource id "${id}" is defined twice`);
      if (id.length > MAX_ID) report.errors.push(`line ${r.line}: resource id "${id}" is ${id.length} characters long (at most ${MAX_ID})`);
      defined.set(id, kind);
    }
  }
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const kind = defined.get(resid);
    const want = expectedKind(el);
    if (kind === undefined) report.errors.push(`line ${el.line}: <${el.name} resid="${resid}"> refers to a resource not defined in <Resources>`);
    else if (want && kind !== want) report.errors.push(`line ${el.line}: <${el.name} resid="${resid}"> needs a ${want} resource, but "${resid}" is in ${kind}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) report.warnings.push(`resource "${id}" is defined but never used`);
  // Control and group ids identify buttons to Office: two alike in one host would clash.
  for (const host of [...descendants(root)].filter((e) => e.name === "Host" && e.attrs.type)) {
    const seen = new Set<string>();
    for (const el of descendants(host)) {
      if ((el.name !== "Control" && el.name !== "Group") || !el.attrs.id) continue;
      if (seen.has(el.attrs.id)) report.errors.push(`line ${el.line}: ${el.name} id "${el.attrs.id}" is used twice in the ${host.attrs.type} host`);
      seen.add(el.attrs.id);
    }
  }
}

/** The width and height of a PNG file, from its header; undefined when it is not a PNG. */
function pngSize(path: string): { width: number; height: number } | undefined {
  const head = readFileSync(path).subarray(0, 24);
  if (head.length < 24 || head.toString("latin1", 1, 4) !== "PNG") return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** (c) Every https://localhost:3000/ URL is a page the build makes or a file in assets/. */
function urlCheck(root: XmlElement, assetsDir: string, report: ManifestReport): void {
  const imageSizes = new Map<string, Set<number>>();
  for (const el of descendants(root))
    if (el.name === "Image" && el.attrs.resid && el.attrs.size)
      imageSizes.set(el.attrs.resid, (imageSizes.get(el.attrs.resid) ?? new Set()).add(Number(el.attrs.size)));
  for (const el of descendants(root)) {
    const values = [...Object.values(el.attrs), el.text.trim()];
    for (const value of values) {
      if (!value.startsWith(ORIGIN)) continue;
      const path = decodeURIComponent(value.slice(ORIGIN.length).split(/[?#]/, 1)[0] ?? "");
      if ((BUILD_PAGES as ReadonlyArray<string>).includes(path)) continue;
      if (!path.startsWith("assets/")) {
        report.errors.push(`line ${el.line}: ${value} is not served by the build (pages: ${BUILD_PAGES.join(", ")}; files: assets/…)`);
        continue;
      }
      const file = join(assetsDir, path.slice("assets/".length));
      if (!existsSync(file)) {
        report.errors.push(`line ${el.line}: ${value} points to ${path}, which is not in assets/`);
        continue;
      }
      const sizes = el.attrs.id ? imageSizes.get(el.attrs.id) : undefined;
      const png = sizes && pngSize(file);
      for (const size of sizes ?? []) {
        if (!png || png.width !== size || png.height !== size)
          report.errors.push(
            `line ${el.line}: image "${el.attrs.id}" is used as a ${size}×${size} icon but ${path} is ${png ? `${png.width}×${png.height}` : "not a PNG"}`,
          );
      }
    }
  }
}

/** Runs every check on the manifest at `file`. */
export async function validateManifest(file: string, options: ValidateOptions = {}): Promise<ManifestReport> {
  const report: ManifestReport = { errors: [], warnings: [], notices: [] };
  await schemaCheck(file, options, report);
  let root: XmlElement;
  try {
    root = parseXml(readFileSync(file, "utf8"));
  } catch (e) {
    report.errors.push(`not well-formed XML: ${(e as Error).message}`);
    return report;
  }
  resourceCheck(root, report);
  urlCheck(root, options.assetsDir ?? join(REPO, "assets"), report);
  return report;
}

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? join(REPO, "manifest.xml"));
  const report = await validateManifest(file);
  for (const n of report.notices) console.log(`notice: ${n}`);
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.error(`error: ${e}`);
  console.log(report.errors.length === 0 ? `${file}: valid` : `${file}: ${report.errors.length} error(s)`);
  process.exitCode = report.errors.length === 0 ? 0 : 1;
}

if (require.main === module) void main();
