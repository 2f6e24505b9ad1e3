/**
 * The import graph of src/, read with the TypeScript compiler's own module
 * resolution: files, the folders they live in, and the cycles between them.
 * `npm run check:imports` prints it; the architecture test asserts on it.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

const rel = (path: string): string => relative(ROOT, path).split(sep).join("/");

/** Every import and re-export between files under src/ (type-only ones too: they still couple the files). */
export function importEdges(): ImportEdge[] {
  const files = sourceFiles(SRC);
  const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX };
  const host = ts.createCompilerHost(options);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(ts.sys.readFile(file) ?? "", true, false);
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith(".")) continue;
      const resolved = ts.resolveModuleName(ref.fileName, file, options, host).resolvedModule?.resolvedFileName;
      if (resolved && resolved.startsWith(SRC)) edges.push({ from: rel(file), to: rel(resolved) });
    }
  }
  return edges;
}

/** Strongly connected components of more than one node (or a node importing itself): the cycles. */
export function cycles(edges: ReadonlyArray<ImportEdge>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const start of [...next.keys()].sort()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; i: number }> = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = next.get(top.node)!;
      if (top.i < targets.length) {
        const to = targets[top.i++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== top.node);
        if (component.length > 1 || targets.includes(top.node)) found.push(component.sort());
      }
    }
  }
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The same graph one level up: an edge between two folders when a file of one imports a file of the other. */
export function folderEdges(edges: ReadonlyArray<ImportEdge>): ImportEdge[] {
  const seen = new Set<string>();
  const out: ImportEdge[] = [];
  for (const { from, to } of edges) {
    const a = dirname(from);
    const b = dirname(to);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    out.push({ from: a, to: b });
  }
  return out;
}

if (require.main === module) {
  const edges = importEdges();
  const fileCycles = cycles(edges);
  const dirCycles = cycles(folderEdges(edges));
  console.log(`${edges.length} imports between files under src/`);
  for (const c of fileCycles) console.log(`file cycle: ${c.join(" ⇄ ")}`);
  for (const c of dirCycles) console.log(`folder cycle: ${c.join(" ⇄ ")}`);
  console.log(`${fileCycles.length} file cycles, ${dirCycles.length} folder cycles`);
  process.exitCode = fileCycles.length + dirCycles.length > 0 ? 1 : 0;
}
