/**
 * One measurement in a process of its own, so its peak memory is its own.
 * Prints one line of JSON. Run by run-bench.ts, not by hand.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { readZipDirectory, readWorkbookParts } from "../../src/xlsx";
import { fileReadAt, readZipEntry, zipEntryChunks } from "../../src/hosts/node/zip-file";
import { openXlsxSource } from "../../src/hosts/node";
import { readWorkbook } from "../../src/core/read";
import { checkWorkbook } from "../../src/core/check";
import { periodOf, summarise } from "../../src/core/summarise";
import type { WorkbookData } from "../../src/core/model";
import { DATA_SHEETS, type DataSheetKey } from "../../src/core/schema";
import { analyseWorkbook } from "../../src/core/analyse";
import { planReport, reportClock } from "../../src/core/report";
import { renderDocx } from "../../src/render/docx";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of the whole process (main thread, zlib's threadpool, GC), in ms: beside the wall time, it shows how much a busy machine stretched a run. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Records read from every data sheet the contract has. */
function dataRows(data: WorkbookData): number {
  let rows = 0;
  for (const key of Object.keys(DATA_SHEETS) as DataSheetKey[]) rows += data[key]?.records.length ?? 0;
  return rows;
}

async function ours(path: string) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const source = await openXlsxSource(path);
  const read = await readWorkbook(source);
  const t1 = performance.now();
  const checks = checkWorkbook(read.data);
  const t2 = performance.now();
  const period = periodOf(read.data.settings.values);
  if (!period) throw new Error("bench workbook has no period");
  const summary = summarise(read.data, [...read.issues, ...checks], period);
  const t3 = performance.now();
  const cpu = cpuMs() - c0;
  const rows = dataRows(read.data);
  return {
    rows,
    readMs: t1 - t0,
    checkMs: t2 - t1,
    sumMs: t3 - t2,
    totalMs: t3 - t0,
    cpuMs: cpu,
    peakRssMb: peakRssMb(),
    lots: summary.lots.total.value,
    issues: read.issues.length + checks.length,
  };
}

async function exceljsLoad(path: string) {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const t1 = performance.now();
  let rows = 0;
  wb.eachSheet((ws) => (rows += ws.actualRowCount));
  return { rows, loadMs: t1 - t0, peakRssMb: peakRssMb() };
}

/** Checking and summing alone, on records already in memory: rows a second (median of 7 runs). */
async function checkAndSum(path: string) {
  const read = await readWorkbook(await openXlsxSource(path));
  const period = periodOf(read.data.settings.values)!;
  const rows = dataRows(read.data);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const checks = checkWorkbook(read.data);
    summarise(read.data, [...read.issues, ...checks], period);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { rows, checkAndSumMs: ms, rowsPerSecond: Math.round(rows / (ms / 1000)) };
}

/** The whole `generate`: read, check, sum up, build the document, write the .docx bytes. */
async function generate(path: string) {
  const t0 = performance.now();
  const analysis = await analyseWorkbook(await openXlsxSource(path));
  const prepared = planReport(analysis, { lang: "vi", force: true });
  if (!prepared.ok) throw new Error("bench report blocked: " + prepared.reason);
  const bytes = await renderDocx(prepared.built.document, { clock: reportClock(analysis) });
  const t1 = performance.now();
  return { generateMs: t1 - t0, docxBytes: bytes.length, peakRssMb: peakRssMb() };
}

/** The reference report alone: document model and .docx from the analysed sample (median of 15 warm runs). */
async function reference(path: string) {
  const analysis = await analyseWorkbook(await openXlsxSource(path));
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 16; i++) {
    const t0 = performance.now();
    const prepared = planReport(analysis, { lang: "vi" });
    if (!prepared.ok) throw new Error("reference report blocked");
    size = (await renderDocx(prepared.built.document, { clock: reportClock(analysis) })).length;
    if (i > 0) times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const cold = await analyseWorkbook(await openXlsxSource(path));
  const p = planReport(cold, { lang: "vi" });
  if (p.ok) await renderDocx(p.built.document, { clock: reportClock(cold) });
  return { writeMs: median(times), wholeGenerateMs: performance.now() - t0, docxBytes: size };
}

/** The floor: inflating the XML the reader must scan (every worksheet and the shared strings), streamed by node:zlib, nothing decoded. */
async function floor(path: string) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const fh = await open(path, "r");
  const size = (await fh.stat()).size;
  const entries = await readZipDirectory(fileReadAt(fh), size);
  const parts = await readWorkbookParts(async (part) => {
    const e = entries.get(part);
    return e ? (await readZipEntry(fh, size, e)).toString("utf8") : undefined;
  });
  await fh.close();
  let bytes = 0;
  for (const part of [parts.sharedStringsPart, ...parts.sheets.map((s) => s.part)]) {
    const entry = entries.get(part);
    if (entry) for await (const chunk of zipEntryChunks(path, size, entry)) bytes += chunk.length;
  }
  return { floorMs: performance.now() - t0, cpuMs: cpuMs() - c0, xmlBytes: bytes, peakRssMb: peakRssMb() };
}

/** SheetJS (the @e965/xlsx build) reading the same file into its workbook model. */
async function sheetjs(path: string) {
  // Loaded here only: its code and tables would otherwise count in every other mode's memory.
  const SheetJS = await import("@e965/xlsx");
  const t0 = performance.now();
  // The ES module build has no file access of its own: it gets the bytes, as its readFile would read them.
  const wb = SheetJS.read(readFileSync(path), { type: "buffer", dense: true, cellHTML: false, cellText: false, cellDates: false });
  const t1 = performance.now();
  let rows = 0;
  for (const name of wb.SheetNames) rows += (wb.Sheets[name]!["!data"] as unknown[] | undefined)?.length ?? 0;
  return { rows, loadMs: t1 - t0, peakRssMb: peakRssMb() };
}

const MODES = { ours, exceljsLoad, checkAndSum, generate, reference, floor, sheetjs } as const;

async function main() {
  const [mode, path] = process.argv.slice(2);
  const run = MODES[mode as keyof typeof MODES];
  if (!run || !path) throw new Error(`usage: bench-child ${Object.keys(MODES).join("|")} FILE.xlsx`);
  process.stdout.write(JSON.stringify(await run(path)) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + "\n");
  process.exitCode = 1;
});
