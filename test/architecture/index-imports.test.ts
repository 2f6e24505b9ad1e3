/**
 * Every import from another folder of src/ goes through that folder's index.ts:
 * checked on the real import graph, and the lint rule that enforces it
 * (`architecture/index-imports`, test/architecture/index-imports-rule.mjs)
 * shown to fire and to fix.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { importEdges } from "./import-graph";

const ROOT = join(__dirname, "..", "..");
const folder = (path: string) => path.slice(0, path.lastIndexOf("/"));
const isIndex = (path: string) => /\/index\.tsx?$/.test(path);

function lint(code: string, filePath: string, fix = false) {
  const args = ["eslint", "--no-warn-ignored", "--format", "json", "--stdin", "--stdin-filename", filePath, ...(fix ? ["--fix-dry-run"] : [])];
  const run = spawnSync("npx", args, { cwd: ROOT, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }>; output?: string }>;
  return result!;
}

describe("imports across folders", () => {
  it("reach another folder only through its index.ts", () => {
    const edges = importEdges();
    const crossing = edges.filter((e) => folder(e.from) !== folder(e.to));
    expect(crossing.length).toBeGreaterThan(300);
    expect(crossing.filter((e) => !isIndex(e.to))).toEqual([]);
  });

  it("are held to it by lint, which names the folder to import from and rewrites the path", () => {
    const code = 'import { figureTag } from "../core/living/figure-tags";\nexport const tag = figureTag("x");\n';
    const reported = lint(code, "src/cli/probe.ts");
    expect(reported.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([
      "architecture/index-imports: '../core/living/figure-tags' reaches into another folder: import it from '../core/living' (that folder's index.ts).",
    ]);
    expect(lint(code, "src/cli/probe.ts", true).output).toBe('import { figureTag } from "../core/living";\nexport const tag = figureTag("x");\n');
  });

  it("leave files of one folder free to import each other directly", () => {
    const code = 'import { figureTag } from "./figure-tags";\nexport const tag = figureTag("x");\n';
    expect(lint(code, "src/core/living/probe.ts").messages).toEqual([]);
  });
});
