/**
 * `npm run bench`: the speed and memory targets, measured.
 * Builds (once) a workbook of 200,000 lots, 100,000 calibrations and 3,000
 * tasks, then runs each measurement three times in a fresh process and
 * prints the medians beside the targets, with two yardsticks: the floor
 * (inflating the XML alone, which no reader can beat) and SheetJS. Results also go to out/bench.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_SIZE, writeBenchWorkbook } from "./bench-workbook";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "out", "bench");
const SAMPLE = join(ROOT, "examples", "bao-cao-mau-6-thang-2021.xlsx");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

type Json = Record<string, number>;

function child(mode: string, file: string): Json {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "bench-child.ts"), mode, file], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Json;
}

function medianOf(mode: string, file: string, runs = RUNS): Json {
  const results = Array.from({ length: runs }, () => child(mode, file));
  const out: Json = {};
  for (const key of Object.keys(results[0]!)) {
    const xs = results.map((r) => r[key]!).sort((a, b) => a - b);
    out[key] = xs[Math.floor(xs.length / 2)]!;
  }
  return out;
}

const f = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");

async function main() {
  const loadBefore = loadavg()[0]!;
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `bench-${BENCH_SIZE.lots}-${BENCH_SIZE.calibrations}-${BENCH_SIZE.tasks}-${BENCH_SIZE.activities}.xlsx`);
  if (!existsSync(file)) {
    const t0 = performance.now();
    process.stdout.write(`building ${file} … `);
    await writeBenchWorkbook(file);
    process.stdout.write(`${f((performance.now() - t0) / 1000, 1)} s\n`);
  }

  const ours = medianOf("ours", file);
  const floor = medianOf("floor", file);
  const exceljs = medianOf("exceljsLoad", file);
  const sheetjs = medianOf("sheetjs", file, Math.min(RUNS, 1));
  const checkAndSum = medianOf("checkAndSum", file, 1);
  const generate = medianOf("generate", file);
  const reference = medianOf("reference", SAMPLE);

  const timeRatio = ours.totalMs! / exceljs.loadMs!;
  const memRatio = ours.peakRssMb! / exceljs.peakRssMb!;
  const genRatio = generate.generateMs! / exceljs.loadMs!;
  const floorRatio = ours.totalMs! / floor.floorMs!;
  const sheetjsRatio = ours.totalMs! / sheetjs.loadMs!;
  const loadAfter = loadavg()[0]!;
  const lines = [
    `Machine: ${cpus().length} cores, 1-minute load average ${f(loadBefore, 2)} before, ${f(loadAfter, 2)} after (a busy machine stretches wall times; CPU times less so)`,
    `Bench workbook: ${f(ours.rows!)} data rows (${f(BENCH_SIZE.lots)} lots, ${f(BENCH_SIZE.calibrations)} calibrations, ${f(BENCH_SIZE.activities)} activities, ${f(BENCH_SIZE.tasks)} tasks, finance); median of ${RUNS} runs, each in a fresh process`,
    ``,
    `read (stream .xlsx → records)     ${f(ours.readMs!)} ms`,
    `check                             ${f(ours.checkMs!)} ms`,
    `sum up                            ${f(ours.sumMs!)} ms`,
    `read + check + sum                ${f(ours.totalMs!)} ms, peak RSS ${f(ours.peakRssMb!)} MB`,
    `floor: inflate the XML alone      ${f(floor.floorMs!)} ms (${f(floor.xmlBytes! / 1e6)} MB of sheets and shared strings), peak RSS ${f(floor.peakRssMb!)} MB`,
    `  read + check + sum ÷ floor  ${f(floorRatio, 2)} (target ≤ 2.00): ${verdict(floorRatio <= 2)}`,
    `  CPU time (all threads)   read + check + sum ${f(ours.cpuMs!)} ms, floor ${f(floor.cpuMs!)} ms: ${f(ours.cpuMs! / floor.cpuMs!, 2)}`,
    `SheetJS readFile (@e965/xlsx)     ${f(sheetjs.loadMs!)} ms, peak RSS ${f(sheetjs.peakRssMb!)} MB (one run)`,
    `  read + check + sum ÷ SheetJS ${f(sheetjsRatio, 2)}`,
    `exceljs readFile (load only)      ${f(exceljs.loadMs!)} ms, peak RSS ${f(exceljs.peakRssMb!)} MB`,
    `  time ratio   ${f(timeRatio, 2)} (target ≤ 0.70): ${verdict(timeRatio <= 0.7)}`,
    `  memory ratio ${f(memRatio, 2)} (target ≤ 0.25): ${verdict(memRatio <= 0.25)}`,
    `check + sum on records in memory  ${f(checkAndSum.checkAndSumMs!)} ms = ${f(checkAndSum.rowsPerSecond!)} rows/s (target ≥ 1,000,000): ${verdict(checkAndSum.rowsPerSecond! >= 1_000_000)}`,
    `generate (read → .docx)           ${f(generate.generateMs!)} ms, ${f(generate.docxBytes! / 1024)} KiB; ratio to exceljs load ${f(genRatio, 2)} (target ≤ 0.70): ${verdict(genRatio <= 0.7)}`,
    `reference report written          ${f(reference.writeMs!, 1)} ms (document + .docx, warm; target < 200 ms): ${verdict(reference.writeMs! < 200)}`,
    `reference report, whole generate  ${f(reference.wholeGenerateMs!, 1)} ms (read the sample, check, sum, write)`,
  ];
  console.log(lines.join("\n"));
  writeFileSync(
    join(ROOT, "out", "bench.json"),
    JSON.stringify(
      {
        size: BENCH_SIZE,
        runs: RUNS,
        ours,
        floor,
        sheetjs,
        exceljs,
        checkAndSum,
        generate,
        reference,
        timeRatio,
        memRatio,
        genRatio,
        floorRatio,
        sheetjsRatio,
        loadAverage: { before: loadBefore, after: loadAfter },
      },
      null,
      2,
    ) + "\n",
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
