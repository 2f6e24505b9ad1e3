import fc from "fast-check";
import type { GridCell, GridRow } from "../../src/core/grid";
import { AlignedChunks, SheetRowScanner, type ScanContext } from "../../src/xlsx";

const SHARED = ["Thép", "", "Đạt"];
const ctx: ScanContext = {
  sharedCount: SHARED.length,
  sharedCell: (i) => (SHARED[i] ? ({ t: "s", v: SHARED[i] } as GridCell) : undefined),
  dateStyles: [false, true],
  date1904: false,
};

function scan(pieces: ReadonlyArray<string>, context: ScanContext = ctx): { rows: GridRow[]; finished: boolean } {
  const scanner = new SheetRowScanner(context);
  const rows: GridRow[] = [];
  for (const piece of pieces) scanner.push(piece, rows);
  return { rows: JSON.parse(JSON.stringify(rows)) as GridRow[], finished: scanner.finished };
}

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="main"><dimension ref="A1:D9"/>',
  '<cols><col min="1" max="1" width="9"/></cols><sheetData>',
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44221</v></c><c r="C1" s="0"><v>12.5</v></c><c r="D1" t="s"><v>1</v></c></row>',
  '<row r="2"/>',
  '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Lạng </t></r><r><rPr><b/></rPr><t xml:space="preserve">Sơn</t></r><rPh sb="0" eb="1"><t>ラン</t></rPh></is></c>',
  '<c r="C3" t="str"><f>A3</f><v>x &amp; y_x000D_</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
  '<row r="5"><c r="B5" s="1"/><c r="C5"><f>A1</f></c></row>',
  '<row><c t="b"><v>1</v></c><c><v>7</v></c><c r="E6" t="d"><v>2021-01-25T12:00:00Z</v></c></row>',
  '<row r="9"><c r="AA9" t="s"><v>2</v></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
];

const EXPECTED: GridRow[] = [
  {
    row: 1,
    cells: [
      { t: "s", v: "Thép" },
      { t: "d", v: 44221 },
      { t: "n", v: 12.5 },
    ],
  },
  { row: 3, cells: [{ t: "s", v: "Lạng Sơn" }, null as never, { t: "s", v: "x & y\r" }, { t: "e", v: "#DIV/0!" }] },
  { row: 6, cells: [{ t: "b", v: true }, { t: "n", v: 7 }, null as never, null as never, { t: "d", v: 44221.5 }] },
  { row: 9, cells: [...(Array(26).fill(null) as never[]), { t: "s", v: "Đạt" }] },
];

describe("SheetRowScanner", () => {
  it("reads each kind of cell, leaves out empty rows, and follows rows and cells without an r attribute", () => {
    const { rows, finished } = scan([SHEET.join("")]);
    expect(rows).toEqual(EXPECTED);
    expect(finished).toBe(true);
  });

  it("gives the same rows however the XML is cut into chunks", () => {
    const xml = SHEET.join("");
    expect(scan([...xml]).rows).toEqual(EXPECTED);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 40 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), xml.length];
        const pieces = points.slice(1).map((end, i) => xml.slice(points[i], end));
        expect(scan(pieces).rows).toEqual(EXPECTED);
      }),
      { numRuns: 200 },
    );
  });

  it("reads plain-digit values without making strings, as the general path reads them", () => {
    const rows = (cells: string) => scan([`<sheetData><row r="1">${cells}</row></sheetData>`]);
    // Shared-string indexes: leading zeros read as the number; one past the table is still a problem.
    expect(rows('<c r="A1" t="s"><v>02</v></c><c r="B1" t="s"><v>0</v></c>').rows).toEqual([
      {
        row: 1,
        cells: [
          { t: "s", v: "Đạt" },
          { t: "s", v: "Thép" },
        ],
      },
    ]);
    const missing = new SheetRowScanner(ctx);
    const out: GridRow[] = [];
    missing.push('<sheetData><row r="4"><c r="C4" t="s"><v>3</v></c><c r="D4" t="s"><v>1</v></c></row></sheetData>', out);
    expect(out).toEqual([]);
    expect(missing.problems).toEqual([{ code: "shared-string-missing", row: 4, col: 2, params: { value: "3" } }]);
    // Numbers: whole ones, a date style, and what only `+text` reads (15+ digits, fractions, exponents, signs).
    expect(
      rows(
        '<c r="A1"><v>0042</v></c><c r="B1" s="1"><v>44221</v></c><c r="C1"><v>12345678901234567</v></c>' +
          '<c r="D1"><v>1e3</v></c><c r="E1"><v>-7</v></c><c r="F1" t="n"><v>0.1</v></c><c r="G1"><v>999999999999999</v></c>',
      ).rows,
    ).toEqual([
      {
        row: 1,
        cells: [
          { t: "n", v: 42 },
          { t: "d", v: 44221 },
          { t: "n", v: Number("12345678901234567") },
          { t: "n", v: 1000 },
          { t: "n", v: -7 },
          { t: "n", v: 0.1 },
          { t: "n", v: 999999999999999 },
        ],
      },
    ]);
  });

  it("reads a sheet whose elements carry a namespace prefix", () => {
    const prefixed = SHEET.join("").replace(/<(\/?)(?=[a-zA-Z])(?!\?)/g, "<$1x:");
    expect(prefixed).toContain("<x:row");
    expect(scan([prefixed]).rows).toEqual(EXPECTED);
  });

  it("counts dates of the 1904 system from 1904-01-01", () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="d"><v>2021-01-25</v></c></row></sheetData>';
    expect(scan([xml], { ...ctx, date1904: true }).rows).toEqual([{ row: 1, cells: [{ t: "d", v: 42759 }] }]);
  });

  it("knows an empty sheet, and a sheet cut short", () => {
    expect(scan(["<worksheet><sheetData/></worksheet>"])).toEqual({ rows: [], finished: true });
    expect(scan(['<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>']).finished).toBe(false);
  });

  it("stays linear on one big chunk of cells without values or types (bounded searches)", () => {
    const cells = Array.from({ length: 40_000 }, (_v, i) => `<c r="A${i + 1}"><f>B${i + 1}</f></c><c r="B${i + 1}" s="0"><v>${i}</v></c>`);
    const xml = `<sheetData>${cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join("")}</sheetData>`;
    const start = process.hrtime.bigint();
    const { rows } = scan([xml]);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(rows).toHaveLength(40_000);
    expect(rows[39_999]).toEqual({ row: 40_000, cells: [null, { t: "n", v: 39_999 }] });
    expect(ms).toBeLessThan(3000); // a search running to the chunk's end per cell takes minutes here
  });
});

describe("AlignedChunks", () => {
  const utf8 = new TextEncoder();

  /** Feeds `bytes`, cut at `cuts`, through the aligner and a streaming decoder into a scanner, as the hosts do. */
  function scanAligned(bytes: Uint8Array, cuts: number[]): { rows: GridRow[]; handed: Uint8Array[] } {
    const points = [0, ...cuts, bytes.length];
    const aligned = AlignedChunks.rows();
    const decoder = new TextDecoder("utf-8");
    const scanner = new SheetRowScanner(ctx);
    const rows: GridRow[] = [];
    const handed: Uint8Array[] = [];
    for (let i = 1; i < points.length; i++) {
      for (const out of aligned.next(bytes.subarray(points[i - 1], points[i]))) {
        handed.push(out);
        scanner.push(decoder.decode(out, { stream: true }), rows);
      }
    }
    const rest = aligned.rest();
    if (rest) handed.push(rest);
    scanner.push(decoder.decode(rest), rows);
    expect(scanner.finished).toBe(true);
    return { rows: JSON.parse(JSON.stringify(rows)) as GridRow[], handed };
  }

  it("hands over every byte once, in order, each piece that holds a row's end ending just after one", () => {
    const bytes = utf8.encode(SHEET.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 30 }), (cuts) => {
        const { rows, handed } = scanAligned(
          bytes,
          cuts.sort((a, b) => a - b),
        );
        expect(rows).toEqual(EXPECTED);
        expect(Buffer.concat(handed)).toEqual(Buffer.from(bytes));
        for (const piece of handed) {
          const text = Buffer.from(piece).toString("latin1");
          if (text.includes("row>")) expect(text.endsWith("row>")).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("holds back at most a chunk: text without a row's end goes on at once, and a tail waits for one chunk only", () => {
    const aligned = AlignedChunks.rows();
    const plain = new Uint8Array(100_000).fill(0x20);
    expect(aligned.next(plain)).toEqual([plain]);
    expect(aligned.rest()).toBeUndefined();
    const rows = utf8.encode('<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v>');
    expect(aligned.next(rows).map((p) => Buffer.from(p).toString())).toEqual(['<row r="1"><c><v>1</v></c></row>']);
    // The tail and a chunk whose only row end lies beyond the search: glued, handed on whole.
    const far = new Uint8Array(70_000).fill(0x20);
    const next = utf8.encode("</c></row>");
    const glued = aligned.next(Buffer.concat([far, next]));
    expect(glued).toHaveLength(1);
    expect(Buffer.from(glued[0]!).toString().startsWith('<row r="2"><c><v>2</v>')).toBe(true);
    expect(Buffer.from(glued[0]!).toString().endsWith("</row>")).toBe(true);
    expect(aligned.rest()).toBeUndefined();
  });

  it("never cuts a Vietnamese letter in two: every piece it cuts decodes whole", () => {
    const bytes = utf8.encode(SHEET.join(""));
    const fatal = new TextDecoder("utf-8", { fatal: true });
    // Cut inside every multi-byte letter: the aligner moves each cut back to a row's end.
    const cuts: number[] = [];
    for (let i = 1; i < bytes.length; i++) if ((bytes[i]! & 0xc0) === 0x80) cuts.push(i);
    const { rows, handed } = scanAligned(bytes, cuts);
    expect(rows).toEqual(EXPECTED);
    const pieces = handed.filter((p) => Buffer.from(p).toString("latin1").endsWith("row>"));
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    let at = 0;
    for (const p of handed) {
      if (Buffer.from(p).toString("latin1").endsWith("row>")) expect(() => fatal.decode(bytes.subarray(0, at + p.length))).not.toThrow();
      at += p.length;
    }
  });
});

describe("damaged and odd sheets", () => {
  const head = "<worksheet><sheetData>";
  const tail = "</sheetData></worksheet>";
  /** Feeds the XML in chunks of `size` characters; returns rows, problems and whether it finished (or what it threw). */
  function feed(xml: string, size: number, context: ScanContext = ctx) {
    const scanner = new SheetRowScanner(context, { part: "sheet1.xml" });
    const rows: GridRow[] = [];
    try {
      for (let at = 0; at < xml.length; at += size) scanner.push(xml.slice(at, at + size), rows);
    } catch (error) {
      return { rows, problems: scanner.problems, finished: false, error: (error as Error).message };
    }
    return { rows, problems: scanner.problems, finished: scanner.finished, error: undefined };
  }

  test.each([1, 7, 64, 1 << 20])("a missing </row> or </c> ends (chunks of %i): damaged, or read from where the next cell starts", (size) => {
    const noRowEnd = feed(`${head}<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>${tail}`, size);
    expect(noRowEnd.error).toMatch(/a row has no end/);
    const lastRowOpen = feed(`${head}<row r="1"><c r="A1"><v>1</v></c>${tail}`, size);
    expect(lastRowOpen.finished).toBe(false);
    const noCellEnd = feed(`${head}<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c><c r="C1" t="s"><v>0</v></row>${tail}`, size);
    expect(noCellEnd.finished).toBe(true);
    expect(JSON.parse(JSON.stringify(noCellEnd.rows))).toEqual([
      {
        row: 1,
        cells: [
          { t: "n", v: 1 },
          { t: "n", v: 2 },
          { t: "s", v: "Thép" },
        ],
      },
    ]);
  });

  test("odd references are read or named: lowercase, A0, row 0, -3, repeated, a string past the table", () => {
    const xml =
      head +
      '<row r="1"><c r="a1"><v>1</v></c><c r="b1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A0"><v>2</v></c><c r="9"><v>3</v></c></row>' +
      '<row r="0"><c r="A1"><v>4</v></c></row>' +
      '<row r="-3"><c r="A1"><v>5</v></c></row>' +
      '<row r="2"><c r="A2"><v>6</v></c></row>' +
      '<row r="4"><c r="C4" t="s"><v>3</v></c><c r="D4"><v>7</v></c></row>' +
      tail;
    const out = feed(xml, 1 << 20);
    expect(out.finished).toBe(true);
    expect(JSON.parse(JSON.stringify(out.rows))).toEqual([
      {
        row: 1,
        cells: [
          { t: "n", v: 1 },
          { t: "s", v: "Đạt" },
        ],
      },
      { row: 2, cells: [{ t: "n", v: 2 }] },
      { row: 4, cells: [null, null, null, { t: "n", v: 7 }] },
    ]);
    expect(out.problems).toEqual([
      { code: "cell-reference-invalid", row: 2, col: 0, params: { value: "A0" } },
      { code: "cell-reference-invalid", row: 2, params: { value: "9" } },
      { code: "row-number-invalid", params: { value: "0" } },
      { code: "row-number-invalid", params: { value: "-3" } },
      { code: "row-number-repeated", row: 2, params: { value: "2" } },
      { code: "shared-string-missing", row: 4, col: 2, params: { value: "3" } },
    ]);
  });

  test("blank padding between rows and inside one row costs linear time", () => {
    const pad = " ".repeat(8 << 20);
    const xml = `${head}<row r="1"><c r="A1"><v>1</v></c></row>${pad}<row r="2">${pad}<c r="A2"><v>2</v></c></row>${tail}`;
    const t0 = Date.now();
    const out = feed(xml, 64 * 1024);
    expect(Date.now() - t0).toBeLessThan(3000); // quadratic rescanning took minutes
    expect(out.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(out.finished).toBe(true);
  });

  test("a row longer than the limit is refused as too large", () => {
    const scanner = new SheetRowScanner(ctx, { part: "sheet1.xml", maxRowChars: 1000 });
    const rows: GridRow[] = [];
    scanner.push(`${head}<row r="1">`, rows);
    expect(() => {
      for (let i = 0; i < 100; i++) scanner.push("<c><v>1</v></c>", rows);
    }).toThrow(expect.objectContaining({ tooLarge: expect.objectContaining({ limit: "row", max: 1000 }) }));
  });
});
