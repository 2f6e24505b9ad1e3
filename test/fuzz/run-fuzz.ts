/**
 * `npm run fuzz -- --cases N --seed S [--workers W] [--timeout MS] [--heap MB]`:
 * mutated sample workbooks through the Node and browser readers, in worker
 * processes, each case with a time bound (a case past it is a hang and its
 * worker is killed and replaced) and a heap bound (running out is a crash). Prints the counts by
 * exit class, hangs, crashes, the slowest case and the peak memory.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fork } from "node:child_process";

interface Side {
  readonly exit: 0 | 1 | 2 | "crash";
  readonly ms: number;
  readonly detail?: string;
}
interface Result {
  readonly index: number;
  readonly what: string;
  readonly node: Side;
  readonly browser: Side;
  readonly heapMb: number;
  readonly rssMb: number;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const CASES = arg("cases", 1000);
const SEED = arg("seed", 1);
const WORKERS = arg("workers", 2);
const TIMEOUT = arg("timeout", 30_000);
const HEAP_MB = arg("heap", 1024);

const counts = { node: { 0: 0, 1: 0, 2: 0, crash: 0 }, browser: { 0: 0, 1: 0, 2: 0, crash: 0 } };
const hangs: string[] = [];
const crashes: string[] = [];
const disagree: string[] = [];
let slowest = { ms: 0, index: -1, what: "" };
let maxHeap = 0;
let maxRss = 0;
let next = 0;
let done = 0;
const t0 = performance.now();

function record(r: Result): void {
  counts.node[r.node.exit]++;
  counts.browser[r.browser.exit]++;
  for (const [side, s] of [
    ["node", r.node],
    ["browser", r.browser],
  ] as const) {
    if (s.exit === "crash") crashes.push(`#${r.index} ${side} (${r.what}): ${s.detail?.split("\n")[0]}`);
    if (s.ms > slowest.ms) slowest = { ms: s.ms, index: r.index, what: `${side}: ${r.what}` };
  }
  if (r.node.exit !== r.browser.exit) disagree.push(`#${r.index} node ${r.node.exit} / browser ${r.browser.exit} (${r.what})`);
  maxHeap = Math.max(maxHeap, r.heapMb);
  maxRss = Math.max(maxRss, r.rssMb);
}

function spawn(): Promise<void> {
  return new Promise((resolveAll) => {
    const worker = fork(join(__dirname, "fuzz-worker.ts"), [], {
      execArgv: ["--import", "tsx", `--max-old-space-size=${HEAP_MB}`],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    let stderr = "";
    worker.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const give = () => {
      if (next >= CASES) {
        worker.kill();
        return;
      }
      current = next++;
      timer = setTimeout(() => {
        hangs.push(`#${current}`);
        worker.kill("SIGKILL");
      }, TIMEOUT);
      worker.send({ seed: SEED, index: current });
    };
    worker.on("message", (r: Result) => {
      clearTimeout(timer);
      record(r);
      current = -1;
      if (++done % 500 === 0) process.stdout.write(`${done} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
      give();
    });
    worker.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (current < 0) return resolveAll();
      // The worker died on a case (a hang killed, or out of memory): count it and carry on with a new one.
      if (!hangs.includes(`#${current}`)) crashes.push(`#${current} worker exited (${signal ?? code}): ${stderr.trim().split("\n").slice(-1)[0] ?? ""}`);
      done++;
      void spawn().then(resolveAll);
    });
    give();
  });
}

async function main(): Promise<void> {
  await Promise.all(Array.from({ length: Math.min(WORKERS, CASES) }, () => spawn()));
  const seconds = (performance.now() - t0) / 1000;
  const lines = [
    `fuzz: ${done} cases (seed ${SEED}), ${WORKERS} workers, ${seconds.toFixed(0)} s; each case through the Node and the browser reader`,
    `  node reader:    exit 0 ${counts.node[0]}, exit 1 ${counts.node[1]}, exit 2 ${counts.node[2]}, crash ${counts.node.crash}`,
    `  browser reader: exit 0 ${counts.browser[0]}, exit 1 ${counts.browser[1]}, exit 2 ${counts.browser[2]}, crash ${counts.browser.crash}`,
    `  hangs (over ${TIMEOUT / 1000} s): ${hangs.length}${hangs.length ? ` (${hangs.join(", ")})` : ""}`,
    `  crashes: ${crashes.length}`,
    ...crashes.slice(0, 10).map((c) => `    ${c}`),
    `  readers disagreeing on the exit class: ${disagree.length}`,
    ...disagree.slice(0, 5).map((d) => `    ${d}`),
    `  slowest case: ${slowest.ms.toFixed(0)} ms (#${slowest.index}, ${slowest.what.slice(0, 160)})`,
    `  memory: peak heap after a case ${maxHeap.toFixed(0)} MB, peak RSS of a worker process ${maxRss.toFixed(0)} MB (heap limit ${HEAP_MB} MB)`,
  ];
  console.log(lines.join("\n"));
  if (hangs.length > 0 || crashes.length > 0) process.exitCode = 1;
}

void main();
