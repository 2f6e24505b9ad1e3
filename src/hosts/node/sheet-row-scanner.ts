/**
 * Turns a worksheet part's XML, fed chunk by chunk, into GridRows. A plain
 * indexOf scanner over `<sheetData>`: it makes no object per XML node, which
 * is where a general SAX parser spends its time on a 200,000-row sheet.
 */
import type { GridCell, GridRow } from "../../core/grid";
import { epochDayToSerial } from "../../core/grid";
import { decodeExcelEscapes, decodeXmlText, runTags, runsText, type RunTags } from "./xml-text";

export interface ScanContext {
  /** The cell for shared string `index` (undefined for an empty or unknown string). */
  readonly sharedCell: (index: number) => GridCell | undefined;
  /** `dateStyles[s]` is true when style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  readonly date1904: boolean;
}

const SHEET_DATA = /<([\w.-]+:)?sheetData(?=[\s/>])[^>]*>/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** The value of ` name="…"` inside the start tag s[from, to); a bounded search, as a missing attribute is common. */
function attribute(s: string, from: number, to: number, needle: string): string | undefined {
  for (let k = s.indexOf(" ", from); k >= 0 && k < to; k = s.indexOf(" ", k + 1)) {
    if (s.startsWith(needle, k)) {
      const start = k + needle.length;
      return s.slice(start, s.indexOf('"', start));
    }
  }
  return undefined;
}

/** "AB12" → 27; -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const day = Math.floor(ms / 86_400_000);
  const fraction = (ms - day * 86_400_000) / 86_400_000;
  return (date1904 ? day + 24107 : epochDayToSerial(day)) + fraction;
}

export class SheetRowScanner {
  private buf = "";
  private started = false;
  private done = false;
  private lastRow = 0;
  private tags = { row: "", rowEnd: "", c: "", cEnd: "", v: "", vEnd: "", end: "" };
  private runs: RunTags = runTags("");

  constructor(private readonly ctx: ScanContext) {}

  /** Feeds the next piece of XML text; finished rows that hold a value are appended to `out`. */
  push(text: string, out: GridRow[]): void {
    if (this.done) return;
    this.buf += text;
    if (!this.started && !this.findSheetData()) return;
    if (this.done) return;
    const s = this.buf;
    const end = s.indexOf(this.tags.end);
    // Rows do not nest, so everything before the last row start (or after the last row end) is complete.
    const lastRowEnd = s.lastIndexOf(this.tags.rowEnd);
    const limit = end >= 0 ? end : Math.max(lastRowEnd < 0 ? 0 : lastRowEnd + this.tags.rowEnd.length, s.lastIndexOf(this.tags.row));
    if (limit > 0) this.scanRows(s, limit, out);
    if (end >= 0) {
      this.done = true;
      this.buf = "";
    } else {
      this.buf = s.slice(limit);
    }
  }

  /** True once `</sheetData>` (or an empty `<sheetData/>`) was seen. */
  get finished(): boolean {
    return this.done;
  }

  private findSheetData(): boolean {
    const m = SHEET_DATA.exec(this.buf);
    if (!m) {
      this.buf = this.buf.slice(-256); // enough to hold a start tag split across chunks
      return false;
    }
    const p = m[1] ?? "";
    this.tags = { row: `<${p}row`, rowEnd: `</${p}row>`, c: `<${p}c`, cEnd: `</${p}c>`, v: `<${p}v>`, vEnd: `</${p}v>`, end: `</${p}sheetData>` };
    this.runs = runTags(p);
    this.started = true;
    if (m[0].endsWith("/>")) this.done = true;
    this.buf = this.buf.slice(m.index + m[0].length);
    return true;
  }

  private scanRows(s: string, limit: number, out: GridRow[]): void {
    const { row: rowTag, rowEnd: rowEndTag, c: cTag, cEnd: cEndTag } = this.tags;
    let pos = 0;
    for (;;) {
      const i = s.indexOf(rowTag, pos);
      if (i < 0 || i >= limit) return;
      const tagEnd = s.indexOf(">", i);
      const r = attribute(s, i, tagEnd, ' r="');
      const rowNumber = r === undefined ? this.lastRow + 1 : +r;
      this.lastRow = rowNumber;
      if (s.charCodeAt(tagEnd - 1) === 47) {
        pos = tagEnd + 1; // <row …/>: formatted but empty
        continue;
      }
      const rowEnd = s.indexOf(rowEndTag, tagEnd);
      const cells: Array<GridCell | undefined> = [];
      let col = -1;
      let p = tagEnd + 1;
      for (;;) {
        const ci = s.indexOf(cTag, p);
        if (ci < 0 || ci >= rowEnd) break;
        const next = s.charCodeAt(ci + cTag.length);
        if (next !== 32 && next !== 62 && next !== 47) {
          p = ci + cTag.length;
          continue;
        }
        const cTagEnd = s.indexOf(">", ci);
        const ref = attribute(s, ci, cTagEnd, ' r="');
        col = ref === undefined ? col + 1 : columnOf(ref);
        if (s.charCodeAt(cTagEnd - 1) === 47) {
          p = cTagEnd + 1;
          continue;
        }
        const cEnd = s.indexOf(cEndTag, cTagEnd);
        const cell = this.cell(s, ci, cTagEnd, cEnd);
        if (cell !== undefined && col >= 0) cells[col] = cell;
        p = cEnd + cEndTag.length;
      }
      if (cells.length > 0) out.push({ row: rowNumber, cells });
      pos = rowEnd + rowEndTag.length;
    }
  }

  private cell(s: string, start: number, tagEnd: number, end: number): GridCell | undefined {
    const type = attribute(s, start, tagEnd, ' t="');
    if (type === "inlineStr") {
      const text = runsText(s, tagEnd, end, this.runs);
      return text.length > 0 ? { t: "s", v: text } : undefined;
    }
    const vTag = this.tags.v;
    let raw: string;
    if (s.startsWith(vTag, tagEnd + 1)) {
      raw = s.slice(tagEnd + 1 + vTag.length, s.indexOf(this.tags.vEnd, tagEnd));
    } else {
      // A formula first: search its body only, as an unevaluated formula has no <v> at all.
      const body = s.slice(tagEnd + 1, end);
      const vi = body.indexOf(vTag);
      if (vi < 0) return undefined;
      raw = body.slice(vi + vTag.length, body.indexOf(this.tags.vEnd, vi));
    }
    if (type === undefined || type === "n") {
      if (raw.length === 0) return undefined;
      const v = +raw;
      if (v !== v) return undefined;
      const style = attribute(s, start, tagEnd, ' s="');
      return style !== undefined && this.ctx.dateStyles[+style] === true ? { t: "d", v } : { t: "n", v };
    }
    switch (type) {
      case "s":
        return this.ctx.sharedCell(+raw);
      case "str": {
        const text = decodeExcelEscapes(decodeXmlText(raw));
        return text.length > 0 ? { t: "s", v: text } : undefined;
      }
      case "b":
        return { t: "b", v: raw === "1" || raw === "true" };
      case "e":
        return { t: "e", v: decodeXmlText(raw) };
      case "d": {
        const serial = isoToSerial(raw, this.ctx.date1904);
        return serial === undefined ? undefined : { t: "d", v: serial };
      }
      default:
        return undefined;
    }
  }
}
