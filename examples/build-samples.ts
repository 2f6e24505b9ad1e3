/**
 * Writes the sample workbooks next to this file:
 *   npx tsx examples/build-samples.ts [output folder]
 * The data comes from `sample-data/` (pure and seeded); this file only lays
 * it out with exceljs: bold, frozen header; dates as real date cells.
 */
import fs from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { allSamples, headerRowOf, type SampleSheet, type SampleValue, type SampleWorkbook } from "./sample-data";

/** A fixed stamp, so that nothing in the files depends on the day they were built. */
const STAMP = new Date(Date.UTC(2021, 6, 1));
const DATE_FORMAT = "dd/mm/yyyy";

/** Control characters as OOXML writes them (`_x0007_`): exceljs would drop them, Excel reads this form back. */
function encodeControls(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r";
    out += control ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return out;
}

function cellValue(v: SampleValue): ExcelJS.CellValue {
  if (typeof v === "string") return encodeControls(v);
  if (v === null || typeof v === "number" || v instanceof Date) return v;
  if ("error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  const result = typeof v.result === "number" ? v.result : ({ error: v.result.error } as ExcelJS.CellErrorValue);
  return { formula: v.formula, result } as ExcelJS.CellFormulaValue;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): void {
  const headerRow = headerRowOf(sheet);
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: headerRow }] });
  sheet.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  sheet.titleRows?.forEach((title, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = title;
    cell.font = { bold: i === 0 };
  });

  const header = ws.getRow(headerRow);
  sheet.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", wrapText: true };
  });

  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = cellValue(v);
      if (v instanceof Date) cell.numFmt = DATE_FORMAT;
      const numberFormat = sheet.numberFormats?.[c];
      if (numberFormat !== undefined && !(typeof v === "string" || v instanceof Date)) cell.numFmt = numberFormat;
      // Long text (and the Alt+Enter lines of Nơi nhận) wraps instead of spilling over.
      if (typeof v === "string" && (v.includes("\n") || v.length > 60)) cell.alignment = { vertical: "top", wrapText: true };
    });
  });
}

/** exceljs stamps each zip entry with the time of writing; re-zipping with a fixed date makes rebuilds byte-identical. */
async function withFixedZipDates(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.file(entry.name, await entry.async("uint8array"), { date: STAMP, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

/** Writes one workbook to `outDir`; returns its path. */
export async function writeSample(sample: SampleWorkbook, outDir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Lập báo cáo (số liệu mẫu)";
  wb.created = STAMP;
  wb.modified = STAMP;
  for (const sheet of sample.sheets) writeSheet(wb, sheet);
  const file = path.join(outDir, sample.fileName);
  await fs.writeFile(file, await withFixedZipDates(Buffer.from(await wb.xlsx.writeBuffer())));
  return file;
}

/** Writes every sample workbook to `outDir`; returns their paths. */
export async function buildSamples(outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const sample of allSamples()) files.push(await writeSample(sample, outDir));
  return files;
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? __dirname);
  buildSamples(outDir).then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
