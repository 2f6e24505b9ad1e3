/**
 * Where things print on a PDF page: words with their boxes (pdftotext
 * -bbox), and the solid horizontal rules (found on the page rasterised by
 * pdftoppm, as long runs of dark pixels). Lengths in points (1/72 in).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const MM = 72 / 25.4;

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: ReadonlyArray<PdfWord>;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .normalize("NFC");
}

/** Every page's words, in pdftotext's reading order. */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of html.split("<page ").slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words: PdfWord[] = [];
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5] ?? "") });
    }
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words });
  }
  return pages;
}

/** A run of words as they print, consecutive in reading order: `phrase(page, "Độc lập - Tự do - Hạnh phúc")`. */
export function phrase(page: PdfPage, text: string): PdfWord[] | undefined {
  const wanted = text.normalize("NFC").split(/\s+/);
  const { words } = page;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => words[i + k]?.text === w)) return words.slice(i, i + wanted.length);
  }
  return undefined;
}

/** The box around some words. */
export function span(words: ReadonlyArray<PdfWord>): PdfWord {
  return {
    text: words.map((w) => w.text).join(" "),
    xMin: Math.min(...words.map((w) => w.xMin)),
    yMin: Math.min(...words.map((w) => w.yMin)),
    xMax: Math.max(...words.map((w) => w.xMax)),
    yMax: Math.max(...words.map((w) => w.yMax)),
  };
}

/** Words grouped into printed lines (same top within 2 pt: a superscript mark shares its line's top), top to bottom. */
export function lines(words: ReadonlyArray<PdfWord>): PdfWord[][] {
  const out: PdfWord[][] = [];
  for (const w of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = out.find((l) => Math.abs((l[0] as PdfWord).yMin - w.yMin) < 2);
    if (line) line.push(w);
    else out.push([w]);
  }
  return out.map((l) => l.sort((a, b) => a.xMin - b.xMin)).sort((a, b) => (a[0] as PdfWord).yMin - (b[0] as PdfWord).yMin);
}

export interface Rule {
  readonly xMin: number;
  readonly xMax: number;
  readonly y: number;
  readonly length: number;
}

const DPI = 300;

/**
 * Solid horizontal rules at least `minLength` points long on page `pageNumber`
 * (1-based): rows of the page rasterised at 300 dpi with that many dark
 * pixels in a row; rows of one rule (a line is a few pixels thick) merged.
 */
export function horizontalRules(pdf: string, pageNumber: number, dir: string, minLength = 8 * MM): Rule[] {
  const prefix = join(dir, `rules-${pageNumber}`);
  execFileSync("pdftoppm", ["-r", String(DPI), "-gray", "-f", String(pageNumber), "-l", String(pageNumber), "-singlefile", pdf, prefix]);
  const bytes = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString("latin1"));
  if (header === null) throw new Error("pdftoppm wrote no P5 image");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const toPt = (px: number): number => (px * 72) / DPI;
  const minRun = Math.round((minLength * DPI) / 72);
  const found: Rule[] = [];
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && (bytes[start + y * width + x] ?? 255) < 128;
      if (dark) {
        run++;
        continue;
      }
      if (run >= minRun) {
        const rule = { xMin: toPt(x - run), xMax: toPt(x), y: toPt(y), length: toPt(run) };
        const same = found.find((r) => Math.abs(r.xMin - rule.xMin) < 1 && Math.abs(r.xMax - rule.xMax) < 1 && rule.y - r.y < 1.5 && rule.y >= r.y);
        if (same === undefined) found.push(rule);
      }
      run = 0;
    }
  }
  return found;
}
