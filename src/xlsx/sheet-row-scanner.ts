/**
 * Turns a worksheet part's XML, fed chunk by chunk, into GridRows. A plain
 * indexOf scanner over `<sheetData>`: it makes no object per XML node, which
 * is where a general SAX parser spends its time on a 200,000-row sheet.
 *
 * It always terminates in time linear in its input: every position it moves
 * to lies strictly beyond the last (`forward`), a row still waiting for its
 * end is kept as pieces and only the new text is searched, and text between
 * rows is dropped as soon as it is passed.
 */
import type { GridCell, GridProblem, GridRow } from "../core/grid";
import { GridProblemCode, epochDayToSerial } from "../core/grid";
import { forward } from "./forward-progress";
import { PendingItem, flat } from "./pending-item";
import { XlsxLimitKind, XlsxFormatError, tooLarge } from "./xlsx-format-error";
import type { XlsxBudget } from "./xlsx-limits";
import type { ZipEntry } from "./zip-directory";
import { decodeExcelEscapes, decodeXmlText, nextStartTag, runTags, runsText, type RunTags } from "./xml-text";

export interface ScanContext {
  /** The cell for shared string `index` (undefined for an empty string). */
  readonly sharedCell: (index: number) => GridCell | undefined;
  /** How many strings the shared string table holds; a larger index is a problem. */
  readonly sharedCount: number;
  /** `dateStyles[s]` is true when style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  readonly date1904: boolean;
}

export interface ScanOptions {
  /** The part's name, for messages. */
  readonly part?: string;
  /** Characters of XML one row may hold. */
  readonly maxRowChars?: number;
  /** Characters of one cell's text. */
  readonly maxTextChars?: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** A start tag longer than this, still unfinished, is not `<sheetData>`. */
const MAX_START_TAG = 64 * 1024;
/** Enough characters to hold any closing tag split across chunks. */
const TAIL = 64;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** The value of ` name="…"` inside the start tag s[from, to), or undefined. */
function attribute(s: string, from: number, to: number, needle: string): string | undefined {
  for (let k = from; k < to; k++) {
    if (s.charCodeAt(k) === 32 && s.startsWith(needle, k)) {
      const start = k + needle.length;
      const close = s.indexOf('"', start);
      return s.slice(start, close < 0 || close > to ? to : close);
    }
  }
  return undefined;
}

/**
 * True when `tag` is written at s[at]: for the short tags of a cell, cheaper than a call to `startsWith`.
 * Kept in this module: called for every cell, it must not cost a cross-module call (a getter, once bundled or run through tsx).
 */
function hasAt(s: string, at: number, tag: string): boolean {
  for (let k = 0; k < tag.length; k++) if (s.charCodeAt(at + k) !== tag.charCodeAt(k)) return false;
  return true;
}

/** A row number as written: a whole number 1–1048576, or undefined. */
function rowNumberOf(text: string): number | undefined {
  if (text.length === 0 || text.length > 7) return undefined;
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + (c - 48);
  }
  return n >= 1 && n <= MAX_ROW ? n : undefined;
}

/** The whole number written in s[from, to) as plain digits (at most 15 of them), or -1: `+text` would give the same number. */
function digitsValue(s: string, from: number, to: number): number {
  if (to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
  /** Text not yet scanned: before `<sheetData>`, a small tail; after it, the start of an unfinished row. */
  private carry = "";
  /** An unfinished row too long to rejoin on every chunk. */
  private readonly pending: PendingItem;
  /** The next `<v>`, `</v>` and `</c>` at or after the scan's position in the current text, or its length when none. */
  private nextV = -1;
  private nextVEnd = -1;
  private nextCEnd = -1;
  private started = false;
  private done = false;
  private lastRow = 0;
  private tags = { row: "", rowEnd: "", c: "", cEnd: "", v: "", vEnd: "", end: "" };
  private runs: RunTags = runTags("");
  private readonly part: string;
  private readonly maxRowChars: number;
  private readonly maxTextChars: number;
  /** Problems met so far, each naming a row or cell the scan could not place. */
  readonly problems: GridProblem[] = [];

  constructor(
    private readonly ctx: ScanContext,
    options: ScanOptions = {},
  ) {
    this.part = options.part ?? "sheet";
    this.maxRowChars = options.maxRowChars ?? 32 * 1024 * 1024;
    this.maxTextChars = options.maxTextChars ?? 32_767;
    this.pending = new PendingItem(TAIL, this.maxRowChars, (chars) => tooLarge(XlsxLimitKind.Row, this.part, chars, this.maxRowChars));
  }

  /** True once `</sheetData>` (or an empty `<sheetData/>`) was seen. */
  get finished(): boolean {
    return this.done;
  }

  /** Feeds the next piece of XML text; finished rows that hold a value are appended to `out`. */
  push(text: string, out: GridRow[]): void {
    if (this.done || text.length === 0) return;
    if (!this.started) {
      this.carry += text;
      if (!this.findSheetData()) return;
      if (this.done) return;
      text = "";
    }
    if (this.pending.active) {
      // An unfinished row: look for what it waits for in the new text only (plus the few characters before it).
      const whole = this.pending.add(text, (probe, tagEnd) =>
        tagEnd ? probe.indexOf(">") >= 0 : probe.indexOf(this.tags.rowEnd) >= 0 || probe.indexOf(this.tags.end) >= 0,
      );
      if (whole === undefined) return;
      text = whole;
    } else {
      text = flat(this.carry, text);
    }
    this.carry = "";
    this.scan(text, out);
  }

  private findSheetData(): boolean {
    const buf = this.carry;
    const tag = nextStartTag(buf, "sheetData", 0);
    if (!tag) {
      // Keep only what could still be the start of the tag.
      const lt = buf.lastIndexOf("<");
      this.carry = lt >= 0 && buf.length - lt <= MAX_START_TAG ? buf.slice(lt) : buf.slice(-16);
      return false;
    }
    const p = tag.prefix;
    this.tags = { row: `<${p}row`, rowEnd: `</${p}row>`, c: `<${p}c`, cEnd: `</${p}c>`, v: `<${p}v>`, vEnd: `</${p}v>`, end: `</${p}sheetData>` };
    this.runs = runTags(p);
    this.started = true;
    if (buf.charCodeAt(tag.end - 2) === 47) this.done = true;
    this.carry = this.done ? "" : buf.slice(tag.end);
    return true;
  }

  /** Scans the complete rows of `s`; keeps an unfinished last row for the next chunk. */
  private scan(s: string, out: GridRow[]): void {
    const { row: rowTag, rowEndTag, end: endTag } = { ...this.tags, rowEndTag: this.tags.rowEnd };
    const limit = s.length;
    this.nextV = this.nextVEnd = this.nextCEnd = -1;
    let pos = 0;
    let i = s.indexOf(rowTag, pos);
    while (i >= 0) {
      const after = s.charCodeAt(i + rowTag.length);
      if (after !== 32 && after !== 62 && after !== 47) {
        i = s.indexOf(rowTag, forward(i, i + rowTag.length)); // another tag that starts with "row"
        continue;
      }
      const tagEnd = s.indexOf(">", i);
      if (tagEnd < 0) return this.keep(s, i, true);
      if (s.charCodeAt(tagEnd - 1) === 47) {
        this.rowNumber(s, i, tagEnd); // <row …/>: formatted but empty
        pos = forward(pos, tagEnd + 1);
        i = s.indexOf(rowTag, pos);
        continue;
      }
      // A row not complete here waits for the next chunk; one that never ends leaves the sheet unfinished (damaged).
      const rowEnd = this.readRow(s, i, tagEnd, limit, out);
      if (rowEnd < 0) return this.keep(s, i, false);
      pos = forward(pos, rowEnd + rowEndTag.length);
      i = s.indexOf(rowTag, pos);
    }
    // Rows come before the end of <sheetData>, so it is only looked for after the last one.
    if (s.indexOf(endTag, pos) >= 0) {
      this.done = true;
      return;
    }
    // Nothing unfinished: keep only a tail that could hold a split `<row` or `</sheetData>`.
    this.carry = s.slice(Math.max(pos, s.length - endTag.length));
  }

  private keep(s: string, from: number, waitingForTagEnd: boolean): void {
    const rest = s.slice(from);
    if (rest.length > this.maxRowChars) throw tooLarge(XlsxLimitKind.Row, this.part, rest.length, this.maxRowChars);
    if (rest.length < 4096) this.carry = rest;
    else this.pending.start(rest, waitingForTagEnd);
  }

  /** The next `tag` at or after `from`, searched again only once passed: a part missing a tag costs no rescan. */
  private seek(s: string, tag: string, from: number, last: number): number {
    if (last >= from) return last;
    const k = s.indexOf(tag, from);
    return k < 0 ? s.length : k;
  }

  /** The number of the row whose start tag is s[start, tagEnd]; undefined (and a problem) when it cannot be used. */
  private rowNumber(s: string, start: number, tagEnd: number): number | undefined {
    const r = attribute(s, start, tagEnd, ' r="');
    if (r === undefined) return ++this.lastRow;
    const n = rowNumberOf(r);
    if (n === undefined) {
      this.problems.push({ code: GridProblemCode.RowNumberInvalid, params: { value: r } });
      return undefined;
    }
    if (n <= this.lastRow) {
      this.problems.push({ code: GridProblemCode.RowNumberRepeated, row: n, params: { value: r } });
      return undefined;
    }
    this.lastRow = n;
    return n;
  }

  /** Throws when s[from, to), text between a row's cells, holds a row start: the row before it lacks its end. */
  private checkGap(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      if (s.charCodeAt(k) === 60 && s.startsWith(this.tags.row, k)) throw new XlsxFormatError(`${this.part}: a row has no end`);
    }
  }

  /**
   * Reads the row whose start tag is s[start, tagEnd] and returns where its
   * `</row>` is, or -1 when the row is not complete in `s` (nothing is kept
   * then: the row is read again with the next chunk). Cells written the usual
   * way, one after another, are read without searching ahead; anything else
   * falls back to searches bounded by the row's end.
   */
  private readRow(s: string, start: number, tagEnd: number, limit: number, out: GridRow[]): number {
    const { c: cTag, cEnd: cEndTag, v: vTag, vEnd: vEndTag, rowEnd: rowEndTag } = this.tags;
    const r = attribute(s, start, tagEnd, ' r="');
    let rowNumber: number | undefined;
    let rowProblem: GridProblem | undefined;
    if (r === undefined) rowNumber = this.lastRow + 1;
    else {
      const n = rowNumberOf(r);
      if (n === undefined) rowProblem = { code: GridProblemCode.RowNumberInvalid, params: { value: r.slice(0, 32) } };
      else if (n <= this.lastRow) rowProblem = { code: GridProblemCode.RowNumberRepeated, row: n, params: { value: r } };
      else rowNumber = n;
    }
    const problems = this.rowProblems;
    problems.length = 0;
    const cells: Array<GridCell | undefined> = [];
    let col = -1;
    let p = tagEnd + 1;
    let rowEnd = -1;
    for (;;) {
      let ci: number;
      if (hasAt(s, p, rowEndTag)) {
        rowEnd = p;
        break;
      }
      const after = s.charCodeAt(p + cTag.length);
      if (hasAt(s, p, cTag) && (after === 32 || after === 62 || after === 47)) ci = p;
      else {
        if (rowEnd < 0) {
          rowEnd = s.indexOf(rowEndTag, p);
          if (rowEnd < 0 || rowEnd > limit) return -1;
        }
        ci = s.indexOf(cTag, p);
        while (ci >= 0 && ci < rowEnd) {
          const a = s.charCodeAt(ci + cTag.length);
          if (a === 32 || a === 62 || a === 47) break;
          ci = s.indexOf(cTag, forward(ci, ci + cTag.length));
        }
        if (ci < 0 || ci >= rowEnd) {
          this.checkGap(s, p, rowEnd);
          break;
        }
        this.checkGap(s, p, ci);
      }
      const cTagEnd = s.indexOf(">", ci);
      if (cTagEnd < 0 || cTagEnd >= limit) return -1;
      if (rowEnd >= 0 && cTagEnd >= rowEnd) break;
      this.readCellTag(s, ci, cTagEnd);
      if (this.refStart < 0) col++;
      else {
        col = this.refCol;
        if (rowNumber !== undefined && (col < 0 || this.refRow !== rowNumber)) {
          problems.push({
            code: GridProblemCode.CellReferenceInvalid,
            row: rowNumber,
            ...(col >= 0 ? { col } : {}),
            params: { value: s.slice(this.refStart, Math.min(this.refEnd, this.refStart + 32)) },
          });
        }
      }
      if (s.charCodeAt(cTagEnd - 1) === 47) {
        p = forward(p, cTagEnd + 1);
        continue;
      }
      // The usual cell, <c …><v>…</v></c>: a value holds no "<", so its end is the first one.
      let cEnd = -1;
      let closed = true;
      let valueStart = -1;
      let valueEnd = -1;
      if (hasAt(s, cTagEnd + 1, vTag)) {
        valueStart = cTagEnd + 1 + vTag.length;
        const lt = s.indexOf("<", valueStart);
        if (lt >= 0 && hasAt(s, lt, vEndTag) && hasAt(s, lt + vEndTag.length, cEndTag)) {
          valueEnd = lt;
          cEnd = lt + vEndTag.length;
        }
      }
      if (cEnd < 0) {
        if (rowEnd < 0) {
          rowEnd = s.indexOf(rowEndTag, cTagEnd);
          if (rowEnd < 0 || rowEnd > limit) return -1;
        }
        const nextCell = s.indexOf(cTag, cTagEnd);
        const bodyEnd = nextCell >= 0 && nextCell < rowEnd ? nextCell : rowEnd;
        const nextCEnd = (this.nextCEnd = this.seek(s, cEndTag, cTagEnd, this.nextCEnd));
        closed = nextCEnd < bodyEnd;
        cEnd = closed ? nextCEnd : bodyEnd;
        valueStart = -1;
      }
      if (rowNumber !== undefined) {
        const cell = this.cell(s, cTagEnd, cEnd, valueStart, valueEnd, rowNumber, col, problems);
        if (cell !== undefined && col >= 0) cells[col] = cell;
      }
      p = forward(p, closed ? cEnd + cEndTag.length : cEnd);
    }
    // The row is complete: only now does it count.
    if (rowProblem) this.problems.push(rowProblem);
    if (rowNumber !== undefined) this.lastRow = rowNumber;
    for (const problem of problems) this.problems.push(problem);
    if (rowNumber !== undefined && cells.length > 0) out.push({ row: rowNumber, cells });
    return rowEnd;
  }

  /** Problems of the row being read, kept until it is complete (one array, reused). */
  private readonly rowProblems: GridProblem[] = [];
  // The attributes of the cell tag last read by readCellTag (one pass over the tag, no strings made).
  private refStart = -1;
  private refEnd = -1;
  private refCol = -1;
  private refRow = -1;
  private styleId = -1;
  private typeStart = -1;
  private typeEnd = -1;

  private readCellTag(s: string, from: number, to: number): void {
    this.refStart = this.styleId = this.typeStart = -1;
    for (let k = from + 2; k < to; k++) {
      if (s.charCodeAt(k) !== 32 || s.charCodeAt(k + 2) !== 61 || s.charCodeAt(k + 3) !== 34) continue;
      const name = s.charCodeAt(k + 1);
      if (name !== 114 && name !== 115 && name !== 116) continue; // r, s, t
      const valueStart = k + 4;
      let close = valueStart;
      while (close < to && s.charCodeAt(close) !== 34) close++;
      if (name === 114) this.readRef(s, valueStart, close);
      else if (name === 116) {
        this.typeStart = valueStart;
        this.typeEnd = close;
      } else {
        let n = 0;
        for (let q = valueStart; q < close && q < valueStart + 9; q++) n = n * 10 + (s.charCodeAt(q) - 48);
        this.styleId = n;
      }
      k = close;
    }
  }

  /** A cell reference's column (0-based; -1 when it has no letters or too many) and row (-1 when not digits); letters in either case. */
  private readRef(s: string, from: number, to: number): void {
    this.refStart = from;
    this.refEnd = to;
    let col = 0;
    let i = from;
    for (; i < to && i < from + 4; i++) {
      const c = s.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    let row = i === to || to - i > 8 ? -1 : 0;
    for (let k = i; k < to && row >= 0; k++) {
      const c = s.charCodeAt(k);
      row = c < 48 || c > 57 ? -1 : row * 10 + (c - 48);
    }
    this.refCol = i === from || col > MAX_COL ? -1 : col - 1;
    this.refRow = row;
  }

  /** Text longer than an Excel cell can hold comes from no Excel workbook; later steps need not meet it. */
  private checkText(text: string): string {
    if (text.length > this.maxTextChars) throw tooLarge(XlsxLimitKind.Text, this.part, text.length, this.maxTextChars);
    return text;
  }

  private cell(
    s: string,
    tagEnd: number,
    end: number,
    valueStart: number,
    valueEnd: number,
    row: number,
    col: number,
    problems: GridProblem[],
  ): GridCell | undefined {
    // The two types nearly every cell has, told apart without making a string: none (a number) and "s".
    const typeLength = this.typeEnd - this.typeStart;
    if (valueStart >= 0 && valueEnd > valueStart && (this.typeStart < 0 || (typeLength === 1 && s.charCodeAt(this.typeStart) === 115))) {
      const n = digitsValue(s, valueStart, valueEnd);
      if (n >= 0) {
        if (this.typeStart >= 0) {
          if (n < this.ctx.sharedCount) return this.ctx.sharedCell(n);
        } else return this.styleId >= 0 && this.ctx.dateStyles[this.styleId] === true ? { t: "d", v: n } : { t: "n", v: n };
      }
    }
    const type = this.typeStart < 0 ? undefined : s.slice(this.typeStart, this.typeEnd);
    if (type === "inlineStr") {
      const text = this.checkText(runsText(s, tagEnd, end, this.runs));
      return text.length > 0 ? { t: "s", v: text } : undefined;
    }
    let raw: string;
    if (valueStart >= 0) raw = s.slice(valueStart, valueEnd);
    else {
      const { v: vTag, vEnd: vEndTag } = this.tags;
      // The value's start: first thing in the cell, or after a formula (an unevaluated formula has no <v>).
      let vi = s.startsWith(vTag, tagEnd + 1) ? tagEnd + 1 : (this.nextV = this.seek(s, vTag, tagEnd + 1, this.nextV));
      if (vi >= end) return undefined;
      vi += vTag.length;
      const ve = (this.nextVEnd = this.seek(s, vEndTag, vi, this.nextVEnd));
      raw = s.slice(vi, ve > end ? end : ve);
    }
    if (type === undefined || type === "n") {
      if (raw.length === 0) return undefined;
      const v = +raw;
      if (v !== v) return undefined;
      return this.styleId >= 0 && this.ctx.dateStyles[this.styleId] === true ? { t: "d", v } : { t: "n", v };
    }
    switch (type) {
      case "s": {
        const index = +raw;
        if (!(index >= 0 && index < this.ctx.sharedCount && Number.isInteger(index))) {
          problems.push({ code: GridProblemCode.SharedStringMissing, row, ...(col >= 0 ? { col } : {}), params: { value: raw.slice(0, 32) } });
          return undefined;
        }
        return this.ctx.sharedCell(index);
      }
      case "str": {
        const text = this.checkText(decodeExcelEscapes(decodeXmlText(raw)));
        return text.length > 0 ? { t: "s", v: text } : undefined;
      }
      case "b":
        return { t: "b", v: raw === "1" || raw === "true" };
      case "e":
        return { t: "e", v: this.checkText(decodeXmlText(raw)) };
      case "d": {
        const serial = isoToSerial(raw, this.ctx.date1904);
        return serial === undefined ? undefined : { t: "d", v: serial };
      }
      default:
        return undefined;
    }
  }
}

/** A scanner for one sheet part, its size taken from the workbook's budget first and its row and text limits the budget's. */
export function sheetScanner(budget: XlsxBudget, entry: ZipEntry, ctx: ScanContext): SheetRowScanner {
  budget.take(entry);
  return new SheetRowScanner(ctx, { part: entry.name, maxRowChars: budget.limits.maxRowChars, maxTextChars: budget.limits.maxTextChars });
}

/** How far into a chunk, from either end, the end of an item is looked for: rows and strings are shorter nearly always. */
const ALIGN_SEARCH = 64 * 1024;

/**
 * Cuts the XML bytes of a part just after an item's end (`row>`, the end of
 * `</row>`, for a sheet; `/si>` for the shared strings), so that a scanner
 * nearly always gets text that ends between two items: it has nothing to
 * carry, and never glues a carried tail onto a whole new chunk. The tail of a
 * chunk waits for the next one; only it and the new chunk's first item are
 * joined into a small piece, and the rest of the chunk is handed on uncopied.
 * Only speed depends on this: the scanners read text cut anywhere the same.
 * Every cut follows an ASCII `>`, so it never splits a UTF-8 character.
 */
export class AlignedChunks {
  private tail: Uint8Array | undefined;
  private readonly end: number[];

  constructor(end: string) {
    this.end = [...end].map((c) => c.charCodeAt(0));
  }

  /** For a worksheet's rows. */
  static rows(): AlignedChunks {
    return new AlignedChunks("row>");
  }

  /** For the shared strings' items. */
  static sharedStrings(): AlignedChunks {
    return new AlignedChunks("/si>");
  }

  /** The pieces to decode and scan now, in order: together, what was carried and `chunk`, less what is carried on. */
  next(chunk: Uint8Array): Uint8Array[] {
    const pieces: Uint8Array[] = [];
    let from = 0;
    if (this.tail) {
      const first = this.firstEnd(chunk);
      if (first < 0) chunk = join(this.tail, chunk);
      else {
        pieces.push(join(this.tail, chunk.subarray(0, first)));
        from = first;
      }
      this.tail = undefined;
    }
    const last = this.lastEnd(chunk);
    if (last > from) {
      pieces.push(chunk.subarray(from, last));
      if (last < chunk.length) this.tail = chunk.subarray(last);
    } else if (from === 0) pieces.push(chunk);
    else if (from < chunk.length) this.tail = chunk.subarray(from);
    return pieces;
  }

  /** What is still carried, once the input has ended. */
  rest(): Uint8Array | undefined {
    const rest = this.tail;
    this.tail = undefined;
    return rest;
  }

  private endsAt(b: Uint8Array, k: number): boolean {
    const end = this.end;
    const at = k - end.length + 1;
    if (at < 0) return false;
    for (let i = 0; i < end.length; i++) if (b[at + i] !== end[i]) return false;
    return true;
  }

  /** The index just past the first item end in the first `ALIGN_SEARCH` bytes, or -1. */
  private firstEnd(b: Uint8Array): number {
    const stop = Math.min(b.length, ALIGN_SEARCH);
    for (let k = 0; k < stop; k++) if (b[k] === 0x3e && this.endsAt(b, k)) return k + 1;
    return -1;
  }

  /** The index just past the last item end in the last `ALIGN_SEARCH` bytes, or -1. */
  private lastEnd(b: Uint8Array): number {
    const stop = Math.max(0, b.length - ALIGN_SEARCH);
    for (let k = b.length - 1; k >= stop; k--) if (b[k] === 0x3e && this.endsAt(b, k)) return k + 1;
    return -1;
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
