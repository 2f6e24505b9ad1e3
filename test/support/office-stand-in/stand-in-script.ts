/**
 * The stand-in as one browser script: each file of the in-browser part is
 * transpiled by TypeScript and wrapped in a tiny module table (they import
 * only each other), then `installOfficeStandIn(globalThis)` runs. Node only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The in-browser files, each after the ones it imports. */
const BROWSER_MODULES = ["a1", "excel-model", "excel-proxy", "excel-api", "office-api", "naa-bridge", "install"];

let cached: string | undefined;

function transpile(name: string): string {
  const source = readFileSync(join(__dirname, `${name}.ts`), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false },
    fileName: `${name}.ts`,
  });
  return `${JSON.stringify(`./${name}`)}: function (exports, require) {\n${outputText}\n}`;
}

/** The script served in place of office.js (built once per process). */
export function standInScript(): string {
  cached ??= [
    "(function () {",
    `var modules = {\n${BROWSER_MODULES.map(transpile).join(",\n")}\n};`,
    "var loaded = {};",
    "function require(name) {",
    "  if (!(name in modules)) throw new Error('Office stand-in: no module ' + name);",
    "  if (!loaded[name]) { loaded[name] = {}; modules[name](loaded[name], require); }",
    "  return loaded[name];",
    "}",
    'require("./install").installOfficeStandIn(globalThis);',
    "})();",
  ].join("\n");
  return cached;
}
