/**
 * Throughput of our .xlsx reader against exceljs' two loaders, each in a
 * child process so peak RSS is its own. Not part of the jest run:
 *   npx tsx test/hosts/node/xlsx-read.bench.ts [rows]
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxSource } from "../../../src/hosts/node";

const GROUPS = ["Đồ chơi trẻ em", "Đồ điện, điện tử", "Thép", "Mũ bảo hiểm", "Khác"];
const RESULTS = ["Đạt", "Không đạt", "Đang xử lý"];

async function generate(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Lô hàng");
  ws.addRow(["Số đăng ký", "Ngày đăng ký", "Tổ chức nhập khẩu", "Nhóm hàng", "Tên hàng", "Số lượng", "Đơn vị tính", "Cửa khẩu", "Kết quả"]).commit();
  for (let i = 0; i < rows; i++) {
    const r = ws.addRow([
      `ĐK-${i}`,
      new Date(Date.UTC(2021, 0, 1 + (i % 365))),
      `Công ty ${i % 300}`,
      GROUPS[i % 5],
      `Hàng hóa loại ${i % 50}`,
      (i % 1000) + 1,
      "cái",
      `Cửa khẩu ${i % 7}`,
      RESULTS[i % 3],
    ]);
    r.getCell(2).numFmt = "dd/mm/yyyy";
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

/** Stand-in for checking + summing: looks at every cell, sums a column, counts by group. */
async function ours(path: string): Promise<string> {
  const source = await openXlsxSource(path);
  let rows = 0;
  let cells = 0;
  let quantity = 0;
  const byGroup = new Map<string, number>();
  for await (const sheet of source.sheets()) {
    for await (const row of sheet.rows()) {
      rows++;
      for (const c of row.cells) if (c) cells++;
      const q = row.cells[5];
      if (q?.t === "n") quantity += q.v;
      const g = row.cells[3];
      if (g?.t === "s") byGroup.set(g.v, (byGroup.get(g.v) ?? 0) + 1);
    }
  }
  return `rows=${rows} cells=${cells} quantity=${quantity} groups=${byGroup.size}`;
}

async function exceljsStream(path: string): Promise<string> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws) {
      rows++;
      row.eachCell(() => cells++);
    }
  }
  return `rows=${rows} cells=${cells}`;
}

async function exceljsFull(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let rows = 0;
  wb.eachSheet((ws) => (rows += ws.rowCount));
  return `rows=${rows}`;
}

const MODES: Record<string, (path: string) => Promise<string>> = { ours, "exceljs-stream": exceljsStream, "exceljs-full": exceljsFull };

async function child(mode: string, path: string): Promise<void> {
  const start = process.hrtime.bigint();
  const what = await MODES[mode]!(path);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, what }) + "\n");
}

async function main(): Promise<void> {
  const [, , first, second] = process.argv;
  if (first === "--child") return child(second!, process.argv[4]!);
  const rows = Number(first ?? 200_000);
  const path = join(tmpdir(), `lap-bao-cao-bench-${rows}.xlsx`);
  if (!existsSync(path)) await generate(path, rows);
  const results: Record<string, { ms: number; maxRssMb: number; what: string }> = {};
  for (const mode of Object.keys(MODES)) {
    const run = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", mode, path], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    results[mode] = JSON.parse(run.stdout.trim().split("\n").pop()!);
    const r = results[mode]!;
    console.log(
      `${mode.padEnd(15)} ${r.ms.toFixed(0).padStart(6)} ms  ${(rows / (r.ms / 1000)).toFixed(0).padStart(8)} rows/s  peak RSS ${r.maxRssMb.toFixed(0)} MB  ${r.what}`,
    );
  }
  const full = results["exceljs-full"]!;
  const mine = results.ours!;
  console.log(`ours / exceljs-full: time ${(mine.ms / full.ms).toFixed(2)}×, peak RSS ${(mine.maxRssMb / full.maxRssMb).toFixed(2)}×`);
}

void main();
